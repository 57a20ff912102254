package no.abctracker.training.courses.entity;

import java.util.Objects;

/** A module together with the course it belongs to: the answer to "which module is activity X?". */
public record ModuleOfCourse(Course course, CourseModule module) {

  public ModuleOfCourse {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(module, "module");
  }
}
