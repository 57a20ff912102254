package no.abctracker.progress.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import no.abctracker.progress.entity.ActorKey;
import no.abctracker.progress.entity.Evidence;
import no.abctracker.progress.entity.EvidenceKind;
import no.abctracker.progress.entity.MappedActivity;
import no.abctracker.training.cohorts.control.AttendanceStatement;
import no.abctracker.training.cohorts.entity.Cohort;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.ModuleOfCourse;
import no.abctracker.xapi.model.Timestamps;

/**
 * The rule that decides whether a stored statement is evidence, and of what: its verb is one the
 * profiles count as completing (ADL completed and passed, cmi5 satisfied and waived: {@link
 * CourseCatalogue#completionVerbs()}), its object is an Activity that is a module of the catalogue
 * ({@link EvidenceKind#MODULE}) or a course's own activity ({@link EvidenceKind#COURSE}), and its
 * actor names a possible person ({@link ActorKeys}). An ADL {@code attended} statement on a cohort
 * session's activity ({@code https://abc-tracker.no/xapi/cohorts/{id}/sessions/{id}}, as {@link
 * AttendanceStatement} writes it) is {@link EvidenceKind#ATTENDANCE}; whether the session is
 * (still) scheduled is decided when the person is projected, so the rule needs no database. The
 * time it counts from is the statement's {@code timestamp} (when it happened, not when it was
 * stored), at millisecond precision.
 *
 * <p>Everything else — other verbs, a SubStatement, a StatementRef, an unknown activity, a Group
 * actor — is not evidence. A voiding statement is never evidence; what it voids is handled by the
 * recorder.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#24-statement-properties">xAPI
 *     2.0 Data 2.4 Statement Properties</a>
 */
public final class StatementEvidence {

  private StatementEvidence() {}

  /**
   * The evidence a stored statement (as {@code StatementStore} stores it: id, timestamp assigned)
   * gives, if any.
   */
  public static Optional<Evidence> of(
      JsonObject statement, long seq, boolean voided, CourseCatalogue catalogue) {
    return of(statement, seq, voided, catalogue, Map.of());
  }

  /**
   * The evidence a stored statement gives, if any, where {@code mapped} holds what the
   * municipality's activity mappings say of (at least) the statement's object.
   */
  public static Optional<Evidence> of(
      JsonObject statement,
      long seq,
      boolean voided,
      CourseCatalogue catalogue,
      Map<String, MappedActivity> mapped) {
    JsonObject verb = statement.getJsonObject("verb");
    String verbId = verb == null ? "" : verb.getString("id", "");
    boolean attended = AttendanceStatement.ATTENDED.equals(verbId);
    if (!attended && !catalogue.completionVerbs().contains(verbId)) {
      return Optional.empty();
    }
    if (!(statement.get("object") instanceof JsonObject object)
        || !"Activity".equals(object.getString("objectType", "Activity"))
        || !isString(object, "id")) {
      return Optional.empty();
    }
    String activityId = object.getString("id");
    if (attended) {
      return isCohortSession(activityId)
          ? named(statement)
              .map(
                  actor ->
                      Evidence.attendance(
                          seq,
                          statement.getString("id"),
                          actor,
                          activityId,
                          occurredAt(statement),
                          voided))
          : Optional.empty();
    }
    Optional<ModuleOfCourse> module = catalogue.moduleByActivityId(activityId);
    Optional<Course> course = catalogue.courseByActivityId(activityId);
    EvidenceKind courseKind = EvidenceKind.COURSE;
    if (module.isEmpty() && course.isEmpty() && mapped.containsKey(activityId)) {
      MappedActivity target = mapped.get(activityId);
      course = catalogue.find(target.courseCode());
      if (target.moduleCode() != null) {
        module =
            course.flatMap(c -> c.module(target.moduleCode()).map(m -> new ModuleOfCourse(c, m)));
        course = Optional.empty();
      }
      courseKind = EvidenceKind.LMS_COURSE;
    }
    if (module.isEmpty() && course.isEmpty()) {
      return Optional.empty();
    }
    Optional<ActorKey> actor = named(statement);
    if (actor.isEmpty()) {
      return Optional.empty();
    }
    String statementId = statement.getString("id");
    Instant occurredAt = occurredAt(statement);
    if (module.isPresent()) {
      return Optional.of(
          new Evidence(
              seq,
              statementId,
              EvidenceKind.MODULE,
              actor.get(),
              module.get().course().code(),
              module.get().module().code(),
              occurredAt,
              voided));
    }
    return Optional.of(
        new Evidence(
            seq,
            statementId,
            courseKind,
            actor.get(),
            course.get().code(),
            null,
            occurredAt,
            voided));
  }

  /**
   * Whether the activity id has the shape of a cohort session's (and fits {@code
   * cohort_session.activity_id}).
   */
  static boolean isCohortSession(String activityId) {
    return activityId.length() <= Evidence.MAX_SESSION_ACTIVITY_LENGTH
        && activityId.startsWith(Cohort.ACTIVITY_PREFIX)
        && activityId.indexOf("/sessions/", Cohort.ACTIVITY_PREFIX.length()) > 0;
  }

  /** The actor's key, when the statement has an id and a timestamp (stored ones always do). */
  private static Optional<ActorKey> named(JsonObject statement) {
    if (!isString(statement, "timestamp") || !isString(statement, "id")) {
      return Optional.empty();
    }
    return ActorKeys.of(statement.getJsonObject("actor"));
  }

  private static Instant occurredAt(JsonObject statement) {
    return Timestamps.parse(statement.getString("timestamp"))
        .toInstant()
        .truncatedTo(ChronoUnit.MILLIS);
  }

  private static boolean isString(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value != null && value.getValueType() == JsonValue.ValueType.STRING;
  }
}
