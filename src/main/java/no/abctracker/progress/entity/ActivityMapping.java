package no.abctracker.progress.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * An LMS's activity id mapped to a module of a course, or (no module) to the course itself, with
 * where staff take it ({@code launchUrl}, optional).
 */
public record ActivityMapping(
    String activityId, String courseCode, String moduleCode, String launchUrl) {

  public ActivityMapping {
    Objects.requireNonNull(activityId, "activityId");
    Objects.requireNonNull(courseCode, "courseCode");
  }

  public MappedActivity target() {
    return new MappedActivity(courseCode, moduleCode);
  }

  public Optional<String> module() {
    return Optional.ofNullable(moduleCode);
  }

  public Optional<String> launch() {
    return Optional.ofNullable(launchUrl);
  }
}
