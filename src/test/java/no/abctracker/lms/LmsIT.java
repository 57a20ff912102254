package no.abctracker.lms;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.Tenants;
import no.abctracker.testsupport.Tenants.LrsCredentials;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Statements as a real LMS sends them count once the municipality has said what they are: Moodle's
 * logstore_xapi (accounts under the Moodle site, module completions on {@code mod/…/view.php},
 * course completions with tincan's {@code completed}) and a Storyline/Rise package (mbox, its own
 * activity id). Each test has its own municipality; statements are written here in those shapes.
 */
@ExtendWith(ArquillianExtension.class)
class LmsIT {

  static final String ABC = "https://abc-tracker.no/xapi/courses/velferdsteknologiens-abc";
  static final String ADL_COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
  static final String ADL_PASSED = "http://adlnet.gov/expapi/verbs/passed";

  static final String UNITS =
      "unit_code,name,parent_code,unit_type\n"
          + "HO,Helse og omsorg,,ADMINISTRATION\n"
          + "HJT,Hjemmetjenesten,HO,HOME_CARE\n";
  static final String KARI =
      "1002,Kari Nordmann,kari.nordmann@oslo.kommune.no,HJT,7076,Sykepleier,100,DAY,PERMANENT,"
          + "2019-08-01,\n";

  static final String OLA =
      "1001,Ola Nordmann,ola@kommune.no,HJT,7174,Helsefagarbeider,75,THREE_SHIFT,PERMANENT,"
          + "2020-01-01,\n";

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  Http api;
  String code;
  Http lrs;

  @BeforeEach
  void municipalityWithUnitsAndAnLms() {
    api = Http.at(base);
    code = Tenants.newMunicipality(api);
    LrsCredentials client = Tenants.newLrsClient(api, code, "all");
    lrs = api.xapi(client.key(), client.secret());
    Tenants.importCsv(api, code, "units", UNITS);
  }

  @Test
  void anAddressCountsHoweverTheLmsCapitalisesItPlainOrHashed() {
    roster(KARI);
    // A Storyline package writes the address as the LMS user typed it, and some hash it.
    post(
        packageStatement(
            mbox("mailto:Kari.Nordmann@Oslo.Kommune.no"), ADL_COMPLETED, ABC + "/modules/a"),
        packageStatement(
            sha1sum("mailto:Kari.Nordmann@Oslo.Kommune.no"), ADL_PASSED, ABC + "/modules/b"),
        packageStatement(
            sha1sum("mailto:KARI.NORDMANN@OSLO.KOMMUNE.NO"), ADL_PASSED, ABC + "/modules/c"));
    awaitProjected();

    JsonObject abc = course(progress("1002"), "ABC");
    assertThat(module(abc, "A").getBoolean("completed")).isTrue();
    assertThat(module(abc, "B").getBoolean("completed")).isTrue();
    assertThat(module(abc, "C").getBoolean("completed")).isTrue();
    assertThat(module(abc, "D").getBoolean("completed")).isFalse();
  }

  @Test
  void theAccountHomePageIsValidatedAndMovingItCountsWhatWasSentUnderTheNewOne() {
    String kurs = "https://kurs.oslo.kommune.no";
    roster(KARI);
    String own = municipality().getString("accountHomePage");
    post(
        packageStatement(account(own, "1002"), ADL_COMPLETED, ABC + "/modules/a"),
        packageStatement(account(kurs, "1002"), ADL_COMPLETED, ABC + "/modules/b"));
    awaitProjected();
    assertThat(module(course(progress("1002"), "ABC"), "B").getBoolean("completed")).isFalse();

    for (String bad : new String[] {"ftp://kurs.oslo.kommune.no", "kurs.oslo.kommune.no", ""}) {
      assertProblem(patchHomePage(api.asAdmin(), bad), 400, "accountHomePage");
    }
    assertProblem(
        api.asAdmin()
            .post(
                "api/v1/municipalities",
                "{\"code\":\"0000\",\"name\":\"X\",\"accountHomePage\":\"not an address\"}"),
        400,
        "accountHomePage");
    String other = Tenants.newMunicipality(api);
    Http theirCoordinator =
        api.basic(Tenants.newUser(api, other, "COORDINATOR", null, null), "password-1");
    assertThat(patchHomePage(theirCoordinator, kurs).statusCode()).isEqualTo(403);
    assertThat(municipality().getString("accountHomePage")).isEqualTo(own);

    Http coordinator =
        api.basic(Tenants.newUser(api, code, "COORDINATOR", null, null), "password-1");
    HttpResponse<String> moved = patchHomePage(coordinator, kurs);
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(Http.json(moved).asJsonObject().getString("accountHomePage")).isEqualTo(kurs);
    awaitProjected();

    JsonObject abc = course(progress("1002"), "ABC");
    assertThat(module(abc, "A").getBoolean("completed")).as("sent under the old one").isTrue();
    assertThat(module(abc, "B").getBoolean("completed")).as("sent under the new one").isTrue();
  }

  @Test
  void theRosterTakesAnOptionalUsernameColumnAndRefusesAUsernameOfTwoPersons() {
    String header = Tenants.STAFF_HEADER.strip() + ",username\n";
    Tenants.importCsv(
        api, code, "staff", header + KARI.strip() + ",KNordmann\n" + OLA.strip() + ",\n");
    HttpResponse<String> twice =
        putCsv("staff", header + KARI.strip() + ",knordmann\n" + OLA.strip() + ",KNORDMANN\n");
    assertProblem(twice, 400);
    assertThat(twice.body()).contains("username KNORDMANN also belongs to employee 1002 (line 2)");
    assertThat(progress("1001").getJsonArray("courses")).isNotEmpty();
  }

  // --- statements in the shapes LMSs send ---

  /** A SCORM/xAPI package's statement (Storyline, Rise): the actor's mbox and name, no context. */
  static String packageStatement(String actor, String verb, String activity) {
    return "{\"id\":\""
        + UUID.randomUUID()
        + "\",\"actor\":"
        + actor
        + ",\"verb\":{\"id\":\""
        + verb
        + "\",\"display\":{\"en-US\":\""
        + verb.substring(verb.lastIndexOf('/') + 1)
        + "\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\""
        + activity
        + "\",\"definition\":{\"name\":{\"und\":\"Velferdsteknologi\"},"
        + "\"type\":\"http://adlnet.gov/expapi/activities/course\"}},"
        + "\"result\":{\"completion\":true,\"success\":true,\"duration\":\"PT12M3S\"},"
        + "\"timestamp\":\"2024-05-02T10:30:00.000Z\"}";
  }

  static String account(String homePage, String name) {
    return "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\""
        + homePage
        + "\",\"name\":\""
        + name
        + "\"}}";
  }

  static String mbox(String mbox) {
    return "{\"objectType\":\"Agent\",\"name\":\"Kari Nordmann\",\"mbox\":\"" + mbox + "\"}";
  }

  static String sha1sum(String mbox) {
    try {
      return "{\"objectType\":\"Agent\",\"name\":\"Kari Nordmann\",\"mbox_sha1sum\":\""
          + HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-1").digest(mbox.getBytes(StandardCharsets.UTF_8)))
          + "\"}";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- HTTP ---

  void post(String... statements) {
    HttpResponse<String> posted =
        lrs.post("xapi/statements", "[" + String.join(",", statements) + "]");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
  }

  void roster(String lines) {
    Tenants.importCsv(api, code, "staff", Tenants.STAFF_HEADER + lines);
  }

  void awaitProjected() {
    Tenants.awaitProjected(api, code);
  }

  JsonObject progress(String employeeId) {
    HttpResponse<String> progress = api.asAdmin().get(path("staff/" + employeeId + "/progress"));
    assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
    return Http.json(progress).asJsonObject();
  }

  static JsonObject course(JsonObject progress, String courseCode) {
    return progress.getJsonArray("courses").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("code").equals(courseCode))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no course " + courseCode + " in " + progress));
  }

  static JsonObject module(JsonObject course, String moduleCode) {
    return course.getJsonArray("modules").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("code").equals(moduleCode))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no module " + moduleCode + " in " + course));
  }

  HttpResponse<String> putCsv(String what, String csv) {
    return api.asAdmin().put(path(what), "text/csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  JsonObject municipality() {
    return Http.json(api.asAdmin().get("api/v1/municipalities/" + code)).asJsonObject();
  }

  HttpResponse<String> patchHomePage(Http as, String homePage) {
    return as.send(
        "PATCH",
        "api/v1/municipalities/" + code,
        "application/json",
        ("{\"accountHomePage\":\"" + homePage + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  static void assertProblem(HttpResponse<String> response, int status, String... details) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    String detail = Http.json(response).asJsonObject().getString("detail", "");
    for (String expected : details) {
      assertThat(detail).contains(expected);
    }
  }

  String path(String rest) {
    return "api/v1/municipalities/" + code + "/" + rest;
  }
}
