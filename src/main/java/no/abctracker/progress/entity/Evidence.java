package no.abctracker.progress.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored statement that counts towards a completion: which actor, which course (and module) or
 * which cohort session, when it happened (the statement's timestamp) and whether it has been
 * voided. Evidence never changes except that it may become voided.
 *
 * @param seq the statement's {@code xapi_statement.seq}: the order in which statements were stored
 * @param courseCode the course for {@link EvidenceKind#MODULE} and {@link EvidenceKind#COURSE},
 *     {@code null} for attendance (the session's cohort names the course when it is projected)
 * @param moduleCode the module for {@link EvidenceKind#MODULE}, else {@code null}
 * @param activityId the session's activity for {@link EvidenceKind#ATTENDANCE}, else {@code null}
 */
public record Evidence(
    long seq,
    String statementId,
    EvidenceKind kind,
    ActorKey actor,
    String courseCode,
    String moduleCode,
    String activityId,
    Instant occurredAt,
    boolean voided) {

  /** The width of {@code cohort_session.activity_id}: a longer activity is no session. */
  public static final int MAX_SESSION_ACTIVITY_LENGTH = 255;

  public Evidence {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if ((kind == EvidenceKind.MODULE) != (moduleCode != null)) {
      throw new IllegalArgumentException("module evidence, and only that, names a module");
    }
    if ((kind == EvidenceKind.ATTENDANCE) == (courseCode != null)) {
      throw new IllegalArgumentException(
          "module and course evidence, and only those, name a course");
    }
    if ((kind == EvidenceKind.ATTENDANCE) != (activityId != null)) {
      throw new IllegalArgumentException("attendance evidence, and only that, names a session");
    }
  }

  /** Module ({@code moduleCode} set) or course ({@code moduleCode} null) evidence. */
  public Evidence(
      long seq,
      String statementId,
      EvidenceKind kind,
      ActorKey actor,
      String courseCode,
      String moduleCode,
      Instant occurredAt,
      boolean voided) {
    this(seq, statementId, kind, actor, courseCode, moduleCode, null, occurredAt, voided);
  }

  /** Attendance at the cohort session whose activity id is {@code sessionActivityId}. */
  public static Evidence attendance(
      long seq,
      String statementId,
      ActorKey actor,
      String sessionActivityId,
      Instant occurredAt,
      boolean voided) {
    return new Evidence(
        seq,
        statementId,
        EvidenceKind.ATTENDANCE,
        actor,
        null,
        null,
        sessionActivityId,
        occurredAt,
        voided);
  }

  public Optional<String> module() {
    return Optional.ofNullable(moduleCode);
  }

  /** The same evidence, voided. */
  public Evidence asVoided() {
    return new Evidence(
        seq, statementId, kind, actor, courseCode, moduleCode, activityId, occurredAt, true);
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
