package no.abctracker.progress.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person completed a course: when, on which basis, by the rule of which course version (none for
 * a registered completion) and the statement that completed it.
 */
public record CourseCompletion(
    String courseCode, Instant completedAt, Basis basis, String versionCode, String statementId) {

  public CourseCompletion {
    Objects.requireNonNull(courseCode, "courseCode");
    Objects.requireNonNull(completedAt, "completedAt");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(statementId, "statementId");
  }

  public Optional<String> version() {
    return Optional.ofNullable(versionCode);
  }

  /** The earlier of two completions of the same course; on the same instant, by basis order. */
  public CourseCompletion earlier(CourseCompletion other) {
    int byTime = completedAt.compareTo(other.completedAt);
    if (byTime != 0) {
      return byTime < 0 ? this : other;
    }
    return basis.compareTo(other.basis) <= 0 ? this : other;
  }
}
