package no.abctracker.progress.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import no.abctracker.progress.entity.ActorKey;
import no.abctracker.progress.entity.Evidence;
import no.abctracker.progress.entity.EvidenceKind;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.ModuleOfCourse;
import no.abctracker.xapi.model.Timestamps;

/**
 * The rule that decides whether a stored statement is evidence, and of what: its verb is one the
 * profiles count as completing (ADL completed and passed, cmi5 satisfied and waived: {@link
 * CourseCatalogue#completionVerbs()}), its object is an Activity that is a module of the catalogue
 * ({@link EvidenceKind#MODULE}) or a course's own activity ({@link EvidenceKind#COURSE}), and its
 * actor names a possible person ({@link ActorKeys}). The time it counts from is the statement's
 * {@code timestamp} (when it happened, not when it was stored), at millisecond precision.
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
      JsonObject statement,
      long seq,
      boolean voided,
      CourseCatalogue catalogue,
      String accountHomePage) {
    JsonObject verb = statement.getJsonObject("verb");
    if (verb == null || !catalogue.completionVerbs().contains(verb.getString("id", ""))) {
      return Optional.empty();
    }
    if (!(statement.get("object") instanceof JsonObject object)
        || !"Activity".equals(object.getString("objectType", "Activity"))
        || !isString(object, "id")) {
      return Optional.empty();
    }
    String activityId = object.getString("id");
    Optional<ModuleOfCourse> module = catalogue.moduleByActivityId(activityId);
    Optional<Course> course = catalogue.courseByActivityId(activityId);
    if (module.isEmpty() && course.isEmpty()) {
      return Optional.empty();
    }
    Optional<ActorKey> actor = ActorKeys.of(statement.getJsonObject("actor"), accountHomePage);
    if (actor.isEmpty() || !isString(statement, "timestamp") || !isString(statement, "id")) {
      return Optional.empty();
    }
    String statementId = statement.getString("id");
    var occurredAt =
        Timestamps.parse(statement.getString("timestamp"))
            .toInstant()
            .truncatedTo(ChronoUnit.MILLIS);
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
            EvidenceKind.COURSE,
            actor.get(),
            course.get().code(),
            null,
            occurredAt,
            voided));
  }

  private static boolean isString(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value != null && value.getValueType() == JsonValue.ValueType.STRING;
  }
}
