package no.abctracker.progress.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.abctracker.progress.entity.CourseCompletion;
import no.abctracker.progress.entity.CourseProgress;
import no.abctracker.progress.entity.ManualRegistration;
import no.abctracker.progress.entity.ModuleCompletion;
import no.abctracker.progress.entity.ParkedWork;
import no.abctracker.progress.entity.ProjectionStatus;
import no.abctracker.progress.entity.ReplayOutcome;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.xapi.model.Timestamps;

/**
 * The API's JSON for progress. Times are UTC with milliseconds ({@code 2024-05-04T10:00:00.000Z});
 * a course completion also has {@code completedOn}, its date in Norway.
 */
final class ProgressJson {

  private ProgressJson() {}

  static JsonObject of(Person person, List<CourseProgress> courses) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    courses.forEach(course -> list.add(of(course)));
    return JSON.createObjectBuilder()
        .add("employeeId", person.employeeId())
        .add("fullName", person.fullName())
        .add("courses", list)
        .build();
  }

  static JsonObject of(CourseProgress progress) {
    JsonArrayBuilder modules = JSON.createArrayBuilder();
    for (CourseProgress.ModuleProgress module : progress.modules()) {
      JsonObjectBuilder json =
          JSON.createObjectBuilder()
              .add("code", module.module().code())
              .add("title", languageMap(module.module().title()))
              .add("mandatory", module.module().mandatory())
              .add("completed", module.completion().isPresent());
      module.completion().ifPresent(done -> completion(json, done));
      modules.add(json);
    }
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("code", progress.course().code())
            .add("title", languageMap(progress.course().title()))
            .add("completed", progress.completion().isPresent());
    progress.completion().ifPresent(c -> json.add("completion", of(c)));
    return json.add("modulesDone", progress.modulesDone())
        .add("modulesTotal", progress.modulesTotal())
        .add("mandatoryDone", progress.mandatoryDone())
        .add("mandatoryTotal", progress.mandatoryTotal())
        .add("modules", modules)
        .build();
  }

  static JsonObject of(CourseCompletion completion) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("completedAt", time(completion.completedAt()))
            .add(
                "completedOn",
                completion.completedAt().atZone(Organisation.ZONE).toLocalDate().toString())
            .add("basis", completion.basis().name());
    completion.version().ifPresent(v -> json.add("version", v));
    return json.add("statementId", completion.statementId()).build();
  }

  static JsonObject of(ProjectionStatus status) {
    return JSON.createObjectBuilder()
        .add("pending", status.pending())
        .add("oldestPendingStored", timeOrNull(status.oldestPendingStored()))
        .add("lastProjectedAt", timeOrNull(status.lastProjectedAt()))
        .add("parked", status.parked())
        .build();
  }

  static JsonObject ofRetried(int retried) {
    return JSON.createObjectBuilder().add("retried", retried).build();
  }

  static JsonObject ofParked(List<ParkedWork> parked) {
    JsonArrayBuilder rows = JSON.createArrayBuilder();
    for (ParkedWork row : parked) {
      rows.add(
          JSON.createObjectBuilder()
              .add("id", row.id())
              .add("kind", row.kind())
              .add("ref", row.ref())
              .add("attempts", row.attempts())
              .add("error", row.error())
              .add("enqueuedAt", row.enqueuedAt().toString())
              .add("parkedAt", row.parkedAt().toString()));
    }
    return JSON.createObjectBuilder().add("parked", rows).build();
  }

  static JsonObject of(ReplayOutcome outcome) {
    return JSON.createObjectBuilder()
        .add("statements", outcome.statements())
        .add("evidence", outcome.evidence())
        .add("added", outcome.added())
        .add("changed", outcome.changed())
        .add("removed", outcome.removed())
        .add("voidsRepaired", outcome.voidsRepaired())
        .add("personsQueued", outcome.personsQueued())
        .build();
  }

  static JsonArray of(List<ManualRegistration> registrations) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    registrations.forEach(r -> list.add(of(r)));
    return list.build();
  }

  static JsonObject of(ManualRegistration registration) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("id", registration.statementId())
            .add("employeeId", registration.person().employeeId())
            .add("course", registration.courseCode());
    registration.moduleCode().ifPresent(m -> json.add("module", m));
    json.add("completedOn", registration.completedOn().toString())
        .add("reason", registration.reason())
        .add("registeredBy", registration.registeredBy())
        .add("registeredAt", time(registration.registeredAt()))
        .add("statementId", registration.statementId())
        .add("withdrawn", registration.isWithdrawn());
    registration
        .withdrawal()
        .ifPresent(
            w ->
                json.add(
                    "withdrawal",
                    JSON.createObjectBuilder()
                        .add("by", w.by())
                        .add("at", time(w.at()))
                        .add("reason", w.reason())
                        .add("voidingStatementId", w.voidingStatementId())));
    return json.build();
  }

  private static void completion(JsonObjectBuilder json, ModuleCompletion done) {
    json.add("completedAt", time(done.completedAt())).add("statementId", done.statementId());
  }

  private static String time(Instant instant) {
    return Timestamps.format(instant.atOffset(ZoneOffset.UTC));
  }

  private static JsonValue timeOrNull(Optional<Instant> instant) {
    return instant.<JsonValue>map(i -> JSON.createValue(time(i))).orElse(JsonValue.NULL);
  }

  private static JsonObject languageMap(Map<String, String> map) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    map.forEach(json::add);
    return json.build();
  }
}
