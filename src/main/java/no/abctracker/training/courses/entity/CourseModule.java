package no.abctracker.training.courses.entity;

import java.util.Map;
import java.util.Objects;
import no.abctracker.xapi.model.validation.LanguageMaps;

/**
 * A module of a course; completing its activity (verbs completed, passed, satisfied, waived)
 * completes the module.
 *
 * @param code unique within the course (e.g. {@code A} for booklet A)
 * @param activityId the xAPI activity id statements use as object
 * @param title language map, in profile order
 * @param mandatory whether the course needs it for completion by modules
 */
public record CourseModule(
    String code, String activityId, Map<String, String> title, boolean mandatory) {

  public CourseModule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(activityId, "activityId");
    title = LanguageMaps.copyOf(title);
  }
}
