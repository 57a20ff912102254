package no.abctracker.training.superusers.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.abctracker.certificates.entity.CourseCompletion;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.CompletionRule;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.CourseModule;
import no.abctracker.training.courses.entity.CourseVersion;

/** Small hand-made courses and completions for the rules' tests. */
final class Courses {

  static final String PREFIX = "https://example.org/courses/";

  private Courses() {}

  static Course course(String code, String nbTitle, String technology, String... prerequisites) {
    return new Course(
        code,
        PREFIX + code,
        Map.of("nb-NO", nbTitle, "en", nbTitle + " (en)"),
        Optional.ofNullable(technology),
        List.of(prerequisites).stream().map(p -> PREFIX + p).toList(),
        List.of(new CourseModule("1", PREFIX + code + "/1", Map.of("en", "One"), true)),
        List.of(
            new CourseVersion(
                "1",
                Map.of("en", "Version 1"),
                CourseVersion.Delivery.E_LEARNING,
                new CompletionRule.MandatoryModules())),
        "https://example.org/profile");
  }

  static CourseCatalogue catalogue(Course... courses) {
    return CourseCatalogue.of(List.of(courses), java.util.Set.of());
  }

  static CourseCompletion completed(long person, String course, String instant) {
    return new CourseCompletion(
        person, course, Instant.parse(instant), "MODULES", Optional.of("1"), "statement-" + course);
  }
}
