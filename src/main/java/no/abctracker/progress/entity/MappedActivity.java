package no.abctracker.progress.entity;

import java.util.Objects;

/**
 * What an LMS's activity is, by an activity mapping: a module of a course, or (module {@code null})
 * the course itself.
 */
public record MappedActivity(String courseCode, String moduleCode) {

  public MappedActivity {
    Objects.requireNonNull(courseCode, "courseCode");
  }
}
