package no.abctracker.training.courses.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import no.abctracker.training.courses.entity.CompletionRule;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.CourseModule;
import no.abctracker.training.courses.entity.CourseVersion;

/**
 * The API's JSON for courses: {@code {code, title, activityId, technology?, prerequisites, modules:
 * [{code, title, activityId, mandatory}], versions: [{code, title, delivery, completion}]}}, titles
 * as language maps ({@code {"nb-NO": ..., "en": ...}}).
 */
final class CourseJson {

  private CourseJson() {}

  static JsonArray of(List<Course> courses) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    courses.forEach(course -> array.add(of(course)));
    return array.build();
  }

  static JsonObject of(Course course) {
    JsonArrayBuilder modules = Json.createArrayBuilder();
    course.modules().forEach(module -> modules.add(of(module)));
    JsonArrayBuilder versions = Json.createArrayBuilder();
    course.versions().forEach(version -> versions.add(of(version)));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("code", course.code())
            .add("title", languageMap(course.title()))
            .add("activityId", course.activityId());
    course.technology().ifPresent(technology -> json.add("technology", technology));
    return json.add("prerequisites", Json.createArrayBuilder(course.prerequisites()))
        .add("modules", modules)
        .add("versions", versions)
        .build();
  }

  static JsonObject of(CourseModule module) {
    return Json.createObjectBuilder()
        .add("code", module.code())
        .add("title", languageMap(module.title()))
        .add("activityId", module.activityId())
        .add("mandatory", module.mandatory())
        .build();
  }

  static JsonObject of(CourseVersion version) {
    return Json.createObjectBuilder()
        .add("code", version.code())
        .add("title", languageMap(version.title()))
        .add("delivery", version.delivery().name())
        .add("completion", of(version.completion()))
        .build();
  }

  static JsonObject of(CompletionRule rule) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("rule", rule.name());
    if (rule instanceof CompletionRule.Attendance attendance) {
      json.add("sessions", attendance.sessions())
          .add("minimumAttendancePercent", attendance.minimumAttendancePercent())
          .add("requiredSessions", attendance.requiredSessions());
    }
    return json.build();
  }

  private static JsonObjectBuilder languageMap(Map<String, String> map) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    map.forEach(json::add);
    return json;
  }
}
