package no.abctracker.training.superusers.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;

/**
 * The rule "which courses must a super-user for technology T have completed": the ABC course
 * (catalogue code {@value #ABC}), every catalogue course about T (there may be none), and the
 * prerequisites of those courses, transitively; in catalogue order, which puts a course after its
 * prerequisites.
 */
public final class Prerequisites {

  /** The catalogue code of Velferdsteknologiens ABC, which every super-user needs. */
  public static final String ABC = "ABC";

  private Prerequisites() {}

  public static List<Course> forTechnology(String technology, CourseCatalogue catalogue) {
    Set<String> required = new HashSet<>();
    Deque<Course> pending = new ArrayDeque<>();
    catalogue.find(ABC).ifPresent(pending::add);
    catalogue.courses().stream()
        .filter(course -> course.technology().filter(technology::equals).isPresent())
        .forEach(pending::add);
    while (!pending.isEmpty()) {
      Course course = pending.pop();
      if (required.add(course.code())) {
        for (String activityId : course.prerequisites()) {
          catalogue.courseByActivityId(activityId).ifPresent(pending::add);
        }
      }
    }
    return catalogue.courses().stream().filter(c -> required.contains(c.code())).toList();
  }
}
