package no.abctracker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

/** Statements on the ABC course as an LMS sends them, for tests that need real completions. */
public final class AbcStatements {

  private AbcStatements() {}

  /** The activity ids of ABC's mandatory modules, from the course catalogue. */
  public static List<String> mandatoryModules(Http api) {
    HttpResponse<String> course = api.asAdmin().get("api/v1/courses/ABC");
    assertThat(course.statusCode()).as(course.body()).isEqualTo(200);
    JsonObject abc = Http.json(course).asJsonObject();
    return abc.getJsonArray("modules").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getBoolean("mandatory"))
        .map(m -> m.getString("activityId"))
        .toList();
  }

  /** A batch: {@code email} completed each activity at {@code timestamp}. */
  public static String completions(String email, List<String> activityIds, String timestamp) {
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < activityIds.size(); i++) {
      batch
          .append(i == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(UUID.randomUUID())
          .append("\",\"actor\":{\"mbox\":\"mailto:")
          .append(email)
          .append("\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},")
          .append("\"object\":{\"id\":\"")
          .append(activityIds.get(i))
          .append("\"},\"timestamp\":\"")
          .append(timestamp)
          .append("\"}");
    }
    return batch.append(']').toString();
  }

  /** A statement voiding {@code statementId}. */
  public static String voiding(String statementId) {
    return "{\"actor\":{\"mbox\":\"mailto:lms@kommune.no\"},"
        + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},"
        + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\""
        + statementId
        + "\"}}";
  }

  /** Posts statements through the LRS, expects 200 and answers their ids. */
  public static List<String> post(Http lms, String statements) {
    HttpResponse<String> stored = lms.post("xapi/statements", statements);
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    return Http.json(stored).asJsonArray().stream()
        .map(id -> ((JsonString) id).getString())
        .toList();
  }
}
