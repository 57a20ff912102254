package no.abctracker.training.superusers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Super-users and certificates over HTTP as a coordinator, a unit leader and staff use them: a real
 * roster, appointments recorded in the LRS, completions from real statements through {@code
 * /xapi/statements}, the coverage matrix, certificate PDFs and their public verification.
 */
@ExtendWith(ArquillianExtension.class)
class SuperUsersIT {

  static final String UNITS =
      "unit_code,name,parent_code,unit_type\n"
          + "HO,Helse og omsorg,,ADMINISTRATION\n"
          + "SHJ,Sykehjemmet,HO,INSTITUTION\n"
          + "HJT,Hjemmetjenesten,HO,HOME_CARE\n"
          + "HJT-N,Hjemmetjenesten nord,HJT,HOME_CARE\n"
          + "GML,Gamle kontoret,HO,OTHER\n";
  static final String UNITS_WITHOUT_GML = UNITS.replace("GML,Gamle kontoret,HO,OTHER\n", "");

  static final String HEADER = Tenants.STAFF_HEADER;

  /** Two employments: nights in the nursing home, days in home care. */
  static final String OLA =
      "1001,Ola Nordmann,ola@kommune.no,SHJ,7174,Helsefagarbeider,50,NIGHT,PERMANENT,2020-01-01,\n"
          + "1001,Ola Nordmann,ola@kommune.no,HJT,7174,Helsefagarbeider,30,DAY,TEMPORARY,2021-01-01,\n";

  static final String KARI =
      "1002,Kari Nordmann,kari@kommune.no,SHJ,7076,Sykepleier,100,THREE_SHIFT,PERMANENT,2019-08-01,\n";
  static final String PER =
      "1003,Per Hansen,per@kommune.no,SHJ,7174,Helsefagarbeider,0,WEEKEND,ON_CALL,2022-03-01,\n";
  static final String LISE =
      "1004,Lise Berg,lise@kommune.no,HJT-N,7076,Sykepleier,80,TWO_SHIFT,PERMANENT,2018-01-01,\n";

  /** Nights in the nursing home until the end of June 2024. */
  static final String NILS =
      "1005,Nils Dahl,nils@kommune.no,SHJ,7174,Helsefagarbeider,60,NIGHT,TEMPORARY,2020-01-01,2024-06-30\n";

  static final String ROSTER = HEADER + OLA + KARI + PER + LISE + NILS;

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  Http api;
  String code;
  String coordinatorName;
  Http coordinator;

  @BeforeEach
  void municipalityWithStaff() {
    api = Http.at(base);
    code = Tenants.newMunicipality(api);
    assertThat(putCsv(api.asAdmin(), "units", UNITS).statusCode()).isEqualTo(200);
    HttpResponse<String> staff = putCsv(api.asAdmin(), "staff", ROSTER);
    assertThat(staff.statusCode()).as(staff.body()).isEqualTo(200);
    coordinatorName = user(code, "COORDINATOR", null, null);
    coordinator = api.basic(coordinatorName, "password-1");
  }

  // ---------------------------------------------------------------- technologies and appointments

  @Test
  void technologiesAreDataWithNamesAndTheirCourses() {
    HttpResponse<String> response = coordinator.get("api/v1/technologies");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonArray technologies = Http.json(response).asJsonArray();
    assertThat(technologies)
        .extracting(t -> t.asJsonObject().getString("code"))
        .containsExactly(
            "SAFETY_ALARM",
            "MEDICINE_DISPENSER",
            "DIGITAL_SUPERVISION",
            "ELECTRONIC_DOOR_LOCK",
            "GPS",
            "DIGITAL_HOME_FOLLOW_UP",
            "RESPONSE_CENTRE",
            "EHR");
    JsonObject dispenser = technologies.getJsonObject(1);
    assertThat(dispenser.getJsonObject("label").getString("nb-NO")).isEqualTo("medisindispenser");
    assertThat(dispenser.getJsonArray("courses").toString()).isEqualTo("[\"SB-MEDISINDISPENSER\"]");
    assertThat(api.get("api/v1/technologies").statusCode()).isEqualTo(401);
  }

  @Test
  void anAppointmentIsStoredWithItsPrerequisitesAndRecordedInTheLrs() {
    HttpResponse<String> created =
        appoint(coordinator, "1002", "SHJ", "MEDICINE_DISPENSER", "2024-01-01", null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject appointment = Http.json(created).asJsonObject();
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).endsWith("/super-users/" + appointment.getInt("id")));
    assertThat(appointment.getString("employeeId")).isEqualTo("1002");
    assertThat(appointment.getString("fullName")).isEqualTo("Kari Nordmann");
    assertThat(appointment.getString("unitName")).isEqualTo("Sykehjemmet");
    assertThat(appointment.getString("from")).isEqualTo("2024-01-01");
    assertThat(appointment.containsKey("to")).isFalse();
    assertThat(appointment.getBoolean("active")).isTrue();
    assertThat(appointment.getBoolean("qualified")).isFalse();
    assertThat(appointment.getString("appointedBy")).isEqualTo(coordinatorName);
    assertThat(appointment.getJsonArray("prerequisites"))
        .extracting(
            p ->
                p.asJsonObject().getString("courseCode") + "=" + p.asJsonObject().getBoolean("met"))
        .containsExactly("ABC=false", "SB-MEDISINDISPENSER=false");
    assertThat(
            appointment
                .getJsonArray("prerequisites")
                .getJsonObject(0)
                .getJsonObject("title")
                .getString("nb-NO"))
        .isEqualTo("Velferdsteknologiens ABC");

    Tenants.LrsCredentials reader = Tenants.newLrsClient(api, code, "statements/read");
    HttpResponse<String> recorded =
        api.xapi(reader.key(), reader.secret())
            .get("xapi/statements?statementId=" + appointment.getString("statementId"));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
    JsonObject statement = Http.json(recorded).asJsonObject();
    assertThat(statement.getJsonObject("verb").getString("id"))
        .isEqualTo("https://abc-tracker.no/xapi/verbs/appointed");
    assertThat(statement.getJsonObject("actor").getJsonObject("account").getString("name"))
        .isEqualTo("1002");
    JsonObject object = statement.getJsonObject("object");
    assertThat(object.getString("id"))
        .isEqualTo("https://abc-tracker.no/xapi/super-user-roles/MEDICINE_DISPENSER");
    assertThat(object.getJsonObject("definition").getString("type"))
        .isEqualTo("https://abc-tracker.no/xapi/activity-types/super-user-role");
    assertThat(object.getJsonObject("definition").getJsonObject("extensions").toString())
        .contains("\"https://abc-tracker.no/xapi/extensions/technology\":\"MEDICINE_DISPENSER\"");
    JsonObject context = statement.getJsonObject("context");
    assertThat(
            context
                .getJsonObject("extensions")
                .getString("https://abc-tracker.no/xapi/extensions/unit"))
        .isEqualTo("SHJ");
    assertThat(context.getJsonObject("instructor").getJsonObject("account").getString("name"))
        .isEqualTo(coordinatorName);
    assertThat(statement.getJsonObject("authority").getJsonObject("account").getString("name"))
        .isEqualTo(coordinatorName);

    HttpResponse<String> one =
        coordinator.get(path("super-users/" + appointment.getInt("id") + "?asOf=2023-12-31"));
    assertThat(Http.json(one).asJsonObject().getBoolean("active")).isFalse();

    // The statement was stored by ABC Tracker's own client: it is not one a coordinator manages,
    // so it is neither listed nor can its secret be rotated (which would let someone act as it).
    String internal = "abc-tracker-" + code;
    assertThat(coordinator.get(path("lrs-clients")).body())
        .contains(reader.key())
        .doesNotContain(internal);
    HttpResponse<String> rotated =
        coordinator.post(path("lrs-clients/" + internal + "/secret"), "");
    assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(400);
    assertThat(rotated.body()).contains("cannot be changed");
  }

  @Test
  void badAppointmentsAreRejectedAndChangeNothing() {
    assertThat(appoint(coordinator, "1002", "SHJ", "GPS", "2024-01-01", "2024-12-31").statusCode())
        .isEqualTo(201);
    String before = coordinator.get(path("super-users")).body();

    assertProblem(
        appoint(coordinator, "9999", "SHJ", "GPS", "2025-01-01", null),
        400,
        "employeeId: no employee 9999");
    assertProblem(
        appoint(coordinator, "1002", "NOPE", "GPS", "2025-01-01", null),
        400,
        "unitCode: no unit NOPE");
    assertProblem(
        appoint(coordinator, "1002", "SHJ", "TELEPORTER", "2025-01-01", null),
        400,
        "unknown technology 'TELEPORTER'");
    assertProblem(
        appoint(coordinator, "1002", "SHJ", "GPS", "2025-06-01", "2025-01-01"),
        400,
        "is before from");
    assertProblem(appoint(coordinator, "1002", "SHJ", "GPS", null, null), 400, "from:");
    assertProblem(
        appoint(coordinator, "1002", "SHJ", "GPS", "01.06.2025", null), 400, "not a date");
    assertProblem(
        coordinator.post(path("super-users"), "{\"employeeId\":1002,\"unitCode\":\"SHJ\"}"),
        400,
        "employeeId: must be a string");
    assertProblem(coordinator.post(path("super-users"), "{\"employeeId\":"), 400, "not valid JSON");
    assertProblem(
        appoint(coordinator, "1002", "SHJ", "GPS", "2024-12-31", null),
        409,
        "overlaps 2024-12-31..");
    assertProblem(
        appoint(coordinator, "1002", "SHJ", "GPS", "2023-01-01", "2024-01-01"), 409, "already");

    putCsv(api.asAdmin(), "units", UNITS_WITHOUT_GML);
    assertProblem(
        appoint(coordinator, "1002", "GML", "GPS", "2025-01-01", null), 400, "unit GML is closed");

    assertThat(coordinator.get(path("super-users")).body()).isEqualTo(before);
    assertThat(appoint(coordinator, "1002", "SHJ", "GPS", "2025-01-01", null).statusCode())
        .as("the day after the first appointment ends")
        .isEqualTo(201);
    assertThat(appoint(coordinator, "1002", "HJT", "GPS", "2024-06-01", null).statusCode())
        .as("the same technology in another unit")
        .isEqualTo(201);
    assertThat(Http.json(coordinator.get(path("super-users"))).asJsonArray()).hasSize(3);
  }

  @Test
  void anEndedAppointmentStaysForHistoryAndNoLongerCounts() {
    int id = id(appoint(coordinator, "1004", "HJT-N", "SAFETY_ALARM", "2024-01-01", null));

    HttpResponse<String> ended =
        coordinator.post(
            path("super-users/" + id + "/end"),
            "{\"to\":\"2024-09-30\",\"reason\":\"Går over i ny stilling\"}");
    assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
    JsonObject appointment = Http.json(ended).asJsonObject();
    assertThat(appointment.getString("to")).isEqualTo("2024-09-30");
    assertThat(appointment.getJsonObject("ended").getString("reason"))
        .isEqualTo("Går over i ny stilling");
    assertThat(appointment.getJsonObject("ended").getString("by")).isEqualTo(coordinatorName);

    assertThat(ids(coordinator.get(path("super-users?asOf=2024-09-30")))).containsExactly(id);
    assertThat(ids(coordinator.get(path("super-users?asOf=2024-10-01")))).isEmpty();
    assertThat(ids(coordinator.get(path("super-users")))).as("kept").containsExactly(id);
    assertThat(
            Http.json(coordinator.get(path("reports/super-user-coverage?asOf=2024-10-01")))
                .asJsonObject()
                .getJsonArray("units"))
        .as("an expired appointment brings no technology")
        .isEmpty();

    assertProblem(
        coordinator.post(
            path("super-users/" + id + "/end"), "{\"to\":\"2024-08-31\",\"reason\":\"x\"}"),
        409,
        "was ended already");
    int other = id(appoint(coordinator, "1004", "HJT-N", "GPS", "2024-01-01", null));
    assertProblem(
        coordinator.post(path("super-users/" + other + "/end"), "{\"to\":\"2024-08-31\"}"),
        400,
        "reason");
    assertProblem(
        coordinator.post(
            path("super-users/" + other + "/end"), "{\"to\":\"2023-08-31\",\"reason\":\"x\"}"),
        400,
        "before from");
    assertThat(
            coordinator
                .post(path("super-users/999999999/end"), "{\"to\":\"2024-08-31\",\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void listsFilterByUnitSubtreeTechnologyDateAndQualification() {
    int sh = id(appoint(coordinator, "1002", "SHJ", "MEDICINE_DISPENSER", "2024-01-01", null));
    int hj = id(appoint(coordinator, "1004", "HJT-N", "SAFETY_ALARM", "2024-01-01", null));
    int later = id(appoint(coordinator, "1001", "HJT", "SAFETY_ALARM", "2025-01-01", null));

    assertThat(ids(coordinator.get(path("super-users")))).containsExactly(later, hj, sh);
    assertThat(ids(coordinator.get(path("super-users?unit=HJT")))).containsExactly(later, hj);
    assertThat(ids(coordinator.get(path("super-users?technology=MEDICINE_DISPENSER"))))
        .containsExactly(sh);
    assertThat(ids(coordinator.get(path("super-users?asOf=2024-06-01")))).containsExactly(hj, sh);
    assertThat(ids(coordinator.get(path("super-users?employeeId=1001")))).containsExactly(later);
    assertThat(ids(coordinator.get(path("super-users?qualified=true")))).isEmpty();
    assertThat(ids(coordinator.get(path("super-users?qualified=false")))).hasSize(3);
    assertProblem(coordinator.get(path("super-users?qualified=maybe")), 400, "qualified");
    assertProblem(coordinator.get(path("super-users?asOf=yesterday")), 400, "asOf");
    assertProblem(coordinator.get(path("super-users?technology=TELEPORTER")), 400, "TELEPORTER");
    assertThat(coordinator.get(path("super-users?unit=NOPE")).statusCode()).isEqualTo(404);
  }

  @Test
  void concurrentOverlappingAppointmentsStoreExactlyOne() throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String from = "2024-01-0" + (i + 1);
        answers.add(pool.submit(() -> appoint(coordinator, "1003", "SHJ", "EHR", from, null)));
      }
      List<Integer> statuses = new java.util.ArrayList<>();
      for (var answer : answers) {
        statuses.add(answer.get().statusCode());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(ids(coordinator.get(path("super-users?employeeId=1003")))).hasSize(1);
  }

  @Test
  void theEndpointsAreInTheOpenApiDocument() throws Exception {
    HttpResponse<String> openApi = Http.at(new URL(base, "/")).get("openapi");
    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(openApi.body())
        .contains(
            "/api/v1/technologies",
            "/api/v1/municipalities/{code}/super-users/{id}/end",
            "/api/v1/municipalities/{code}/super-user-rules",
            "/api/v1/municipalities/{code}/reports/super-user-coverage",
            "/api/v1/municipalities/{code}/staff/{employeeId}/certificates/{courseCode}",
            "/verify/{code}");
  }

  // ---------------------------------------------------------------- roles and tenancy

  @Test
  void aUnitLeaderAppointsAndSeesInTheirUnitsOnlyAndStaffSeeOnlyTheirOwn() {
    int shj = id(appoint(coordinator, "1002", "SHJ", "MEDICINE_DISPENSER", "2024-01-01", null));
    Http leader = api.basic(user(code, "UNIT_LEADER", List.of("HJT"), null), "password-1");

    HttpResponse<String> own = appoint(leader, "1004", "HJT-N", "SAFETY_ALARM", "2024-01-01", null);
    assertThat(own.statusCode()).as("a unit below their unit").isEqualTo(201);
    int hjtn = id(own);
    assertProblem(
        appoint(leader, "1002", "SHJ", "SAFETY_ALARM", "2024-01-01", null),
        403,
        "not one of your units");
    assertThat(ids(leader.get(path("super-users")))).containsExactly(hjtn);
    assertThat(leader.get(path("super-users/" + shj)).statusCode()).isEqualTo(403);
    assertThat(
            leader
                .post(
                    path("super-users/" + shj + "/end"), "{\"to\":\"2024-12-31\",\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            leader
                .put(path("super-user-rules"), "application/json", rules("HJT", "GPS", 1))
                .statusCode())
        .isEqualTo(403);
    JsonObject coverage =
        Http.json(leader.get(path("reports/super-user-coverage?asOf=2024-06-01"))).asJsonObject();
    assertThat(coverage.getJsonArray("units"))
        .extracting(u -> u.asJsonObject().getString("unitCode"))
        .containsExactly("HJT-N");

    Http kari = api.basic(user(code, "STAFF", null, "1002"), "password-1");
    assertThat(ids(kari.get(path("super-users")))).containsExactly(shj);
    assertThat(kari.get(path("super-users/" + shj)).statusCode()).isEqualTo(200);
    assertThat(kari.get(path("super-users/" + hjtn)).statusCode()).isEqualTo(403);
    assertThat(appoint(kari, "1002", "SHJ", "GPS", "2024-01-01", null).statusCode()).isEqualTo(403);
    assertThat(
            kari.post(
                    path("super-users/" + shj + "/end"), "{\"to\":\"2024-12-31\",\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(kari.get(path("reports/super-user-coverage")).statusCode()).isEqualTo(403);
    assertThat(kari.get(path("super-user-rules")).statusCode()).isEqualTo(403);
  }

  @Test
  void anotherMunicipalitySeesNothingOfOurs() {
    int ours = id(appoint(coordinator, "1002", "SHJ", "MEDICINE_DISPENSER", "2024-01-01", null));
    String other = Tenants.newMunicipality(api);
    Http them = api.basic(user(other, "COORDINATOR", null, null), "password-1");

    assertThat(them.get(path("super-users")).statusCode()).isEqualTo(403);
    assertThat(them.get(path("super-users/" + ours)).statusCode()).isEqualTo(403);
    assertThat(appoint(them, "1002", "SHJ", "GPS", "2024-01-01", null).statusCode()).isEqualTo(403);
    assertThat(
            them.post(
                    path("super-users/" + ours + "/end"),
                    "{\"to\":\"2024-12-31\",\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(them.get(path("super-user-rules")).statusCode()).isEqualTo(403);
    assertThat(
            them.put(path("super-user-rules"), "application/json", rules("SHJ", "GPS", 1))
                .statusCode())
        .isEqualTo(403);
    assertThat(them.get(path("reports/super-user-coverage")).statusCode()).isEqualTo(403);
    assertThat(them.get(path("staff/1002/certificates/ABC")).statusCode()).isEqualTo(403);

    String theirPath = "api/v1/municipalities/" + other + "/super-users/" + ours;
    assertThat(them.get(theirPath).statusCode())
        .as("our id under their municipality")
        .isEqualTo(404);
    assertThat(api.asAdmin().get(theirPath).statusCode()).isEqualTo(404);
    assertThat(
            them.post(theirPath + "/end", "{\"to\":\"2024-12-31\",\"reason\":\"x\"}").statusCode())
        .isEqualTo(404);
    assertThat(Http.json(them.get("api/v1/municipalities/" + other + "/super-users")).asJsonArray())
        .isEmpty();
    assertThat(coordinator.get(path("super-users/" + ours)).statusCode()).isEqualTo(200);
  }

  // ---------------------------------------------------------------- rules and the matrix

  @Test
  void rulesAreReplacedAllOrNothing() {
    HttpResponse<String> put =
        coordinator.put(
            path("super-user-rules"),
            "application/json",
            ("{\"rules\":[{\"unitCode\":\"SHJ\",\"technology\":\"MEDICINE_DISPENSER\",\"minimumPerShift\":2},"
                    + "{\"unitCode\":\"HJT\",\"technology\":\"SAFETY_ALARM\"}]}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    String rules = coordinator.get(path("super-user-rules")).body();
    assertThat(
            Http.json(coordinator.get(path("super-user-rules")))
                .asJsonObject()
                .getJsonArray("rules"))
        .extracting(
            r ->
                r.asJsonObject().getString("unitCode")
                    + " "
                    + r.asJsonObject().getString("technology")
                    + " "
                    + r.asJsonObject().getInt("minimumPerShift"))
        .containsExactly("HJT SAFETY_ALARM 1", "SHJ MEDICINE_DISPENSER 2");

    HttpResponse<String> bad =
        coordinator.put(
            path("super-user-rules"),
            "application/json",
            ("{\"rules\":[{\"unitCode\":\"NOPE\",\"technology\":\"GPS\"},"
                    + "{\"unitCode\":\"SHJ\",\"technology\":\"TELEPORTER\",\"minimumPerShift\":-1},"
                    + "{\"unitCode\":\"HJT\",\"technology\":\"GPS\"}]}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonArray errors = Http.json(bad).asJsonObject().getJsonArray("errors");
    assertThat(errors)
        .extracting(
            e -> e.asJsonObject().getInt("index") + " " + e.asJsonObject().getString("field"))
        .containsExactlyInAnyOrder("0 unitCode", "1 technology", "1 minimumPerShift");
    assertThat(coordinator.get(path("super-user-rules")).body()).isEqualTo(rules);

    assertThat(
            coordinator
                .put(
                    path("super-user-rules"),
                    "application/json",
                    "{\"rules\":[]}".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            Http.json(coordinator.get(path("super-user-rules")))
                .asJsonObject()
                .getJsonArray("rules"))
        .isEmpty();
  }

  @Test
  void theMatrixShowsShiftsGapsAndActionsWhenNobodyIsQualifiedYet() {
    appoint(coordinator, "1002", "SHJ", "MEDICINE_DISPENSER", "2024-01-01", null);
    appoint(coordinator, "1004", "SHJ", "SAFETY_ALARM", "2024-01-01", null);
    coordinator.put(path("super-user-rules"), "application/json", rules("HJT", "GPS", 2));

    JsonObject matrix =
        Http.json(coordinator.get(path("reports/super-user-coverage?asOf=2025-01-15")))
            .asJsonObject();

    assertThat(matrix.getString("asOf")).isEqualTo("2025-01-15");
    JsonObject shj = unit(matrix, "SHJ");
    assertThat(shj.getJsonArray("shifts").toString())
        .as("Kari three-shift, Ola nights, Per weekends; Nils ended in June 2024")
        .isEqualTo("[\"DAY\",\"EVENING\",\"NIGHT\",\"WEEKEND_DAY\",\"WEEKEND_EVENING\"]");
    assertThat(shj.getJsonArray("technologies"))
        .extracting(t -> t.asJsonObject().getString("technology"))
        .containsExactly("SAFETY_ALARM", "MEDICINE_DISPENSER");
    JsonObject hjt = unit(matrix, "HJT");
    assertThat(hjt.getJsonArray("shifts").toString()).isEqualTo("[\"DAY\"]");
    JsonObject gps = hjt.getJsonArray("technologies").getJsonObject(0);
    assertThat(gps.getBoolean("configured")).isTrue();
    assertThat(gps.getJsonArray("cells").getJsonObject(0).getInt("required")).isEqualTo(2);
    assertThat(matrix.getJsonArray("gaps")).hasSize(11);

    assertThat(texts(matrix))
        .contains(
            "Sykehjemmet har ingen kvalifisert superbruker for medisindispenser på natt",
            "Kari Nordmann mangler Velferdsteknologiens ABC og Superbruker medisindispenser for å"
                + " være kvalifisert superbruker for medisindispenser i Sykehjemmet",
            "Lise Berg er superbruker for trygghetsalarm i Sykehjemmet, men har ingen aktiv stilling"
                + " der og dekker ingen vakter",
            "Hjemmetjenesten har ingen kvalifisert superbruker for lokaliseringsteknologi (GPS) på dag");
    JsonObject english =
        Http.json(coordinator.get(path("reports/super-user-coverage?asOf=2025-01-15&lang=en")))
            .asJsonObject();
    assertThat(english.getString("lang")).isEqualTo("en");
    assertThat(texts(english))
        .contains("Sykehjemmet has no qualified super-user for medicine dispensers on nights");

    JsonObject onlyHome =
        Http.json(
                coordinator.get(
                    path("reports/super-user-coverage?asOf=2025-01-15&unit=HJT&technology=GPS")))
            .asJsonObject();
    assertThat(onlyHome.getJsonArray("units"))
        .extracting(u -> u.asJsonObject().getString("unitCode"))
        .containsExactly("HJT");
    assertProblem(coordinator.get(path("reports/super-user-coverage?lang=sv")), 400, "lang");
    assertProblem(
        coordinator.get(path("reports/super-user-coverage?asOf=15.01.2025")), 400, "asOf");
    assertProblem(
        coordinator.get(path("reports/super-user-coverage?technology=X")),
        400,
        "unknown technology");
  }

  // ---------------------------------------------------------------- certificates

  @Test
  void noCertificateForACourseNotCompleted() {
    assertProblem(
        coordinator.get(path("staff/1002/certificates/ABC")), 404, "has not completed ABC");
    assertProblem(coordinator.get(path("staff/1002/certificates/NOPE")), 404, "NOPE");
    assertProblem(coordinator.get(path("staff/9999/certificates/ABC")), 404, "9999");
    Http per = api.basic(user(code, "STAFF", null, "1003"), "password-1");
    assertThat(per.get(path("staff/1002/certificates/ABC")).statusCode()).isEqualTo(403);
  }

  @Test
  void anUnknownVerificationCodeIsNotFoundWithoutLoginAsJsonOrHtml() {
    HttpResponse<String> json =
        api.header("Accept", "application/json").get("verify/ABCD-EFGH-JKMN");
    assertThat(json.statusCode()).isEqualTo(404);
    assertThat(json.body()).contains("No certificate has this verification code");
    HttpResponse<String> html =
        api.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .get("verify/abcdefghjkmn");
    assertThat(html.statusCode()).isEqualTo(404);
    assertThat(html.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(html.body()).contains("Ingen kursbevis har denne kontrollkoden");
    assertThat(api.get("verify/%27%20OR%201=1").statusCode()).isEqualTo(404);
  }

  // ---------------------------------------------------------------- with completions from the LRS

  @Test
  void completingTheCoursesThroughTheLrsQualifiesASuperUserInEveryUnitTheyWorkIn() {
    int nursingHome =
        id(appoint(coordinator, "1001", "SHJ", "MEDICINE_DISPENSER", "2024-01-01", null));
    int homeCare =
        id(appoint(coordinator, "1001", "HJT", "MEDICINE_DISPENSER", "2024-01-01", null));
    Http lms = lms();
    post(
        lms,
        modules(
            "ola@kommune.no",
            ABC_COURSE,
            List.of("a", "b", "c", "d", "e"),
            "2024-02-0%dT10:00:00Z"));
    post(
        lms,
        modules("ola@kommune.no", DISPENSER_COURSE, List.of("1", "2"), "2024-03-0%dT10:00:00Z"));
    awaitProjected();

    JsonObject halfway = appointment(nursingHome, "2024-06-01");
    assertThat(halfway.getBoolean("qualified"))
        .as("module 3 of the dispenser course is missing")
        .isFalse();
    assertThat(halfway.getJsonArray("prerequisites"))
        .extracting(
            p ->
                p.asJsonObject().getString("courseCode")
                    + " "
                    + p.asJsonObject().getBoolean("met")
                    + " "
                    + p.asJsonObject().getString("completedOn", "-"))
        .containsExactly("ABC true 2024-02-05", "SB-MEDISINDISPENSER false -");

    post(lms, modules("ola@kommune.no", DISPENSER_COURSE, List.of("3"), "2024-03-10T22:30:00Z"));
    awaitProjected();

    assertThat(appointment(nursingHome, "2024-03-10").getBoolean("qualified"))
        .as("22:30 UTC on 10 March is 23:30 in Oslo, still the 10th")
        .isTrue();
    assertThat(appointment(nursingHome, "2024-03-09").getBoolean("qualified")).isFalse();
    assertThat(ids(coordinator.get(path("super-users?qualified=true&asOf=2024-06-01"))))
        .containsExactlyInAnyOrder(nursingHome, homeCare);

    JsonObject matrix = coverage("2024-06-01");
    assertThat(covered(unit(matrix, "SHJ"), "MEDICINE_DISPENSER"))
        .as("Ola works nights in the nursing home")
        .containsExactly("NIGHT=Ola Nordmann");
    assertThat(covered(unit(matrix, "HJT"), "MEDICINE_DISPENSER"))
        .as("and days in home care: one person present in two units")
        .containsExactly("DAY=Ola Nordmann");
    assertThat(texts(matrix))
        .contains("Sykehjemmet har ingen kvalifisert superbruker for medisindispenser på dag")
        .noneMatch(t -> t.contains("Ola Nordmann"));
  }

  @Test
  void expiredAppointmentsAndEndedEmploymentsNoLongerCover() {
    Http lms = lms();
    post(
        lms,
        modules(
            "kari@kommune.no",
            ABC_COURSE,
            List.of("a", "b", "c", "d", "e"),
            "2023-05-0%dT10:00:00Z"));
    post(
        lms,
        modules(
            "nils@kommune.no",
            ABC_COURSE,
            List.of("a", "b", "c", "d", "e"),
            "2023-06-0%dT10:00:00Z"));
    awaitProjected();
    appoint(coordinator, "1002", "SHJ", "SAFETY_ALARM", "2024-01-01", "2024-03-31");
    appoint(coordinator, "1005", "SHJ", "SAFETY_ALARM", "2024-01-01", null);

    JsonObject march = unit(coverage("2024-03-31"), "SHJ");
    assertThat(covered(march, "SAFETY_ALARM"))
        .as("three-shift covers the weekends too")
        .containsExactly(
            "DAY=Kari Nordmann",
            "EVENING=Kari Nordmann",
            "NIGHT=Kari Nordmann,Nils Dahl",
            "WEEKEND_DAY=Kari Nordmann",
            "WEEKEND_EVENING=Kari Nordmann");

    JsonObject june = coverage("2024-06-30");
    assertThat(covered(unit(june, "SHJ"), "SAFETY_ALARM"))
        .as("Kari's appointment expired on 31 March")
        .containsExactly("NIGHT=Nils Dahl");
    assertThat(texts(june))
        .contains("Sykehjemmet har ingen kvalifisert superbruker for trygghetsalarm på dag");

    JsonObject july = coverage("2024-07-01");
    assertThat(unit(july, "SHJ").getJsonArray("shifts").toString())
        .as("Ola still works nights there")
        .contains("NIGHT");
    assertThat(covered(unit(july, "SHJ"), "SAFETY_ALARM"))
        .as("Nils's employment ended on 30 June")
        .isEmpty();
    assertThat(texts(july))
        .contains(
            "Sykehjemmet har ingen kvalifisert superbruker for trygghetsalarm på natt",
            "Nils Dahl er superbruker for trygghetsalarm i Sykehjemmet, men har ingen aktiv stilling"
                + " der og dekker ingen vakter");
  }

  @Test
  void aCertificateIsIssuedVerifiedAndWithdrawnWithTheCompletion() throws Exception {
    Http lms = lms();
    List<String> abc =
        post(
            lms,
            modules(
                "kari@kommune.no",
                ABC_COURSE,
                List.of("a", "b", "c", "d", "e"),
                "2024-02-0%dT10:00:00Z"));
    awaitProjected();
    int appointment = id(appoint(coordinator, "1002", "SHJ", "SAFETY_ALARM", "2024-01-01", null));
    assertThat(appointment(appointment, null).getBoolean("qualified")).isTrue();

    String kariUser = user(code, "STAFF", null, "1002");
    Http kari = api.basic(kariUser, "password-1");
    HttpResponse<byte[]> pdf = pdf(kariUser, "staff/1002/certificates/ABC");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    String text = pdfText(pdf.body());
    assertThat(text)
        .contains(
            "KURSBEVIS",
            "Kari Nordmann",
            "Velferdsteknologiens ABC",
            "Fullført 5. februar 2024",
            "E-læring, alle obligatoriske moduler gjennomført",
            "Utstedt av Testkommune " + code + " (" + code + ")");
    java.util.regex.Matcher shown =
        java.util.regex.Pattern.compile(
                "([2-9A-HJ-NP-Z]{4})-([2-9A-HJ-NP-Z]{4})-([2-9A-HJ-NP-Z]{4})")
            .matcher(text);
    assertThat(shown.find()).as(text).isTrue();
    String verification = shown.group(1) + shown.group(2) + shown.group(3);
    assertThat(text).contains(base.toString().replaceAll("/$", "") + "/verify/" + verification);

    assertThat(pdfText(pdf(coordinatorName, "staff/1002/certificates/ABC").body()))
        .as("issued again: the same code")
        .contains(shown.group());
    assertThat(pdf(user(code, "STAFF", null, "1003"), "staff/1002/certificates/ABC").statusCode())
        .isEqualTo(403);
    assertThat(
            pdf(user(code, "UNIT_LEADER", List.of("HO"), null), "staff/1002/certificates/ABC")
                .statusCode())
        .as("a leader above her unit")
        .isEqualTo(200);
    assertThat(
            pdf(user(code, "UNIT_LEADER", List.of("HJT"), null), "staff/1002/certificates/ABC")
                .statusCode())
        .isEqualTo(403);

    HttpResponse<String> valid =
        api.header("Accept", "application/json").get("verify/" + verification);
    assertThat(valid.statusCode()).isEqualTo(200);
    JsonObject answer = Http.json(valid).asJsonObject();
    assertThat(answer.keySet())
        .as("nothing else about the person")
        .containsExactlyInAnyOrder(
            "valid", "status", "name", "course", "completedOn", "municipality", "message");
    assertThat(answer.getBoolean("valid")).isTrue();
    assertThat(answer.getString("name")).isEqualTo("Kari Nordmann");
    assertThat(answer.getString("course")).isEqualTo("Velferdsteknologiens ABC");
    assertThat(answer.getString("completedOn")).isEqualTo("2024-02-05");
    assertThat(answer.getString("municipality")).isEqualTo("Testkommune " + code);
    assertThat(valid.headers().firstValue("Cache-Control")).hasValue("no-store");
    HttpResponse<String> page =
        api.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .get("verify/" + shown.group().toLowerCase());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Kursbeviset er gyldig.", "Kari Nordmann", "5. februar 2024");

    post(
        lms,
        "{\"actor\":{\"mbox\":\"mailto:lms@example.no\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\",\"display\":{\"en-US\":\"voided\"}},\"object\":{\"objectType\":\"StatementRef\",\"id\":\""
            + abc.get(0)
            + "\"}}");
    awaitProjected();

    JsonObject withdrawn = Http.json(api.get("verify/" + verification)).asJsonObject();
    assertThat(withdrawn.getBoolean("valid")).isFalse();
    assertThat(withdrawn.getString("status")).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.getJsonObject("message").getString("en")).contains("no longer valid");
    assertThat(withdrawn.getString("name")).isEqualTo("Kari Nordmann");
    HttpResponse<String> verifyPage =
        api.header("Accept", "text/html").get("verify/" + verification);
    assertThat(verifyPage.body()).contains("ikke lenger gyldig");
    assertThat(verifyPage.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(verifyPage.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(verifyPage.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
    assertProblem(kari.get(path("staff/1002/certificates/ABC")), 404, "has not completed ABC");

    JsonObject unqualified = appointment(appointment, null);
    assertThat(unqualified.getBoolean("qualified")).isFalse();
    assertThat(texts(coverage(null)))
        .contains(
            "Kari Nordmann mangler Velferdsteknologiens ABC for å være kvalifisert superbruker for"
                + " trygghetsalarm i Sykehjemmet");

    post(lms, modules("kari@kommune.no", ABC_COURSE, List.of("a"), "2024-04-0%dT10:00:00Z"));
    awaitProjected();
    JsonObject moved = Http.json(api.get("verify/" + verification)).asJsonObject();
    assertThat(moved.getString("status"))
        .as("completed again, on another day than the certificate shows")
        .isEqualTo("CHANGED");
    assertThat(pdfText(pdf(kariUser, "staff/1002/certificates/ABC").body()))
        .contains("Fullført 1. april 2024", shown.group());
    assertThat(Http.json(api.get("verify/" + verification)).asJsonObject().getBoolean("valid"))
        .isTrue();
  }

  @Test
  void concurrentFirstDownloadsOfACertificateMakeOneCode() throws Exception {
    post(
        lms(),
        modules(
            "lise@kommune.no",
            ABC_COURSE,
            List.of("a", "b", "c", "d", "e"),
            "2024-02-0%dT10:00:00Z"));
    awaitProjected();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(6);
    java.util.Set<String> codes = new java.util.HashSet<>();
    try {
      List<java.util.concurrent.Future<HttpResponse<byte[]>>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        answers.add(pool.submit(() -> pdf(coordinatorName, "staff/1004/certificates/ABC")));
      }
      for (var answer : answers) {
        HttpResponse<byte[]> pdf = answer.get();
        assertThat(pdf.statusCode()).isEqualTo(200);
        java.util.regex.Matcher code =
            java.util.regex.Pattern.compile("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}")
                .matcher(pdfText(pdf.body()));
        assertThat(code.find()).isTrue();
        codes.add(code.group());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(codes).hasSize(1);
    assertThat(
            Http.json(api.get("verify/" + codes.iterator().next()))
                .asJsonObject()
                .getString("name"))
        .isEqualTo("Lise Berg");
  }

  // ---------------------------------------------------------------- helpers

  static final String ABC_COURSE = "https://abc-tracker.no/xapi/courses/velferdsteknologiens-abc";
  static final String DISPENSER_COURSE =
      "https://abc-tracker.no/xapi/courses/superbruker-medisindispenser";

  /** An LMS of this municipality that may write and read statements. */
  Http lms() {
    Tenants.LrsCredentials client = Tenants.newLrsClient(api, code, "all");
    return api.xapi(client.key(), client.secret());
  }

  /** Completed statements on modules of a course, module i at String.format(timestamp, i + 1). */
  static String modules(String email, String course, List<String> modules, String timestamp) {
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < modules.size(); i++) {
      batch
          .append(i == 0 ? "" : ",")
          .append("{\"actor\":{\"objectType\":\"Agent\",\"mbox\":\"mailto:")
          .append(email)
          .append("\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\",")
          .append("\"display\":{\"en-US\":\"completed\"}},\"object\":{\"objectType\":\"Activity\",")
          .append("\"id\":\"")
          .append(course)
          .append("/modules/")
          .append(modules.get(i))
          .append("\"},\"timestamp\":\"")
          .append(timestamp.contains("%d") ? String.format(timestamp, i + 1) : timestamp)
          .append("\"}");
    }
    return batch.append(']').toString();
  }

  /** Posts statements through the LRS; answers their ids. */
  static List<String> post(Http lms, String statements) {
    HttpResponse<String> stored = lms.post("xapi/statements", statements);
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    return Http.json(stored).asJsonArray().stream()
        .map(id -> ((jakarta.json.JsonString) id).getString())
        .toList();
  }

  /** Polls the projection's status until nothing is pending, for at most a minute. */
  void awaitProjected() {
    Tenants.awaitProjected(api, code);
  }

  JsonObject appointment(int id, String asOf) {
    HttpResponse<String> one =
        coordinator.get(path("super-users/" + id + (asOf == null ? "" : "?asOf=" + asOf)));
    assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
    return Http.json(one).asJsonObject();
  }

  JsonObject coverage(String asOf) {
    HttpResponse<String> matrix =
        coordinator.get(
            path("reports/super-user-coverage" + (asOf == null ? "" : "?asOf=" + asOf)));
    assertThat(matrix.statusCode()).as(matrix.body()).isEqualTo(200);
    return Http.json(matrix).asJsonObject();
  }

  /** The covered cells of a technology row as "SHIFT=name,name". */
  static List<String> covered(JsonObject unit, String technology) {
    return unit.getJsonArray("technologies").stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getString("technology").equals(technology))
        .flatMap(t -> t.getJsonArray("cells").stream().map(JsonValue::asJsonObject))
        .filter(c -> c.getBoolean("covered"))
        .map(
            c ->
                c.getString("shift")
                    + "="
                    + String.join(
                        ",",
                        c.getJsonArray("superUsers").stream()
                            .map(p -> p.asJsonObject().getString("fullName"))
                            .toList()))
        .toList();
  }

  /** GET of a binary answer as {@code username} (password-1); testsupport.Http reads text only. */
  HttpResponse<byte[]> pdf(String username, String rest) {
    String token =
        java.util.Base64.getEncoder()
            .encodeToString((username + ":password-1").getBytes(StandardCharsets.UTF_8));
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(base.toString().replaceAll("/$", "") + "/" + path(rest)))
                  .header("Authorization", "Basic " + token)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String pdfText(byte[] pdf) throws java.io.IOException {
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
    try {
      return new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
    } finally {
      reader.close();
    }
  }

  HttpResponse<String> appoint(
      Http as, String employeeId, String unit, String technology, String from, String to) {
    StringBuilder body =
        new StringBuilder("{\"employeeId\":\"")
            .append(employeeId)
            .append("\",\"unitCode\":\"")
            .append(unit)
            .append("\",\"technology\":\"")
            .append(technology)
            .append('"');
    if (from != null) {
      body.append(",\"from\":\"").append(from).append('"');
    }
    if (to != null) {
      body.append(",\"to\":\"").append(to).append('"');
    }
    return as.post(path("super-users"), body.append('}').toString());
  }

  static int id(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).asJsonObject().getInt("id");
  }

  static List<Integer> ids(HttpResponse<String> list) {
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return Http.json(list).asJsonArray().stream().map(a -> a.asJsonObject().getInt("id")).toList();
  }

  static byte[] rules(String unit, String technology, int minimum) {
    return ("{\"rules\":[{\"unitCode\":\""
            + unit
            + "\",\"technology\":\""
            + technology
            + "\",\"minimumPerShift\":"
            + minimum
            + "}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  static JsonObject unit(JsonObject matrix, String code) {
    return matrix.getJsonArray("units").stream()
        .map(JsonValue::asJsonObject)
        .filter(u -> u.getString("unitCode").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no unit " + code + " in " + matrix));
  }

  static List<String> texts(JsonObject matrix) {
    return matrix.getJsonArray("actions").stream()
        .map(a -> a.asJsonObject().getString("text"))
        .toList();
  }

  static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Http.json(response).asJsonObject().getString("detail")).contains(detail);
  }

  String user(String municipality, String role, List<String> units, String employeeId) {
    return Tenants.newUser(api, municipality, role, units, employeeId);
  }

  String path(String rest) {
    return "api/v1/municipalities/" + code + "/" + rest;
  }

  HttpResponse<String> putCsv(Http as, String what, String csv) {
    return as.put(path(what), "text/csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
