package no.abctracker.progress.entity;

import java.time.Instant;
import java.util.Objects;

/** A person completed a module at the timestamp of the first statement that counts for it. */
public record ModuleCompletion(
    String courseCode, String moduleCode, Instant completedAt, String statementId) {

  public ModuleCompletion {
    Objects.requireNonNull(courseCode, "courseCode");
    Objects.requireNonNull(moduleCode, "moduleCode");
    Objects.requireNonNull(completedAt, "completedAt");
    Objects.requireNonNull(statementId, "statementId");
  }

  public static ModuleCompletion of(Evidence evidence) {
    return new ModuleCompletion(
        evidence.courseCode(),
        evidence.moduleCode(),
        evidence.occurredAt(),
        evidence.statementId());
  }
}
