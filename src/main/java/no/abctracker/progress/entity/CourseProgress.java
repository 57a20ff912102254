package no.abctracker.progress.entity;

import java.util.List;
import java.util.Optional;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.CourseModule;

/** Where one person stands in one course of the catalogue. */
public record CourseProgress(
    Course course, Optional<CourseCompletion> completion, List<ModuleProgress> modules) {

  public CourseProgress {
    modules = List.copyOf(modules);
  }

  /** A module of the course and, if the person completed it, the completion. */
  public record ModuleProgress(CourseModule module, Optional<ModuleCompletion> completion) {}

  public static CourseProgress of(Course course, Completions completions) {
    return new CourseProgress(
        course,
        completions.course(course.code()),
        course.modules().stream()
            .map(m -> new ModuleProgress(m, completions.module(course.code(), m.code())))
            .toList());
  }

  public long modulesDone() {
    return modules.stream().filter(m -> m.completion().isPresent()).count();
  }

  public int modulesTotal() {
    return modules.size();
  }

  public long mandatoryDone() {
    return modules.stream()
        .filter(m -> m.module().mandatory() && m.completion().isPresent())
        .count();
  }

  public long mandatoryTotal() {
    return modules.stream().filter(m -> m.module().mandatory()).count();
  }
}
