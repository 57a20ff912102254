package no.abctracker.training.courses.entity;

import java.util.Map;
import java.util.Objects;
import no.abctracker.xapi.model.validation.LanguageMaps;

/**
 * One way a course is run (the 2016 booklet group course, the digital e-learning) and how a
 * participant completes it.
 *
 * @param code unique within the course (e.g. {@code 2016}, {@code DIGITAL})
 * @param title language map, in profile order
 */
public record CourseVersion(
    String code, Map<String, String> title, Delivery delivery, CompletionRule completion) {

  public CourseVersion {
    Objects.requireNonNull(code, "code");
    title = LanguageMaps.copyOf(title);
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(completion, "completion");
  }

  /** How the version is delivered. */
  public enum Delivery {
    /** Gatherings led by a facilitator. */
    GROUP,
    /** Self-paced e-learning in an LMS. */
    E_LEARNING
  }
}
