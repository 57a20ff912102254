package no.abctracker.training.superusers.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.abctracker.certificates.entity.CourseCompletion;
import no.abctracker.training.courses.entity.Course;

/**
 * Whether a super-user is qualified on a date: every prerequisite course completed by the end of
 * that day (Europe/Oslo). A course completed later, or withdrawn, is missing.
 */
public record Qualification(LocalDate asOf, List<Prerequisite> prerequisites) {

  public Qualification {
    prerequisites = List.copyOf(prerequisites);
  }

  /** One required course and the completion that meets it as of the date, if any. */
  public record Prerequisite(Course course, Optional<CourseCompletion> completion) {
    public boolean met() {
      return completion.isPresent();
    }
  }

  public static Qualification of(
      List<Course> required, Map<String, CourseCompletion> completions, LocalDate asOf) {
    return new Qualification(
        asOf,
        required.stream()
            .map(
                course ->
                    new Prerequisite(
                        course,
                        Optional.ofNullable(completions.get(course.code()))
                            .filter(c -> c.countsOn(asOf))))
            .toList());
  }

  public boolean qualified() {
    return prerequisites.stream().allMatch(Prerequisite::met);
  }

  public List<Course> missing() {
    return prerequisites.stream().filter(p -> !p.met()).map(Prerequisite::course).toList();
  }
}
