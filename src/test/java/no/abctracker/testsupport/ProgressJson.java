package no.abctracker.testsupport;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Finding a course and its modules in a person's progress as {@code …/staff/{id}/progress} gives
 * it.
 */
public final class ProgressJson {

  private ProgressJson() {}

  public static JsonObject course(JsonObject progress, String courseCode) {
    return progress.getJsonArray("courses").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("code").equals(courseCode))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no course " + courseCode + " in " + progress));
  }

  public static JsonObject module(JsonObject course, String moduleCode) {
    return course.getJsonArray("modules").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("code").equals(moduleCode))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no module " + moduleCode + " in " + course));
  }
}
