package no.abctracker.lms;

import static no.abctracker.testsupport.AbcStatements.accountAgent;
import static no.abctracker.testsupport.AbcStatements.mboxAgent;
import static no.abctracker.testsupport.AbcStatements.moodleModuleCompletion;
import static no.abctracker.testsupport.AbcStatements.sha1Agent;
import static no.abctracker.testsupport.ProgressJson.course;
import static no.abctracker.testsupport.ProgressJson.module;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.abctracker.testsupport.AbcStatements;
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
  static final String ADL_COMPLETED = AbcStatements.COMPLETED;
  static final String KARI_NAME = "Kari Nordmann";
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

  static final String USERNAME_HEADER = Tenants.STAFF_HEADER.strip() + ",username\n";

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
            mboxAgent("mailto:Kari.Nordmann@Oslo.Kommune.no", KARI_NAME),
            ADL_COMPLETED,
            ABC + "/modules/a"),
        packageStatement(
            sha1Agent("mailto:Kari.Nordmann@Oslo.Kommune.no", KARI_NAME, false),
            ADL_PASSED,
            ABC + "/modules/b"),
        packageStatement(
            sha1Agent("mailto:KARI.NORDMANN@OSLO.KOMMUNE.NO", KARI_NAME, false),
            ADL_PASSED,
            ABC + "/modules/c"));
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
        packageStatement(accountAgent(own, "1002", null), ADL_COMPLETED, ABC + "/modules/a"),
        packageStatement(accountAgent(kurs, "1002", null), ADL_COMPLETED, ABC + "/modules/b"));
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

  @Test
  void identityRulesAndLinksNameStaffForStatementsAlreadyStoredAndRemovingThemWithdraws() {
    Tenants.importCsv(
        api, code, "staff", USERNAME_HEADER + KARI.strip() + ",knordmann\n" + OLA.strip() + ",\n");
    String byUsername = "https://kurs.oslo.kommune.no";
    String byEmail = "https://lms.example.no";
    String byEmployeeId = "https://hr-lms.example.no/";
    post(
        moodleModuleCompletion(byUsername, "KNordmann", KARI_NAME, ABC + "/modules/a"),
        moodleModuleCompletion(
            byEmail, "Kari.Nordmann@Oslo.Kommune.no", KARI_NAME, ABC + "/modules/b"),
        moodleModuleCompletion(byEmployeeId, "1002", KARI_NAME, ABC + "/modules/c"),
        moodleModuleCompletion(byUsername, "57", KARI_NAME, ABC + "/modules/d"));
    awaitProjected();
    assertThat(course(progress("1002"), "ABC").getInt("modulesDone")).isZero();

    HttpResponse<String> rules =
        putJson(
            "identity-rules",
            "[{\"homePage\":\""
                + byUsername
                + "\",\"accountName\":\"USERNAME\"},{\"homePage\":\""
                + byEmail
                + "\",\"accountName\":\"EMAIL\"},{\"homePage\":\""
                + byEmployeeId
                + "\",\"accountName\":\"EMPLOYEE_ID\"}]");
    assertThat(rules.statusCode()).as(rules.body()).isEqualTo(200);
    JsonArray listed = Http.json(api.asAdmin().get(path("identity-rules"))).asJsonArray();
    assertThat(listed).hasSize(4);
    assertThat(listed.getJsonObject(0).getString("homePage"))
        .isEqualTo(municipality().getString("accountHomePage"));
    assertThat(listed.getJsonObject(0).getString("accountName")).isEqualTo("EMPLOYEE_ID");
    HttpResponse<String> links =
        putCsv(
            "identity-links", "employee_id,home_page,account_name\n1002," + byUsername + ",57\n");
    assertThat(links.statusCode()).as(links.body()).isEqualTo(200);
    assertThat(Http.json(links).asJsonObject().getInt("links")).isEqualTo(1);
    awaitProjected();

    JsonObject abc = course(progress("1002"), "ABC");
    for (String module : new String[] {"A", "B", "C", "D"}) {
      assertThat(module(abc, module).getBoolean("completed")).as(module).isTrue();
    }
    assertThat(course(progress("1001"), "ABC").getInt("modulesDone")).isZero();

    // Another municipality with the same LMS and rules changes nothing here, nor the reverse.
    String other = Tenants.newMunicipality(api);
    Tenants.importCsv(api, other, "units", UNITS);
    Tenants.importCsv(api, other, "staff", USERNAME_HEADER + KARI.strip() + ",knordmann\n");
    HttpResponse<String> theirs =
        api.asAdmin()
            .put(
                "api/v1/municipalities/" + other + "/identity-rules",
                "application/json",
                ("[{\"homePage\":\"" + byUsername + "\",\"accountName\":\"USERNAME\"}]")
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(200);
    Tenants.awaitProjected(api, other);
    assertThat(
            Http.json(api.asAdmin().get("api/v1/municipalities/" + other + "/staff/1002/progress"))
                .asJsonObject()
                .getJsonArray("courses")
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("code").equals("ABC"))
                .findFirst()
                .orElseThrow()
                .getInt("modulesDone"))
        .isZero();

    assertThat(putJson("identity-rules", "[]").statusCode()).isEqualTo(200);
    assertThat(putCsv("identity-links", "employee_id,home_page,account_name\n").statusCode())
        .isEqualTo(200);
    awaitProjected();
    assertThat(course(progress("1002"), "ABC").getInt("modulesDone")).isZero();
  }

  @Test
  void badRulesAndLinksAreRefusedNamingTheProblemAndChangeNothing() {
    roster(KARI);
    String moodle = "https://kurs.oslo.kommune.no";
    assertThat(
            putJson(
                    "identity-rules",
                    "[{\"homePage\":\"" + moodle + "\",\"accountName\":\"EMAIL\"}]")
                .statusCode())
        .isEqualTo(200);
    String before = api.asAdmin().get(path("identity-rules")).body();
    String own = municipality().getString("accountHomePage");
    assertProblem(putJson("identity-rules", "{}"), 400, "array");
    assertProblem(
        putJson("identity-rules", "[{\"homePage\":\"ftp://x.no\",\"accountName\":\"EMAIL\"}]"),
        400,
        "[0].homePage");
    assertProblem(
        putJson("identity-rules", "[{\"homePage\":\"" + moodle + "\",\"accountName\":\"NAME\"}]"),
        400,
        "[0].accountName");
    assertProblem(
        putJson(
            "identity-rules",
            "[{\"homePage\":\""
                + moodle
                + "\",\"accountName\":\"EMAIL\"},"
                + "{\"homePage\":\""
                + moodle
                + "\",\"accountName\":\"USERNAME\"}]"),
        400,
        "[1].homePage");
    assertProblem(
        putJson("identity-rules", "[{\"homePage\":\"" + own + "\",\"accountName\":\"EMAIL\"}]"),
        400,
        "[0].accountName");
    assertThat(api.asAdmin().get(path("identity-rules")).body()).isEqualTo(before);
    assertProblem(patchHomePage(api.asAdmin(), moodle), 409, "identity rules");
    assertThat(municipality().getString("accountHomePage")).isEqualTo(own);

    String header = "employee_id,home_page,account_name\n";
    assertThat(putCsv("identity-links", header + "1002," + moodle + ",57\n").statusCode())
        .isEqualTo(200);
    HttpResponse<String> bad =
        putCsv(
            "identity-links",
            header
                + "9999,"
                + moodle
                + ",58\n"
                + "1002,moodle,59\n"
                + "1002,"
                + moodle
                + ",60\n"
                + "1002,"
                + moodle
                + ",60\n"
                + "1002,"
                + own
                + ",61\n");
    assertProblem(bad, 400);
    JsonObject problem = Http.json(bad).asJsonObject();
    assertThat(problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getInt("line")))
        .containsExactly(2, 3, 5, 6);
    assertThat(bad.body()).contains("Unknown employee_id 9999", "linked on line 4");
    assertThat(Http.json(api.asAdmin().get(path("identity-links"))).asJsonArray())
        .hasSize(1)
        .first()
        .extracting(v -> v.asJsonObject().getString("accountName"))
        .isEqualTo("57");

    Http staff = api.basic(Tenants.newUser(api, code, "STAFF", null, "1002"), "password-1");
    assertThat(staff.get(path("identity-rules")).statusCode()).isEqualTo(403);
    assertThat(
            staff
                .put(path("identity-links"), "text/csv", header.getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void activityMappingsCountMoodleStatementsAlreadyStoredAndRemovingThemWithdraws() {
    String moodle = "https://kurs.oslo.kommune.no";
    String scormA = moodle + "/mod/scorm/view.php?id=101";
    String scormB = moodle + "/mod/scorm/view.php?id=102";
    String course = moodle + "/course/view.php?id=12";
    Tenants.importCsv(api, code, "staff", USERNAME_HEADER + KARI.strip() + ",knordmann\n");
    assertThat(putJson("identity-rules", rule(moodle, "USERNAME")).statusCode()).isEqualTo(200);
    post(
        moodleModuleCompletion(moodle, "knordmann", KARI_NAME, scormA),
        moodleCourseCompletion(moodle, "knordmann", course));
    awaitProjected();
    JsonObject before = course(progress("1002"), "ABC");
    assertThat(before.getInt("modulesDone")).isZero();
    assertThat(before.getBoolean("completed")).isFalse();

    HttpResponse<String> mapped =
        putJson(
            "activity-mappings",
            "[{\"activityId\":\""
                + scormA
                + "\",\"course\":\"ABC\",\"module\":\"A\",\"launchUrl\":\""
                + scormA
                + "\"},{\"activityId\":\""
                + scormB
                + "\",\"course\":\"ABC\",\"module\":\"B\"},{\"activityId\":\""
                + course
                + "\",\"course\":\"ABC\"}]");
    assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(200);
    JsonArray listed = Http.json(api.asAdmin().get(path("activity-mappings"))).asJsonArray();
    assertThat(listed).hasSize(3);
    assertThat(listed.getJsonObject(0).containsKey("module")).as("the course first").isFalse();
    awaitProjected();

    JsonObject abc = course(progress("1002"), "ABC");
    assertThat(module(abc, "A").getBoolean("completed")).as("stored before the mapping").isTrue();
    assertThat(module(abc, "B").getBoolean("completed")).isFalse();
    assertThat(abc.getBoolean("completed")).isTrue();
    assertThat(abc.getJsonObject("completion").getString("basis")).isEqualTo("LMS");

    post(moodleModuleCompletion(moodle, "knordmann", KARI_NAME, scormB));
    awaitProjected();
    assertThat(module(course(progress("1002"), "ABC"), "B").getBoolean("completed"))
        .as("stored after the mapping")
        .isTrue();

    // Another municipality with the same Moodle but no mappings counts none of it.
    String other = Tenants.newMunicipality(api);
    Tenants.importCsv(api, other, "units", UNITS);
    Tenants.importCsv(api, other, "staff", USERNAME_HEADER + KARI.strip() + ",knordmann\n");
    assertThat(
            api.asAdmin()
                .put(
                    "api/v1/municipalities/" + other + "/identity-rules",
                    "application/json",
                    rule(moodle, "USERNAME").getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(200);
    LrsCredentials theirs = Tenants.newLrsClient(api, other, "all");
    HttpResponse<String> posted =
        api.xapi(theirs.key(), theirs.secret())
            .post(
                "xapi/statements",
                "["
                    + moodleModuleCompletion(moodle, "knordmann", KARI_NAME, scormA)
                    + ","
                    + moodleCourseCompletion(moodle, "knordmann", course)
                    + "]");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    Tenants.awaitProjected(api, other);
    JsonObject theirAbc =
        course(
            Http.json(api.asAdmin().get("api/v1/municipalities/" + other + "/staff/1002/progress"))
                .asJsonObject(),
            "ABC");
    assertThat(theirAbc.getInt("modulesDone")).isZero();
    assertThat(theirAbc.getBoolean("completed")).isFalse();

    assertThat(putJson("activity-mappings", "[]").statusCode()).isEqualTo(200);
    awaitProjected();
    JsonObject after = course(progress("1002"), "ABC");
    assertThat(after.getInt("modulesDone")).isZero();
    assertThat(after.getBoolean("completed")).isFalse();
  }

  /**
   * The profile's national mappings (also-known-as: KS Læring's example ids) count in every
   * municipality with no mapping of its own, never appear in the inbox, and a municipality's own
   * mapping of the same id takes precedence, for what was stored before it too; removing it gives
   * the national one back.
   */
  @Test
  void nationalMappingsFromTheProfileCountEverywhereAndAMunicipalityMappingOverridesThem() {
    String ksLaering = "https://kslaring.no/mod/scorm/view.php?id=9101";
    roster(KARI);
    post(
        packageStatement(
            mboxAgent("mailto:kari.nordmann@oslo.kommune.no", KARI_NAME),
            ADL_COMPLETED,
            ksLaering));
    awaitProjected();
    JsonObject abc = course(progress("1002"), "ABC");
    assertThat(module(abc, "A").getBoolean("completed")).as("national: module A").isTrue();
    assertThat(inbox("activities").toString()).doesNotContain(ksLaering);
    assertThat(Http.json(api.asAdmin().get(path("activity-mappings"))).asJsonArray()).isEmpty();

    HttpResponse<String> mapped =
        putJson(
            "activity-mappings",
            "[{\"activityId\":\"" + ksLaering + "\",\"course\":\"ABC\",\"module\":\"B\"}]");
    assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(200);
    awaitProjected();
    abc = course(progress("1002"), "ABC");
    assertThat(module(abc, "A").getBoolean("completed")).as("overridden").isFalse();
    assertThat(module(abc, "B").getBoolean("completed")).as("the municipality's").isTrue();
    assertThat(Http.json(api.asAdmin().get(path("activity-mappings/applying"))).asJsonArray())
        .as("applied")
        .isEmpty();

    assertThat(putJson("activity-mappings", "[]").statusCode()).isEqualTo(200);
    awaitProjected();
    abc = course(progress("1002"), "ABC");
    assertThat(module(abc, "A").getBoolean("completed")).as("national again").isTrue();
    assertThat(module(abc, "B").getBoolean("completed")).isFalse();

    String other = Tenants.newMunicipality(api);
    Http theirCoordinator =
        api.basic(Tenants.newUser(api, other, "COORDINATOR", null, null), "password-1");
    assertThat(theirCoordinator.get(path("activity-mappings/applying")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void badMappingsAreRefusedNamingTheProblemAndChangeNothing() {
    String scorm = "https://kurs.oslo.kommune.no/mod/scorm/view.php?id=101";
    String good = "{\"activityId\":\"" + scorm + "\",\"course\":\"ABC\",\"module\":\"A\"}";
    assertThat(putJson("activity-mappings", "[" + good + "]").statusCode()).isEqualTo(200);
    String before = api.asAdmin().get(path("activity-mappings")).body();
    assertProblem(putJson("activity-mappings", "{}"), 400, "array");
    assertProblem(
        putJson("activity-mappings", "[{\"activityId\":\"scorm 101\",\"course\":\"ABC\"}]"),
        400,
        "[0].activityId");
    assertProblem(
        putJson(
            "activity-mappings", "[{\"activityId\":\"" + ABC + "/modules/a\",\"course\":\"ABC\"}]"),
        400,
        "[0].activityId",
        "profile's own");
    assertProblem(
        putJson("activity-mappings", "[" + good + "," + good + "]"), 400, "[1].activityId");
    assertProblem(
        putJson("activity-mappings", "[{\"activityId\":\"" + scorm + "\",\"course\":\"XYZ\"}]"),
        400,
        "[0].course",
        "ABC");
    assertProblem(
        putJson(
            "activity-mappings",
            "[{\"activityId\":\"" + scorm + "\",\"course\":\"ABC\",\"module\":\"Z\"}]"),
        400,
        "[0].module",
        "A, B");
    assertProblem(
        putJson(
            "activity-mappings",
            "[{\"activityId\":\""
                + scorm
                + "\",\"course\":\"ABC\",\"launchUrl\":\"javascript:x\"}]"),
        400,
        "[0].launchUrl");
    assertThat(api.asAdmin().get(path("activity-mappings")).body()).isEqualTo(before);
    roster(KARI);
    Http staff = api.basic(Tenants.newUser(api, code, "STAFF", null, "1002"), "password-1");
    assertThat(staff.get(path("activity-mappings")).statusCode()).isEqualTo(403);
  }

  @Test
  void theInboxShowsWhatCountsForNobodyYetWithCountsAndSuggestionsUntilItIsMapped() {
    String moodle = "https://kurs.oslo.kommune.no";
    String scormA = moodle + "/mod/scorm/view.php?id=101";
    Tenants.importCsv(
        api, code, "staff", USERNAME_HEADER + KARI.strip() + ",knordmann\n" + OLA.strip() + ",\n");
    post(
        moodleModuleCompletion(moodle, "KNordmann", KARI_NAME, scormA),
        moodleModuleCompletion(moodle, "knordmann", KARI_NAME, scormA),
        moodleModuleCompletion(moodle, "57", KARI_NAME, scormA),
        packageStatement(
            "{\"name\":\"Ukjent\",\"mbox\":\"mailto:ukjent@example.no\"}",
            "http://adlnet.gov/expapi/verbs/attempted",
            ABC + "/modules/a"),
        packageStatement(
            mboxAgent("mailto:ola@kommune.no", KARI_NAME), ADL_COMPLETED, ABC + "/modules/a"));

    JsonArray actors = inbox("actors");
    JsonObject username = actor(actors, "knordmann");
    assertThat(username.getString("homePage")).isEqualTo(moodle);
    assertThat(username.getInt("statements")).isEqualTo(2);
    assertThat(username.getInt("completingStatements")).isEqualTo(2);
    assertThat(username.getString("name")).isEqualTo("Kari Nordmann");
    assertThat(username.getString("firstStored")).isNotEmpty();
    assertThat(
            username.getJsonArray("suggestions").stream()
                .map(
                    s ->
                        s.asJsonObject().getString("employeeId")
                            + " "
                            + s.asJsonObject().getString("matchedBy")))
        .contains("1002 USERNAME", "1002 NAME");
    assertThat(
            actor(actors, "57").getJsonArray("suggestions").stream()
                .map(s -> s.asJsonObject().getString("matchedBy")))
        .containsExactly("NAME");
    JsonObject unknown =
        actors.stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> "mailto:ukjent@example.no".equals(a.getString("mbox", "")))
            .findFirst()
            .orElseThrow();
    assertThat(unknown.getInt("completingStatements")).isZero();
    assertThat(actors.stream().map(a -> a.asJsonObject().getString("mbox", "")))
        .as("Ola is in the roster")
        .doesNotContain("mailto:ola@kommune.no");

    JsonArray activities = inbox("activities");
    assertThat(activities).hasSize(1);
    JsonObject scorm = activities.getJsonObject(0);
    assertThat(scorm.getString("activityId")).isEqualTo(scormA);
    assertThat(scorm.getString("name")).isEqualTo("Modul A: Lov og etikk");
    assertThat(scorm.getInt("statements")).isEqualTo(3);
    assertThat(scorm.getInt("completingStatements")).isEqualTo(3);
    assertThat(scorm.getInt("persons")).isEqualTo(2);
    JsonObject suggestion = scorm.getJsonArray("suggestions").getJsonObject(0);
    assertThat(suggestion.getString("course") + suggestion.getString("module")).isEqualTo("ABCA");

    assertThat(putJson("identity-rules", rule(moodle, "USERNAME")).statusCode()).isEqualTo(200);
    assertThat(
            putJson(
                    "activity-mappings",
                    "[{\"activityId\":\"" + scormA + "\",\"course\":\"ABC\",\"module\":\"A\"}]")
                .statusCode())
        .isEqualTo(200);
    assertThat(inbox("actors").stream().map(a -> a.asJsonObject().getString("accountName", "")))
        .doesNotContain("knordmann")
        .contains("57");
    assertThat(inbox("activities")).isEmpty();

    assertProblem(api.asAdmin().get(path("unmatched/actors?limit=0")), 400, "limit");
    assertProblem(api.asAdmin().get(path("unmatched/activities?limit=x")), 400, "limit");
    assertProblem(api.asAdmin().get(path("unmatched/actors?offset=-1")), 400, "offset");
    assertProblem(api.asAdmin().get(path("unmatched/activities?offset=x")), 400, "offset");
    assertProblem(api.asAdmin().get(path("unmatched/actors?offset=1000001")), 400, "offset");
    // paged: the second page of one row is the second actor of the whole list
    JsonArray all = inbox("actors");
    assertThat(all.size()).isGreaterThanOrEqualTo(2);
    assertThat(inbox("actors?limit=1&offset=1")).containsExactly(all.get(1));
    assertThat(inbox("actors?offset=" + all.size())).isEmpty();
    String other = Tenants.newMunicipality(api);
    Http theirCoordinator =
        api.basic(Tenants.newUser(api, other, "COORDINATOR", null, null), "password-1");
    assertThat(theirCoordinator.get(path("unmatched/actors")).statusCode()).isEqualTo(403);
    assertThat(
            Http.json(api.asAdmin().get("api/v1/municipalities/" + other + "/unmatched/actors"))
                .asJsonArray())
        .isEmpty();
  }

  // --- statements in the shapes LMSs send ---

  static String rule(String homePage, String accountName) {
    return "[{\"homePage\":\"" + homePage + "\",\"accountName\":\"" + accountName + "\"}]";
  }

  /**
   * A course completion as Moodle's logstore_xapi sends it: Tin Can's completed on the course page.
   */
  static String moodleCourseCompletion(String wwwroot, String user, String courseUrl) {
    return "{\"id\":\""
        + UUID.randomUUID()
        + "\",\"actor\":{\"objectType\":\"Agent\",\"name\":\"Kari Nordmann\","
        + "\"account\":{\"homePage\":\""
        + wwwroot
        + "\",\"name\":\""
        + user
        + "\"}},\"verb\":{\"id\":\"http://id.tincanapi.com/verb/completed\","
        + "\"display\":{\"en\":\"completed\"}},\"object\":{\"objectType\":\"Activity\","
        + "\"id\":\""
        + courseUrl
        + "\",\"definition\":{\"type\":\"http://id.tincanapi.com/activitytype/lms/course\","
        + "\"name\":{\"en\":\"Velferdsteknologiens ABC\"}}},"
        + "\"timestamp\":\"2024-10-01T13:00:00+02:00\","
        + "\"context\":{\"platform\":\"Moodle\",\"language\":\"nb\","
        + "\"contextActivities\":{\"category\":[{\"objectType\":\"Activity\","
        + "\"id\":\"http://moodle.org\",\"definition\":{\"type\":"
        + "\"http://id.tincanapi.com/activitytype/source\",\"name\":{\"en\":\"Moodle\"}}}]}}}";
  }

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

  JsonArray inbox(String what) {
    HttpResponse<String> inbox = api.asAdmin().get(path("unmatched/" + what));
    assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
    return Http.json(inbox).asJsonArray();
  }

  static JsonObject actor(JsonArray actors, String accountName) {
    return actors.stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> accountName.equals(a.getString("accountName", "")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no account " + accountName + " in " + actors));
  }

  HttpResponse<String> putJson(String what, String json) {
    return api.asAdmin().put(path(what), "application/json", json.getBytes(StandardCharsets.UTF_8));
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
