package no.abctracker.progress.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

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
import no.abctracker.progress.entity.ModuleCompletion;
import no.abctracker.progress.entity.ProjectionStatus;
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
        .build();
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
