package no.abctracker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
          .append(
              statement(
                  UUID.randomUUID().toString(),
                  mboxAgent("mailto:" + email, null),
                  COMPLETED,
                  activityIds.get(i),
                  timestamp));
    }
    return batch.append(']').toString();
  }

  public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";

  /**
   * The one statement builder of the tests: {@code actor} (JSON, e.g. {@link #mboxAgent}) did
   * {@code verb} on {@code activity}; the id and the timestamp only when given (null: the LRS sets
   * them).
   */
  public static String statement(
      String id, String actor, String verb, String activity, String timestamp) {
    return "{"
        + (id == null ? "" : "\"id\":\"" + id + "\",")
        + "\"actor\":"
        + actor
        + ",\"verb\":{\"id\":\""
        + verb
        + "\",\"display\":{\"en-US\":\""
        + verb.substring(verb.lastIndexOf('/') + 1)
        + "\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\""
        + activity
        + "\"}"
        + (timestamp == null ? "" : ",\"timestamp\":\"" + timestamp + "\"")
        + "}";
  }

  /** An Agent by {@code mbox} ({@code mailto:…}), with the name an LMS sends if not null. */
  public static String mboxAgent(String mbox, String name) {
    return "{\"objectType\":\"Agent\"," + named(name) + "\"mbox\":\"" + mbox + "\"}";
  }

  /** An Agent by the SHA-1 of {@code mbox}, in upper or lower case hex, with a name if not null. */
  public static String sha1Agent(String mbox, String name, boolean upperCase) {
    try {
      String hex =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-1").digest(mbox.getBytes(StandardCharsets.UTF_8)));
      return "{\"objectType\":\"Agent\","
          + named(name)
          + "\"mbox_sha1sum\":\""
          + (upperCase ? hex.toUpperCase(Locale.ROOT) : hex)
          + "\"}";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }

  /** An Agent by an account under an LMS's {@code homePage}, with a name if not null. */
  public static String accountAgent(String homePage, String accountName, String name) {
    return "{\"objectType\":\"Agent\","
        + named(name)
        + "\"account\":{\"homePage\":\""
        + homePage
        + "\",\"name\":\""
        + accountName
        + "\"}}";
  }

  private static String named(String name) {
    return name == null ? "" : "\"name\":\"" + name + "\",";
  }

  /**
   * A module completion as Moodle's logstore_xapi sends it: the user ({@code fullName}) as an
   * account under the site (wwwroot), ADL completed on {@code mod/…/view.php} named "Modul A: Lov
   * og etikk", the course in the context's grouping, the platform Moodle.
   */
  public static String moodleModuleCompletion(
      String wwwroot, String user, String fullName, String activity) {
    return "{\"id\":\""
        + UUID.randomUUID()
        + "\",\"actor\":"
        + accountAgent(wwwroot, user, fullName)
        + ",\"verb\":{\"id\":\""
        + COMPLETED
        + "\",\"display\":{\"en\":\"completed\"}},\"object\":{\"objectType\":\"Activity\","
        + "\"id\":\""
        + activity
        + "\",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/lesson\","
        + "\"name\":{\"en\":\"Modul A: Lov og etikk\"}}},"
        + "\"timestamp\":\"2024-09-03T08:15:00+02:00\","
        + "\"context\":{\"platform\":\"Moodle\",\"language\":\"nb\","
        + "\"contextActivities\":{\"grouping\":[{\"objectType\":\"Activity\",\"id\":\""
        + wwwroot
        + "/course/view.php?id=12\",\"definition\":{\"type\":"
        + "\"http://id.tincanapi.com/activitytype/lms/course\",\"name\":{\"en\":"
        + "\"Velferdsteknologiens ABC\"}}}],\"category\":[{\"objectType\":\"Activity\","
        + "\"id\":\"http://moodle.org\",\"definition\":{\"type\":"
        + "\"http://id.tincanapi.com/activitytype/source\",\"name\":{\"en\":\"Moodle\"}}}]},"
        + "\"extensions\":{\"http://lrs.learninglocker.net/define/extensions/info\":"
        + "{\"http://moodle.org\":\"4.1.2\",\"event_name\":"
        + "\"\\\\core\\\\event\\\\course_module_completion_updated\"}}}}";
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

  /**
   * A statement with one attachment as the LRS takes it: {@code multipart/mixed; boundary=…}, the
   * statement first, then the content under its SHA-2.
   */
  public static byte[] multipart(String json, String boundary, String sha2, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Type: application/json\r\n\r\n"
                + json
                + "\r\n--"
                + boundary
                + "\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: "
                + sha2
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
