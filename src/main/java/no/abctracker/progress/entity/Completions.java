package no.abctracker.progress.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One person's module and course completions, in a stable order (course, module). */
public record Completions(List<ModuleCompletion> modules, List<CourseCompletion> courses) {

  public static final Completions NONE = new Completions(List.of(), List.of());

  public Completions {
    modules =
        modules.stream()
            .sorted(
                Comparator.comparing(ModuleCompletion::courseCode)
                    .thenComparing(ModuleCompletion::moduleCode))
            .toList();
    courses = courses.stream().sorted(Comparator.comparing(CourseCompletion::courseCode)).toList();
  }

  public Optional<ModuleCompletion> module(String courseCode, String moduleCode) {
    return modules.stream()
        .filter(m -> m.courseCode().equals(courseCode) && m.moduleCode().equals(moduleCode))
        .findFirst();
  }

  public Optional<CourseCompletion> course(String courseCode) {
    return courses.stream().filter(c -> c.courseCode().equals(courseCode)).findFirst();
  }
}
