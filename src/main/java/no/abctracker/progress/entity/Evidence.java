package no.abctracker.progress.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored statement that counts towards a completion: which actor, which course (and module), when
 * it happened (the statement's timestamp) and whether it has been voided. Evidence never changes
 * except that it may become voided.
 *
 * @param seq the statement's {@code xapi_statement.seq}: the order in which statements were stored
 * @param moduleCode the module for {@link EvidenceKind#MODULE}, {@code null} for a course
 */
public record Evidence(
    long seq,
    String statementId,
    EvidenceKind kind,
    ActorKey actor,
    String courseCode,
    String moduleCode,
    Instant occurredAt,
    boolean voided) {

  public Evidence {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(courseCode, "courseCode");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if ((kind == EvidenceKind.MODULE) != (moduleCode != null)) {
      throw new IllegalArgumentException("module evidence, and only that, names a module");
    }
  }

  public Optional<String> module() {
    return Optional.ofNullable(moduleCode);
  }

  /**
   * Whether this happened before {@code other}: earlier timestamp, or the same timestamp and stored
   * first. Makes "the first statement" well defined and the same on every replay.
   */
  public boolean isBefore(Evidence other) {
    int byTime = occurredAt.compareTo(other.occurredAt);
    return byTime < 0 || (byTime == 0 && seq < other.seq);
  }
}
