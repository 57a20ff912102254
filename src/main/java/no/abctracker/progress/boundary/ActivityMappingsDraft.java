package no.abctracker.progress.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.abctracker.problems.BadRequest;
import no.abctracker.progress.control.ActivityMappings;
import no.abctracker.progress.entity.ActivityMapping;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.xapi.model.validation.Iris;

/**
 * The body of {@code PUT …/activity-mappings}, {@code [{activityId, course, module?, launchUrl?}]},
 * as mappings: each activity id an absolute IRI, once, not one of the profile's own; the course and
 * module codes of the catalogue; a launch URL an http(s) address. The first fault is named with its
 * index.
 */
public final class ActivityMappingsDraft {

  private static final int MAX_LAUNCH_URL_LENGTH = 1000;

  private ActivityMappingsDraft() {}

  public static List<ActivityMapping> fromJson(JsonValue body, CourseCatalogue catalogue) {
    if (body == null || body.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new BadRequest("Send a JSON array of {activityId, course, module?, launchUrl?}");
    }
    List<ActivityMapping> mappings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int index = 0;
    for (JsonValue item : body.asJsonArray()) {
      String at = "[" + index++ + "]";
      if (!(item instanceof JsonObject mapping)) {
        throw new BadRequest(at + ": must be an object {activityId, course, module?, launchUrl?}");
      }
      String activityId = string(mapping, "activityId", at, true);
      if (!Iris.isIri(activityId)
          || activityId.length() > ActivityMappings.MAX_ACTIVITY_ID_LENGTH) {
        throw new BadRequest(
            at
                + ".activityId: must be an absolute IRI of at most "
                + ActivityMappings.MAX_ACTIVITY_ID_LENGTH
                + " characters, as the LMS sends it");
      }
      if (catalogue.moduleByActivityId(activityId).isPresent()
          || catalogue.courseByActivityId(activityId).isPresent()) {
        throw new BadRequest(at + ".activityId: is the profile's own activity; it counts already");
      }
      if (!seen.add(activityId)) {
        throw new BadRequest(at + ".activityId: " + activityId + " is mapped already");
      }
      String courseCode = string(mapping, "course", at, true);
      Course course =
          catalogue
              .find(courseCode)
              .orElseThrow(
                  () ->
                      new BadRequest(
                          at
                              + ".course: no course "
                              + courseCode
                              + "; the catalogue has "
                              + String.join(
                                  ", ", catalogue.courses().stream().map(Course::code).toList())));
      String moduleCode = string(mapping, "module", at, false);
      if (moduleCode != null && course.module(moduleCode).isEmpty()) {
        throw new BadRequest(
            at
                + ".module: course "
                + courseCode
                + " has no module "
                + moduleCode
                + "; it has "
                + String.join(", ", course.modules().stream().map(m -> m.code()).toList()));
      }
      String launchUrl = string(mapping, "launchUrl", at, false);
      if (launchUrl != null
          && (launchUrl.length() > MAX_LAUNCH_URL_LENGTH || !Iris.isWebAddress(launchUrl))) {
        throw new BadRequest(at + ".launchUrl: must be an absolute http(s) address");
      }
      mappings.add(new ActivityMapping(activityId, courseCode, moduleCode, launchUrl));
    }
    return mappings;
  }

  private static String string(JsonObject object, String name, String at, boolean required) {
    JsonValue value = object.get(name);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        throw new BadRequest(at + "." + name + ": is required");
      }
      return null;
    }
    if (!(value instanceof JsonString string) || string.getString().isBlank()) {
      throw new BadRequest(at + "." + name + ": must be a non-empty string");
    }
    return string.getString();
  }
}
