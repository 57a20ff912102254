package no.abctracker.training.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.Tenants;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cohorts, sessions, enrolment, attendance and check-in over HTTP, as coordinators, facilitators,
 * unit leaders and staff use them, with the attendance statements read back from the LRS.
 */
@ExtendWith(ArquillianExtension.class)
class CohortsIT {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final String PASSWORD = "password-1";

  static final String UNITS =
      "unit_code,name,parent_code,unit_type\n"
          + "HO,Helse og omsorg,,ADMINISTRATION\n"
          + "HJT,Hjemmetjenesten,HO,HOME_CARE\n"
          + "HJT-N,Hjemmetjenesten nord,HJT,HOME_CARE\n"
          + "HJT-S,Hjemmetjenesten sør,HJT,HOME_CARE\n"
          + "SHJ,Sykehjemmet,HO,INSTITUTION\n";

  static final String ROSTER =
      Tenants.STAFF_HEADER
          + "1001,Ola Nordmann,ola@kommune.no,HJT-N,7174,Helsefagarbeider,75,THREE_SHIFT,PERMANENT,2020-01-01,\n"
          + "1002,Kari Nordmann,kari@kommune.no,HJT-S,7076,Sykepleier,100,DAY,PERMANENT,2019-08-01,\n"
          + "1003,Per Hansen,,SHJ,7174,Helsefagarbeider,50,NIGHT,TEMPORARY,2022-03-01,\n"
          + "1004,Anne Berg,anne@kommune.no,SHJ,7076,Sykepleier,80,NIGHT,PERMANENT,2018-01-01,\n"
          + "1005,Eva Sluttet,,HJT-N,7174,Helsefagarbeider,100,NIGHT,PERMANENT,2015-01-01,2020-12-31\n"
          + "1006,Lise Lund,,HJT-S,7174,Helsefagarbeider,40,WEEKEND,PERMANENT,2021-01-01,\n"
          + "1006,Lise Lund,,SHJ,7076,Sykepleier,40,DAY,PERMANENT,2021-01-01,\n";

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  Http api;
  String code;
  String coordinatorUser;
  Http coordinator;
  LocalDate today;

  @BeforeEach
  void municipalityWithUnitsStaffAndACoordinator() {
    api = Http.at(base);
    code = Tenants.newMunicipality(api);
    assertStatus(put(api.asAdmin(), "units", UNITS), 200);
    assertStatus(put(api.asAdmin(), "staff", ROSTER), 200);
    coordinatorUser = user("COORDINATOR", null, null);
    coordinator = as(coordinatorUser);
    today = LocalDate.now(OSLO);
  }

  @Test
  void aCoordinatorCreatesACohortSchedulesItsSessionsAndRevisesThem() {
    String veileder = user("STAFF", null, "1004");
    HttpResponse<String> created =
        coordinator.post(
            path("cohorts"),
            cohortJson("ABC hjemmetjenesten vår", "ABC", "2016", veileder)
                .replace(
                    "\"abcContact\":null",
                    "\"abcContact\":{\"name\":\"Siri Kontakt\",\"email\":\"siri@kommune.no\","
                        + "\"phone\":\"+47 900 00 000\"}"));
    assertStatus(created, 201);
    JsonObject cohort = Http.json(created).asJsonObject();
    String id = cohort.getString("id");
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith(id));
    assertThat(cohort.getString("activityId"))
        .isEqualTo("https://abc-tracker.no/xapi/cohorts/" + id);
    assertThat(cohort.getString("courseCode")).isEqualTo("ABC");
    assertThat(cohort.getString("versionCode")).isEqualTo("2016");
    assertThat(cohort.getJsonObject("abcContact").getString("phone")).isEqualTo("+47 900 00 000");
    assertThat(cohort.getJsonArray("facilitators").getJsonObject(0).getString("username"))
        .isEqualTo(veileder);
    assertThat(cohort.getString("access")).isEqualTo("MANAGE");
    assertThat(cohort.containsKey("attendanceRule")).as("no sessions yet").isFalse();

    JsonObject first = session(id, "{\"kind\":\"JOINT\",\"title\":\"Oppstart\"," + times(-7) + "}");
    assertThat(first.getInt("number")).as("the cohort's next number").isEqualTo(1);
    assertThat(first.getString("startsAt")).isEqualTo(today.minusDays(7) + "T09:00");
    assertThat(first.getString("activityId"))
        .isEqualTo(cohort.getString("activityId") + "/sessions/" + first.getString("id"));
    JsonObject third =
        session(
            id,
            "{\"number\":3,\"kind\":\"LOCAL\",\"title\":\"Teknologi i bruk\",\"location\":\"Rådhuset\","
                + "\"moduleCodes\":[\"C\",\"B\"],"
                + times(14)
                + "}");
    assertThat(third.getJsonArray("moduleCodes").toString()).isEqualTo("[\"B\",\"C\"]");
    JsonObject fourth = session(id, "{\"kind\":\"LOCAL\",\"title\":\"Fjerde\"," + times(21) + "}");
    assertThat(fourth.getInt("number")).isEqualTo(4);

    HttpResponse<String> moved =
        coordinator.send(
            "PUT",
            path("cohorts/" + id + "/sessions/" + third.getString("id")),
            "application/json",
            ("{\"number\":2,\"kind\":\"JOINT\",\"title\":\"Teknologi i bruk\","
                    + "\"startsAt\":\""
                    + today.plusDays(15)
                    + "T12:30\",\"endsAt\":\""
                    + today.plusDays(15)
                    + "T16:00\",\"moduleCodes\":[\"C\"]}")
                .getBytes(StandardCharsets.UTF_8));
    assertStatus(moved, 200);
    assertThat(Http.json(moved).asJsonObject().getInt("number")).isEqualTo(2);
    assertThat(Http.json(moved).asJsonObject().getString("startsAt"))
        .isEqualTo(today.plusDays(15) + "T12:30");
    assertThat(Http.json(moved).asJsonObject().containsKey("location")).isFalse();

    assertStatus(
        coordinator.delete(path("cohorts/" + id + "/sessions/" + fourth.getString("id"))), 204);
    assertStatus(
        coordinator.get(path("cohorts/" + id + "/sessions/" + fourth.getString("id"))), 404);

    JsonObject read = Http.json(coordinator.get(path("cohorts/" + id))).asJsonObject();
    assertThat(read.getJsonArray("sessions"))
        .extracting(s -> s.asJsonObject().getInt("number"))
        .containsExactly(1, 2);
    assertThat(read.getJsonObject("attendanceRule").getInt("minimumAttendancePercent"))
        .isEqualTo(80);
    assertThat(read.getJsonObject("attendanceRule").getInt("requiredSessions")).isEqualTo(2);

    HttpResponse<String> renamed =
        coordinator.send(
            "PUT",
            path("cohorts/" + id),
            "application/json",
            cohortJson("ABC hjemmetjenesten høst", "ABC", "2016").getBytes(StandardCharsets.UTF_8));
    assertStatus(renamed, 200);
    assertThat(Http.json(renamed).asJsonObject().getString("name"))
        .isEqualTo("ABC hjemmetjenesten høst");
    assertThat(Http.json(renamed).asJsonObject().getJsonArray("facilitators")).isEmpty();
    assertThat(Http.json(renamed).asJsonObject().containsKey("abcContact")).isFalse();

    JsonArray list = Http.json(coordinator.get(path("cohorts"))).asJsonArray();
    assertThat(list).hasSize(1);
    assertThat(list.getJsonObject(0).getInt("sessionCount")).isEqualTo(2);
    assertThat(list.getJsonObject(0).getJsonObject("nextSession").getInt("number")).isEqualTo(2);

    String openapi = Http.at(root()).get("openapi").body();
    assertThat(openapi)
        .contains(
            "/municipalities/{code}/cohorts/{cohortId}/sessions/{sessionId}/check-in/qr",
            "/municipalities/{code}/check-ins",
            "/municipalities/{code}/staff/{employeeId}/sessions",
            "Cohorts");

    // Without attendance a cohort goes with its members, facilitators, sessions and codes.
    enrol(id, "1001", "1002");
    String checkIn = path("cohorts/" + id + "/sessions/" + first.getString("id") + "/check-in");
    String openCode = Http.json(coordinator.post(checkIn, "")).asJsonObject().getString("code");
    assertStatus(coordinator.delete(path("cohorts/" + id)), 204);
    assertStatus(coordinator.get(path("cohorts/" + id)), 404);
    assertThat(Http.json(coordinator.get(path("cohorts"))).asJsonArray()).isEmpty();
    assertProblem(
        as(user("STAFF", null, "1001")).post(checkIns(), "{\"code\":\"" + openCode + "\"}"),
        400,
        "is not a check-in code");
  }

  @Test
  void badCohortsAreRefusedWithTheirFaultsNamedAndNothingIsCreated() {
    assertProblem(
        coordinator.post(path("cohorts"), cohortJson("X", "NOPE", "2016")),
        400,
        "courseCode: no course 'NOPE'",
        "ABC");
    assertProblem(
        coordinator.post(path("cohorts"), cohortJson("X", "ABC", "1999")),
        400,
        "versionCode: course ABC has no version '1999'",
        "[2016, DIGITAL]");
    assertProblem(
        coordinator.post(path("cohorts"), cohortJson("X", "ABC", "2016", "nobody-here")),
        400,
        "facilitators: no users named [nobody-here]");
    assertProblem(
        coordinator.post(
            path("cohorts"),
            "{\"name\":\"\",\"courseCode\":\"ABC\",\"versionCode\":5,\"startDate\":\"2025-02-30\","
                + "\"endDate\":\"2025-01-01\",\"facilitators\":\"x\","
                + "\"abcContact\":{\"name\":\"Siri\",\"email\":\"ikke-epost\"}}"),
        400,
        "name: must not be empty",
        "versionCode: must be a string",
        "startDate: '2025-02-30' is not a date",
        "facilitators: must be an array of strings",
        "abcContact.email: 'ikke-epost' is not an e-mail address");
    assertProblem(
        coordinator.post(
            path("cohorts"),
            cohortJson("X", "ABC", "2016")
                .replace(
                    "\"endDate\":\"" + today.plusDays(60) + "\"",
                    "\"endDate\":\"" + today.minusDays(31) + "\"")),
        400,
        "endDate: " + today.minusDays(31) + " is before startDate");
    assertProblem(
        coordinator.post(
            path("cohorts"),
            cohortJson("X", "ABC", "2016")
                .replace("\"abcContact\":null", "\"abcContact\":{\"name\":\"Siri\"}")),
        400,
        "abcContact.email: an ABC contact needs an e-mail address or a phone number");
    assertProblem(coordinator.post(path("cohorts"), "[1,2]"), 400, "must be a JSON object");
    assertProblem(coordinator.post(path("cohorts"), "{\"name\":"), 400, "JSON");
    assertThat(Http.json(coordinator.get(path("cohorts"))).asJsonArray()).isEmpty();
    assertProblem(coordinator.get(path("cohorts/not-a-cohort")), 404, "No cohort not-a-cohort");
  }

  @Test
  void badSessionsAreRefusedAndTheScheduleStaysAsItWas() {
    String id = cohort("ABC sykehjemmet");
    JsonObject first = session(id, "{\"kind\":\"JOINT\",\"title\":\"Oppstart\"," + times(-7) + "}");
    String sessions = path("cohorts/" + id + "/sessions");

    assertProblem(
        coordinator.post(
            sessions, "{\"number\":1,\"kind\":\"LOCAL\",\"title\":\"Dobbel\"," + times(3) + "}"),
        409,
        "has a session 1 already ('Oppstart')");
    assertProblem(
        coordinator.post(
            sessions,
            "{\"kind\":\"LOCAL\",\"title\":\"Moduler\",\"moduleCodes\":[\"A\",\"Z\"],"
                + times(3)
                + "}"),
        400,
        "moduleCodes: course ABC has no modules [Z]",
        "[A, B, C, D, E]");
    assertProblem(
        coordinator.post(
            sessions,
            "{\"kind\":\"LOCAL\",\"title\":\"Baklengs\",\"startsAt\":\""
                + today
                + "T15:00\",\"endsAt\":\""
                + today
                + "T09:00\"}"),
        400,
        "endsAt: " + today + "T09:00 must be after startsAt");
    assertProblem(
        coordinator.post(sessions, "{\"kind\":\"LOCAL\",\"title\":\"For sent\"," + times(90) + "}"),
        400,
        "is outside the cohort's period");
    assertProblem(
        coordinator.post(
            sessions,
            "{\"kind\":\"LOCAL\",\"title\":\"Sommertid\",\"startsAt\":\"2026-03-29T02:30\","
                + "\"endsAt\":\"2026-03-29T04:00\"}"),
        400,
        "2026-03-29T02:30 does not exist in Norwegian time");
    assertProblem(
        coordinator.post(
            sessions,
            "{\"number\":0,\"kind\":\"REMOTE\",\"startsAt\":\""
                + today
                + "T09:00+01:00\",\"endsAt\":\"i morgen\"}"),
        400,
        "number: must be from 1 to 100",
        "kind: 'REMOTE' is not one of [JOINT, LOCAL]",
        "title: is required",
        "startsAt: '" + today + "T09:00+01:00' is not a Norwegian local date and time",
        "endsAt: 'i morgen'");

    assertProblem(
        coordinator.send(
            "PUT",
            path("cohorts/" + id),
            "application/json",
            cohortJson("ABC sykehjemmet", "ABC", "DIGITAL").getBytes(StandardCharsets.UTF_8)),
        409,
        "has sessions, so its course and version cannot change");
    assertProblem(
        coordinator.send(
            "PUT",
            path("cohorts/" + id),
            "application/json",
            cohortJson("ABC sykehjemmet", "ABC", "2016")
                .replace(
                    "\"startDate\":\"" + today.minusDays(30) + "\"",
                    "\"startDate\":\"" + today + "\"")
                .getBytes(StandardCharsets.UTF_8)),
        400,
        "sessions [1] would be outside the period");

    JsonObject read = Http.json(coordinator.get(path("cohorts/" + id))).asJsonObject();
    assertThat(read.getString("versionCode")).isEqualTo("2016");
    assertThat(read.getJsonArray("sessions")).hasSize(1);
    assertThat(read.getJsonArray("sessions").getJsonObject(0)).isEqualTo(with(first, 0));
    assertProblem(coordinator.get(sessions + "/nope"), 404, "No session nope");
  }

  @Test
  void coordinatorsEnrolByHandAndByRuleEachPersonOnce() {
    String id = cohort("ABC alle");
    String members = path("cohorts/" + id + "/members");

    assertProblem(
        coordinator.post(members, "{\"employeeIds\":[\"1001\",\"9998\",\"9999\"]}"),
        400,
        "No employee with the number 9998, 9999",
        "nothing was changed");
    // the same problem in Bokmål when the client asks for Norwegian
    HttpResponse<String> inBokmal =
        coordinator
            .header("Accept-Language", "nb-NO, en;q=0.5")
            .post(members, "{\"employeeIds\":[\"9999\"]}");
    assertProblem(
        inBokmal, 400, "Ingen ansatt med nummer 9999 i denne kommunen. Ingenting ble endret.");
    assertThat(inBokmal.headers().firstValue("Content-Language")).hasValue("nb");
    assertThat(memberIds(id)).isEmpty();
    assertProblem(coordinator.post(members, "{\"employeeIds\":[]}"), 400, "needs at least one");

    assertOutcome(coordinator.post(members, "{\"employeeIds\":[\"1001\",\"1002\"]}"), 2, 2, 0);
    assertOutcome(
        coordinator.post(members, "{\"employeeIds\":[\"1001\",\"1002\",\"1001\"]}"), 2, 0, 2);

    String byRule = members + "/by-rule";
    assertOutcome(coordinator.post(byRule, "{\"unitCode\":\"HJT\"}"), 3, 1, 2);
    assertThat(memberIds(id)).containsExactlyInAnyOrder("1001", "1002", "1006");
    assertOutcome(coordinator.post(byRule, "{\"shiftPattern\":\"night\"}"), 2, 2, 0);
    assertThat(memberIds(id))
        .as("1005's employment ended in 2020")
        .containsExactlyInAnyOrder("1001", "1002", "1003", "1004", "1006");
    assertOutcome(coordinator.post(byRule, "{\"shiftPattern\":\"NIGHT\"}"), 2, 0, 2);

    String other = cohort("ABC sykepleiere på sykehjemmet");
    assertOutcome(
        coordinator.post(
            path("cohorts/" + other + "/members/by-rule"),
            "{\"unitCode\":\"SHJ\",\"positionCode\":\"7076\"}"),
        2,
        2,
        0);
    assertThat(memberIds(other)).containsExactlyInAnyOrder("1004", "1006");
    assertOutcome(
        coordinator.post(
            path("cohorts/" + other + "/members/by-rule"),
            "{\"unitCode\":\"HJT\",\"positionCode\":\"7174\",\"shiftPattern\":\"WEEKEND\"}"),
        1,
        0,
        1);
    assertOutcome(
        coordinator.post(
            path("cohorts/" + other + "/members/by-rule"),
            "{\"unitCode\":\"SHJ\",\"shiftPattern\":\"WEEKEND\"}"),
        0,
        0,
        0);

    assertProblem(coordinator.post(byRule, "{}"), 400, "at least one of unitCode");
    assertProblem(coordinator.post(byRule, "{\"unitCode\":\"UKJENT\"}"), 400, "no unit UKJENT");
    assertProblem(
        coordinator.post(byRule, "{\"shiftPattern\":\"EVENING\"}"),
        400,
        "shiftPattern: 'EVENING' is not one of [DAY, TWO_SHIFT");
    assertProblem(
        coordinator.post(byRule, "{\"positionCode\":\"9999\"}"),
        400,
        "has ever held position code 9999");
    assertProblem(
        coordinator.post(byRule, "{\"positionCode\":\"71\"}"), 400, "not a 4-digit KS position");

    assertStatus(coordinator.delete(members + "/1003"), 204);
    assertThat(memberIds(id)).doesNotContain("1003");
    assertProblem(coordinator.delete(members + "/1003"), 404, "not enrolled");
    assertProblem(coordinator.delete(members + "/4242"), 404, "No employee 4242");
  }

  @Test
  void aFacilitatorRecordsAttendanceAndEachIsAnAttendedStatementInTheLrs() {
    String veileder = user("STAFF", null, "1004");
    Http facilitator = as(veileder);
    String id = cohort("ABC kveld", veileder);
    JsonObject cohort = Http.json(coordinator.get(path("cohorts/" + id))).asJsonObject();
    enrol(id, "1001", "1002", "1006");
    JsonObject first = session(id, "{\"kind\":\"JOINT\",\"title\":\"Oppstart\"," + times(-7) + "}");
    session(id, "{\"kind\":\"LOCAL\",\"title\":\"Samling to\"," + times(7) + "}");
    String attendance =
        path("cohorts/" + id + "/sessions/" + first.getString("id") + "/attendance");

    assertProblem(
        facilitator.post(attendance, "{\"employeeIds\":[\"1001\",\"1003\",\"1004\"]}"),
        400,
        "employeeIds: [1003, 1004] are not enrolled",
        "Nothing was recorded");
    assertProblem(
        facilitator.post(attendance, "{\"employeeIds\":[\"1001\",\"7777\"]}"),
        400,
        "No employee with the number 7777");
    assertThat(Http.json(facilitator.get(attendance)).asJsonObject().getJsonArray("attended"))
        .isEmpty();

    HttpResponse<String> recorded =
        facilitator.post(attendance, "{\"employeeIds\":[\"1001\",\"1002\"]}");
    assertStatus(recorded, 200);
    assertThat(Http.json(recorded).asJsonObject().getInt("added")).isEqualTo(2);
    JsonObject again =
        Http.json(facilitator.post(attendance, "{\"employeeIds\":[\"1002\",\"1001\"]}"))
            .asJsonObject();
    assertThat(again.getInt("added")).isZero();
    assertThat(again.getInt("alreadyRecorded")).isEqualTo(2);

    JsonObject roll = Http.json(facilitator.get(attendance)).asJsonObject();
    assertThat(roll.getJsonArray("attended"))
        .extracting(a -> a.asJsonObject().getString("employeeId"))
        .containsExactly("1002", "1001");
    assertThat(roll.getJsonArray("notRecorded"))
        .extracting(a -> a.asJsonObject().getString("employeeId"))
        .containsExactly("1006");
    JsonObject ola = attendee(roll, "1001");
    assertThat(ola.getString("method")).isEqualTo("FACILITATOR");
    assertThat(ola.getString("recordedBy")).isEqualTo(veileder);

    String courseActivity =
        Http.json(api.asAdmin().get("api/v1/courses/ABC")).asJsonObject().getString("activityId");
    Http lrs = lrs();
    JsonObject statement = statement(lrs, ola.getString("statementId"));
    JsonObject facilitatorAgent =
        Json.createObjectBuilder()
            .add("objectType", "Agent")
            .add("name", "Anne Berg")
            .add(
                "account",
                Json.createObjectBuilder()
                    .add("homePage", "https://abc-tracker.no/users")
                    .add("name", veileder))
            .build();
    JsonObject expected =
        Json.createObjectBuilder()
            .add(
                "actor",
                Json.createObjectBuilder()
                    .add("objectType", "Agent")
                    .add("name", "Ola Nordmann")
                    .add(
                        "account",
                        Json.createObjectBuilder()
                            .add("homePage", "https://abc-tracker.no/kommune/" + code)
                            .add("name", "1001")))
            .add(
                "verb",
                Json.createObjectBuilder()
                    .add("id", "http://adlnet.gov/expapi/verbs/attended")
                    .add(
                        "display",
                        Json.createObjectBuilder()
                            .add("nb-NO", "deltok på")
                            .add("en-US", "attended")))
            .add(
                "object",
                Json.createObjectBuilder()
                    .add("objectType", "Activity")
                    .add("id", first.getString("activityId"))
                    .add(
                        "definition",
                        Json.createObjectBuilder()
                            .add("type", "http://adlnet.gov/expapi/activities/meeting")
                            .add(
                                "name",
                                Json.createObjectBuilder()
                                    .add("nb-NO", "ABC kveld: samling 1")
                                    .add("en", "ABC kveld: gathering 1"))))
            .add(
                "context",
                Json.createObjectBuilder()
                    .add("instructor", facilitatorAgent)
                    .add(
                        "contextActivities",
                        Json.createObjectBuilder()
                            .add(
                                "parent",
                                Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder().add("id", courseActivity)))
                            .add(
                                "grouping",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("id", cohort.getString("activityId")))))
                    .add(
                        "extensions",
                        Json.createObjectBuilder()
                            .add("https://abc-tracker.no/xapi/extensions/gathering", 1)
                            .add("https://abc-tracker.no/xapi/extensions/course-version", "2016")))
            .add("timestamp", utc(today.minusDays(7).atTime(9, 0)))
            .add("authority", facilitatorAgent)
            .build();
    assertThat(withoutLrsAssigned(statement)).isEqualTo(expected);
    JsonObject byActivity =
        Http.json(
                lrs.get(
                    "xapi/statements?verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fattended"
                        + "&activity="
                        + java.net.URLEncoder.encode(
                            first.getString("activityId"), StandardCharsets.UTF_8)))
            .asJsonObject();
    assertThat(byActivity.getJsonArray("statements")).hasSize(2);

    JsonObject progress = Http.json(coordinator.get(path("cohorts/" + id))).asJsonObject();
    JsonObject olaProgress = member(progress, "1001");
    assertThat(olaProgress.getInt("attended")).isEqualTo(1);
    assertThat(olaProgress.getInt("scheduled")).isEqualTo(2);
    assertThat(olaProgress.getJsonArray("attendedSessions").toString()).isEqualTo("[1]");
    assertThat(olaProgress.getBoolean("attendanceRuleMet")).as("2 of 2 needed").isFalse();
    assertThat(progress.getJsonArray("sessions").getJsonObject(0).getInt("attendedCount"))
        .isEqualTo(2);

    // A coordinator who does not facilitate records without an instructor, as themselves.
    assertStatus(coordinator.post(attendance, "{\"employeeIds\":[\"1006\"]}"), 200);
    JsonObject lise =
        statement(
            lrs,
            attendee(Http.json(coordinator.get(attendance)).asJsonObject(), "1006")
                .getString("statementId"));
    assertThat(lise.getJsonObject("context").containsKey("instructor")).isFalse();
    assertThat(lise.getJsonObject("authority").getJsonObject("account").getString("name"))
        .isEqualTo(coordinatorUser);

    // Removing an attendance voids its statement.
    String kariStatement = attendee(roll, "1002").getString("statementId");
    assertStatus(facilitator.delete(attendance + "/1002"), 204);
    assertStatus(lrs.get("xapi/statements?statementId=" + kariStatement), 404);
    assertStatus(lrs.get("xapi/statements?voidedStatementId=" + kariStatement), 200);
    assertThat(
            Http.json(facilitator.get(attendance)).asJsonObject().getJsonArray("attended").stream()
                .map(a -> a.asJsonObject().getString("employeeId")))
        .containsExactlyInAnyOrder("1001", "1006");
    assertProblem(facilitator.delete(attendance + "/1002"), 404, "No attendance of employee 1002");

    // What attendance statements name cannot change under them.
    String firstPath = path("cohorts/" + id + "/sessions/" + first.getString("id"));
    assertProblem(coordinator.delete(firstPath), 409, "has 2 recorded attendances");
    assertProblem(
        coordinator.send(
            "PUT",
            firstPath,
            "application/json",
            ("{\"kind\":\"JOINT\",\"title\":\"Oppstart\"," + times(-6) + "}")
                .getBytes(StandardCharsets.UTF_8)),
        409,
        "name its number and start");
    assertStatus(
        coordinator.send(
            "PUT",
            firstPath,
            "application/json",
            ("{\"kind\":\"JOINT\",\"title\":\"Oppstart med kaffe\",\"location\":\"Kantina\","
                    + times(-7)
                    + "}")
                .getBytes(StandardCharsets.UTF_8)),
        200);
    assertProblem(
        coordinator.delete(path("cohorts/" + id + "/members/1001")), 409, "attended 1 sessions");
    assertProblem(coordinator.delete(path("cohorts/" + id)), 409, "2 recorded attendances");
  }

  @Test
  void staffCheckInWithTheCodeShownAtTheSession() throws Exception {
    String veileder = user("STAFF", null, "1004");
    Http facilitator = as(veileder);
    Http kari = as(user("STAFF", null, "1002"));
    String id = cohort("ABC dag", veileder);
    enrol(id, "1001", "1002");
    JsonObject session =
        session(id, "{\"kind\":\"LOCAL\",\"title\":\"Samling 1\"," + times(1) + "}");
    String checkIn = path("cohorts/" + id + "/sessions/" + session.getString("id") + "/check-in");

    assertProblem(facilitator.get(checkIn), 404, "Check-in is not open");
    assertProblem(kari.post(checkIn, ""), 403, "Only a facilitator");
    assertProblem(facilitator.post(checkIn, "{\"minutes\":0}"), 400, "minutes: must be from 1");
    assertProblem(facilitator.post(checkIn, "{\"minutes\":500}"), 400, "to 240");

    HttpResponse<String> opened = facilitator.send("POST", checkIn, null, null);
    assertStatus(opened, 201);
    JsonObject window = Http.json(opened).asJsonObject();
    String theCode = window.getString("code");
    assertThat(theCode).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}");
    assertThat(window.getString("url")).isEqualTo(appRoot() + "checkin?code=" + theCode);
    LocalDateTime expires = LocalDateTime.parse(window.getString("expiresAt"));
    assertThat(expires)
        .isBetween(
            LocalDateTime.now(OSLO).plusMinutes(14), LocalDateTime.now(OSLO).plusMinutes(16));
    assertThat(Http.json(facilitator.get(checkIn)).asJsonObject().getString("code"))
        .isEqualTo(theCode);

    HttpResponse<byte[]> png = bytes(veileder, window.getString("qr"));
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(scan(png.body())).isEqualTo(window.getString("url"));
    HttpResponse<byte[]> svg = bytes(veileder, window.getString("qr") + "?format=svg");
    assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    assertThat(new String(svg.body(), StandardCharsets.UTF_8)).startsWith("<svg");
    assertProblem(facilitator.get(checkIn + "/qr?format=gif"), 400, "format: 'png' or 'svg'");
    assertProblem(facilitator.get(checkIn + "/qr?size=big"), 400, "size: a whole number");
    assertProblem(facilitator.get(checkIn + "/qr?size=10"), 400, "from 64 to 2048");
    assertProblem(kari.get(checkIn + "/qr"), 403, "Only a facilitator");

    String typed = theCode.substring(0, 3).toLowerCase() + "-" + theCode.substring(3);
    HttpResponse<String> checkedIn = kari.post(checkIns(), "{\"code\":\"" + typed + "\"}");
    assertStatus(checkedIn, 200);
    JsonObject answer = Http.json(checkedIn).asJsonObject();
    assertThat(answer.getBoolean("newlyRecorded")).isTrue();
    assertThat(answer.getString("cohortName")).isEqualTo("ABC dag");
    assertThat(answer.getJsonObject("session").getInt("number")).isEqualTo(1);
    assertThat(answer.getJsonObject("attendance").getString("method")).isEqualTo("CHECK_IN");
    JsonObject twice =
        Http.json(kari.post(checkIns(), "{\"code\":\"" + theCode + "\"}")).asJsonObject();
    assertThat(twice.getBoolean("newlyRecorded")).isFalse();
    assertThat(twice.getJsonObject("attendance").getString("statementId"))
        .isEqualTo(answer.getJsonObject("attendance").getString("statementId"));

    JsonObject statement =
        statement(lrs(), answer.getJsonObject("attendance").getString("statementId"));
    assertThat(statement.getJsonObject("actor").getJsonObject("account").getString("name"))
        .isEqualTo("1002");
    assertThat(statement.getJsonObject("context").containsKey("instructor")).isFalse();
    assertThat(statement.getJsonObject("authority").getString("name")).isEqualTo("Kari Nordmann");
    assertThat(statement.getString("timestamp")).isEqualTo(utc(today.plusDays(1).atTime(9, 0)));

    // The same person checking in from two phones at once is recorded once.
    Http ola = as(user("STAFF", null, "1001"));
    List<HttpResponse<String>> parallel =
        java.util.stream.IntStream.range(0, 4)
            .parallel()
            .mapToObj(i -> ola.post(checkIns(), "{\"code\":\"" + theCode + "\"}"))
            .toList();
    assertThat(parallel).allSatisfy(r -> assertStatus(r, 200));
    assertThat(parallel)
        .filteredOn(r -> Http.json(r).asJsonObject().getBoolean("newlyRecorded"))
        .hasSize(1);

    Http per = as(user("STAFF", null, "1003"));
    assertProblem(
        per.post(checkIns(), "{\"code\":\"" + theCode + "\"}"), 403, "not enrolled in 'ABC dag'");
    assertProblem(kari.post(checkIns(), "{}"), 400, "code: is required");
    assertProblem(coordinator.post(checkIns(), "{\"code\":\"" + theCode + "\"}"), 403, "STAFF");

    // Opening again replaces the code; closing ends it at once.
    String second =
        Http.json(facilitator.post(checkIn, "{\"minutes\":30}")).asJsonObject().getString("code");
    assertThat(second).isNotEqualTo(theCode);
    assertProblem(
        ola.post(checkIns(), "{\"code\":\"" + theCode + "\"}"), 410, "was closed", "new code");
    assertStatus(facilitator.delete(checkIn), 204);
    assertProblem(ola.post(checkIns(), "{\"code\":\"" + second + "\"}"), 410, "was closed");
    assertProblem(facilitator.get(checkIn), 404, "not open");

    // A code that has expired: a quarter of an hour passes.
    String third = Http.json(facilitator.post(checkIn, "")).asJsonObject().getString("code");
    sql(
        "UPDATE check_in_code SET opened_at = opened_at - INTERVAL 20 MINUTE,"
            + " expires_at = expires_at - INTERVAL 20 MINUTE WHERE code = ?",
        third);
    assertProblem(ola.post(checkIns(), "{\"code\":\"" + third + "\"}"), 410, "expired at");

    JsonObject roll =
        Http.json(
                facilitator.get(
                    path("cohorts/" + id + "/sessions/" + session.getString("id") + "/attendance")))
            .asJsonObject();
    assertThat(roll.getJsonArray("attended"))
        .extracting(a -> a.asJsonObject().getString("employeeId"))
        .containsExactly("1002", "1001");
  }

  @Test
  void guessingCheckInCodesIsRefusedForAWhileAfterTenWrongCodes() {
    String id = cohort("ABC gjetting");
    enrol(id, "1002");
    JsonObject session =
        session(id, "{\"kind\":\"LOCAL\",\"title\":\"Samling 1\"," + times(0) + "}");
    String theCode =
        Http.json(
                coordinator.post(
                    path("cohorts/" + id + "/sessions/" + session.getString("id") + "/check-in"),
                    ""))
            .asJsonObject()
            .getString("code");
    String kariUser = user("STAFF", null, "1002");
    Http kari = as(kariUser);

    for (int i = 1; i <= 10; i++) {
      String wrong = wrongCode(theCode, i);
      HttpResponse<String> refused = kari.post(checkIns(), "{\"code\":\"" + wrong + "\"}");
      assertProblem(refused, 400, "is not a check-in code");
      if (i == 8) {
        assertThat(refused.body()).contains("2 attempts left");
      }
    }
    HttpResponse<String> locked = kari.post(checkIns(), "{\"code\":\"" + theCode + "\"}");
    assertProblem(locked, 429, "Too many wrong check-in codes (10 in 15 minutes)");
    assertThat(locked.headers().firstValue("Retry-After"))
        .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(800L, 900L));

    Http ola = as(user("STAFF", null, "1001"));
    assertProblem(
        ola.post(checkIns(), "{\"code\":\"" + theCode + "\"}"),
        403,
        "not enrolled",
        "ask the coordinator");

    // A quarter of an hour passes: the attempts leave the window.
    sql(
        "UPDATE check_in_attempt a JOIN user_account u ON u.id = a.user_account_id"
            + " SET a.attempted_at = a.attempted_at - INTERVAL 16 MINUTE WHERE u.username = ?",
        kariUser);
    assertStatus(kari.post(checkIns(), "{\"code\":\"" + theCode + "\"}"), 200);
  }

  @Test
  void manyAccountsGuessingCodesFromOneAddressAreRefusedThereOnly() {
    String id = cohort("ABC gjetting fra ett sted");
    enrol(id, "1004");
    JsonObject session =
        session(id, "{\"kind\":\"LOCAL\",\"title\":\"Samling 1\"," + times(0) + "}");
    String theCode =
        Http.json(
                coordinator.post(
                    path("cohorts/" + id + "/sessions/" + session.getString("id") + "/check-in"),
                    ""))
            .asJsonObject()
            .getString("code");
    String room = "2001:db8:c0de::" + Integer.toHexString(new java.util.Random().nextInt(1 << 16));
    for (int account = 0; account < 5; account++) {
      Http guesser = as(user("STAFF", null, "1003")).header("X-Forwarded-For", room);
      for (int i = 1; i <= 10; i++) {
        String wrong = wrongCode(theCode, i);
        assertProblem(
            guesser.post(checkIns(), "{\"code\":\"" + wrong + "\"}"),
            400,
            "is not a check-in code");
      }
    }
    Http anne = as(user("STAFF", null, "1004"));
    HttpResponse<String> locked =
        anne.header("X-Forwarded-For", room).post(checkIns(), "{\"code\":\"" + theCode + "\"}");
    assertProblem(locked, 429, "from this network");
    assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    assertStatus(
        anne.header("X-Forwarded-For", "2001:db8:c0de::1:1")
            .post(checkIns(), "{\"code\":\"" + theCode + "\"}"),
        200);
  }

  @Test
  void unitLeadersSeeCohortsAndMembersFromTheirUnitsOnlyAndChangeNothing() {
    Http leader = as(user("UNIT_LEADER", List.of("HJT"), null));
    String mixed = cohort("ABC blandet");
    enrol(mixed, "1001", "1003");
    String sykehjem = cohort("ABC sykehjemmet");
    enrol(sykehjem, "1003", "1004");
    JsonObject session =
        session(mixed, "{\"kind\":\"JOINT\",\"title\":\"Oppstart\"," + times(-3) + "}");
    String attendance =
        path("cohorts/" + mixed + "/sessions/" + session.getString("id") + "/attendance");
    assertStatus(coordinator.post(attendance, "{\"employeeIds\":[\"1001\",\"1003\"]}"), 200);

    JsonArray list = Http.json(leader.get(path("cohorts"))).asJsonArray();
    assertThat(list).extracting(c -> c.asJsonObject().getString("id")).containsExactly(mixed);
    assertThat(list.getJsonObject(0).getString("access")).isEqualTo("MEMBERS_OF_UNITS");
    assertThat(list.getJsonObject(0).getInt("memberCount")).isEqualTo(1);

    JsonObject detail = Http.json(leader.get(path("cohorts/" + mixed))).asJsonObject();
    assertThat(detail.getJsonArray("members"))
        .extracting(m -> m.asJsonObject().getString("employeeId"))
        .containsExactly("1001");
    assertThat(detail.getJsonArray("sessions").getJsonObject(0).getInt("attendedCount"))
        .isEqualTo(1);
    JsonObject roll = Http.json(leader.get(attendance)).asJsonObject();
    assertThat(roll.getJsonArray("attended"))
        .extracting(a -> a.asJsonObject().getString("employeeId"))
        .containsExactly("1001");
    assertThat(roll.toString()).doesNotContain("1003", "Per Hansen");

    assertProblem(leader.get(path("cohorts/" + sykehjem)), 403, "has worked in your units");
    assertProblem(leader.post(path("cohorts"), cohortJson("X", "ABC", "2016")), 403, "roles");
    assertProblem(leader.post(attendance, "{\"employeeIds\":[\"1001\"]}"), 403, "facilitator");
    assertProblem(leader.delete(attendance + "/1001"), 403, "facilitator");
    assertProblem(
        leader.post(path("cohorts/" + mixed + "/members"), "{\"employeeIds\":[\"1002\"]}"),
        403,
        "roles");
    assertProblem(
        leader.post(
            path("cohorts/" + mixed + "/sessions/" + session.getString("id") + "/check-in"), ""),
        403,
        "facilitator");
    assertStatus(leader.get(path("staff/1001/sessions")), 200);
    assertProblem(leader.get(path("staff/1003/sessions")), 403, "never worked in your units");
  }

  @Test
  void facilitatorsAndStaffAreLimitedToTheirOwnAndOtherMunicipalitiesToNothing() {
    String veileder = user("STAFF", null, "1004");
    Http facilitator = as(veileder);
    Http kari = as(user("STAFF", null, "1002"));
    String id = cohort("ABC natt", veileder);
    enrol(id, "1002");
    JsonObject past = session(id, "{\"kind\":\"JOINT\",\"title\":\"Før\"," + times(-10) + "}");
    JsonObject later = session(id, "{\"kind\":\"LOCAL\",\"title\":\"Senere\"," + times(20) + "}");
    JsonObject soon = session(id, "{\"kind\":\"LOCAL\",\"title\":\"Snart\"," + times(2) + "}");
    String other = cohort("ABC andre");

    JsonArray theirs = Http.json(facilitator.get(path("cohorts"))).asJsonArray();
    assertThat(theirs).extracting(c -> c.asJsonObject().getString("id")).containsExactly(id);
    assertThat(theirs.getJsonObject(0).getString("access")).isEqualTo("FACILITATE");
    assertThat(theirs.getJsonObject(0).getJsonObject("nextSession").getString("title"))
        .isEqualTo("Snart");
    assertStatus(facilitator.get(path("cohorts/" + id)), 200);
    assertProblem(facilitator.get(path("cohorts/" + other)), 403, "no access to the cohort");
    assertProblem(
        facilitator.send(
            "PUT",
            path("cohorts/" + id),
            "application/json",
            cohortJson("Nytt navn", "ABC", "2016").getBytes(StandardCharsets.UTF_8)),
        403,
        "roles");
    assertProblem(
        facilitator.post(
            path("cohorts/" + id + "/sessions"),
            "{\"kind\":\"LOCAL\",\"title\":\"X\"," + times(3) + "}"),
        403,
        "roles");

    assertThat(Http.json(kari.get(path("cohorts"))).asJsonArray()).isEmpty();
    assertProblem(kari.get(path("cohorts/" + id)), 403, "no access to the cohort");
    assertProblem(kari.post(path("cohorts"), cohortJson("X", "ABC", "2016")), 403, "roles");

    JsonObject mine = Http.json(kari.get(path("staff/1002/sessions"))).asJsonObject();
    assertThat(mine.getString("fullName")).isEqualTo("Kari Nordmann");
    assertThat(mine.getJsonArray("cohorts"))
        .extracting(c -> c.asJsonObject().getString("name"))
        .containsExactly("ABC natt");
    assertThat(mine.getJsonArray("cohorts").getJsonObject(0).getInt("scheduled")).isEqualTo(3);
    assertThat(mine.getJsonArray("comingSessions"))
        .extracting(s -> s.asJsonObject().getString("id"))
        .containsExactly(soon.getString("id"), later.getString("id"))
        .doesNotContain(past.getString("id"));
    assertThat(mine.getJsonArray("comingSessions").getJsonObject(0).getBoolean("attended"))
        .isFalse();
    assertThat(mine.getJsonArray("comingSessions").getJsonObject(0).getString("cohortName"))
        .isEqualTo("ABC natt");
    assertProblem(kari.get(path("staff/1001/sessions")), 403, "only their own");
    assertThat(
            Http.json(coordinator.get(path("staff/1003/sessions")))
                .asJsonObject()
                .getJsonArray("cohorts"))
        .isEmpty();
    assertProblem(coordinator.get(path("staff/4242/sessions")), 404, "No employee 4242");

    String elsewhere = Tenants.newMunicipality(api);
    Http stranger = api.basic(userIn(elsewhere, "COORDINATOR", null, null), PASSWORD);
    assertProblem(stranger.get(path("cohorts")), 403, "no access to municipality " + code);
    assertProblem(stranger.get(path("cohorts/" + id)), 403, "no access to municipality");
    assertProblem(stranger.post(path("cohorts"), cohortJson("X", "ABC", "2016")), 403, "no access");
    assertProblem(stranger.get(path("staff/1002/sessions")), 403, "no access");
    assertProblem(
        stranger.get("api/v1/municipalities/" + elsewhere + "/cohorts/" + id),
        404,
        "No cohort " + id + " in municipality " + elsewhere);
    assertProblem(
        stranger.post(
            "api/v1/municipalities/" + elsewhere + "/cohorts",
            cohortJson("X", "ABC", "2016", veileder)),
        400,
        "no users named [" + veileder + "] in municipality " + elsewhere);
    assertStatus(Http.at(base).get(path("cohorts")), 401);
  }

  // ---------------------------------------------------------------------------------------------

  private String cohort(String name, String... facilitators) {
    HttpResponse<String> created =
        coordinator.post(path("cohorts"), cohortJson(name, "ABC", "2016", facilitators));
    assertStatus(created, 201);
    return Http.json(created).asJsonObject().getString("id");
  }

  private String cohortJson(String name, String course, String version, String... facilitators) {
    StringBuilder names = new StringBuilder("[");
    for (int i = 0; i < facilitators.length; i++) {
      names.append(i == 0 ? "" : ",").append('"').append(facilitators[i]).append('"');
    }
    return "{\"name\":\""
        + name
        + "\",\"description\":\"Gruppebasert\",\"courseCode\":\""
        + course
        + "\",\"versionCode\":\""
        + version
        + "\",\"startDate\":\""
        + today.minusDays(30)
        + "\",\"endDate\":\""
        + today.plusDays(60)
        + "\",\"abcContact\":null,\"facilitators\":"
        + names
        + "]}";
  }

  /** "startsAt" and "endsAt" of a session from 09:00 to 15:00 on today plus {@code days}. */
  private String times(int days) {
    LocalDate day = today.plusDays(days);
    return "\"startsAt\":\"" + day + "T09:00\",\"endsAt\":\"" + day + "T15:00\"";
  }

  private JsonObject session(String cohortId, String json) {
    HttpResponse<String> created =
        coordinator.post(path("cohorts/" + cohortId + "/sessions"), json);
    assertStatus(created, 201);
    return Http.json(created).asJsonObject();
  }

  private void enrol(String cohortId, String... employeeIds) {
    assertStatus(
        coordinator.post(
            path("cohorts/" + cohortId + "/members"),
            "{\"employeeIds\":[\"" + String.join("\",\"", employeeIds) + "\"]}"),
        200);
  }

  private List<String> memberIds(String cohortId) {
    return Http.json(coordinator.get(path("cohorts/" + cohortId)))
        .asJsonObject()
        .getJsonArray("members")
        .stream()
        .map(m -> m.asJsonObject().getString("employeeId"))
        .toList();
  }

  private static JsonObject member(JsonObject cohort, String employeeId) {
    return cohort.getJsonArray("members").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("employeeId").equals(employeeId))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject attendee(JsonObject roll, String employeeId) {
    return roll.getJsonArray("attended").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("employeeId").equals(employeeId))
        .findFirst()
        .orElseThrow();
  }

  /** {@code first} as the cohort lists it: with how many attended. */
  private static JsonObject with(JsonObject session, int attended) {
    return Json.createObjectBuilder(session).add("attendedCount", attended).build();
  }

  private Http lrs() {
    Tenants.LrsCredentials client = Tenants.newLrsClient(api, code, "all/read");
    return api.xapi(client.key(), client.secret());
  }

  private static JsonObject statement(Http lrs, String statementId) {
    HttpResponse<String> got = lrs.get("xapi/statements?statementId=" + statementId);
    assertStatus(got, 200);
    return Http.json(got).asJsonObject();
  }

  /** The statement without what the LRS assigns (id, stored, version). */
  private static JsonObject withoutLrsAssigned(JsonObject statement) {
    return Json.createObjectBuilder(statement)
        .remove("id")
        .remove("stored")
        .remove("version")
        .build();
  }

  private static String utc(LocalDateTime oslo) {
    return oslo.atZone(OSLO)
        .withZoneSameInstant(ZoneOffset.UTC)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"));
  }

  private Http as(String username) {
    return api.basic(username, PASSWORD);
  }

  private String user(String role, List<String> units, String employeeId) {
    return userIn(code, role, units, employeeId);
  }

  private String userIn(String municipality, String role, List<String> units, String employeeId) {
    return Tenants.newUser(api, municipality, role, units, employeeId);
  }

  private String path(String rest) {
    return "api/v1/municipalities/" + code + "/" + rest;
  }

  private String checkIns() {
    return path("check-ins");
  }

  private URL root() {
    try {
      return new URL(base, "/");
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String appRoot() {
    String root = base.toString();
    return root.endsWith("/") ? root : root + "/";
  }

  private HttpResponse<String> put(Http as, String what, String csv) {
    return as.put(path(what), "text/csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<byte[]> bytes(String username, String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String scan(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(
                new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
        .getText();
  }

  /** A code from the check-in alphabet that is not {@code theCode}. */
  private static String wrongCode(String theCode, int i) {
    String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    char first = alphabet.charAt((alphabet.indexOf(theCode.charAt(0)) + i) % alphabet.length());
    return first + theCode.substring(1);
  }

  /** Changes rows directly: only to let time pass (expiry, the guessing window). */
  private static void sql(String update, String parameter) {
    try (Connection db =
            DriverManager.getConnection(System.getProperty("abc.it.db.url"), "root", "");
        PreparedStatement statement = db.prepareStatement(update)) {
      statement.setString(1, parameter);
      assertThat(statement.executeUpdate()).isPositive();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertStatus(HttpResponse<?> response, int status) {
    assertThat(response.statusCode()).as(String.valueOf(response.body())).isEqualTo(status);
  }

  private static void assertOutcome(
      HttpResponse<String> response, int matched, int added, int alreadyEnrolled) {
    assertStatus(response, 200);
    JsonObject outcome = Http.json(response).asJsonObject();
    assertThat(outcome.getInt("matched")).as(response.body()).isEqualTo(matched);
    assertThat(outcome.getInt("added")).as(response.body()).isEqualTo(added);
    assertThat(outcome.getInt("alreadyEnrolled")).as(response.body()).isEqualTo(alreadyEnrolled);
  }

  private static void assertProblem(HttpResponse<String> response, int status, String... details) {
    assertStatus(response, status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Http.json(response).asJsonObject().getString("detail")).contains(details);
  }
}
