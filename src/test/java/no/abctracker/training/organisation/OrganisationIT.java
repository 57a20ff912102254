package no.abctracker.training.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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

/** Units, staff rosters, identities and who may see whom, over HTTP as a coordinator would. */
@ExtendWith(ArquillianExtension.class)
class OrganisationIT {

  static final String UNITS =
      "unit_code,name,parent_code,unit_type\n"
          + "HO,Helse og omsorg,,ADMINISTRATION\n"
          + "HJT,Hjemmetjenesten,HO,HOME_CARE\n"
          + "HJT-N,Hjemmetjenesten nord,HJT,HOME_CARE\n"
          + "HJT-S,Hjemmetjenesten sør,HJT,HOME_CARE\n"
          + "SHJ,Sykehjemmet,HO,INSTITUTION\n"
          + "TRS,Trygghetssenteret,HO,RESPONSE_CENTRE\n";

  static final String HEADER = Tenants.STAFF_HEADER;
  static final String OLA =
      "1001,Ola Nordmann,ola@kommune.no,HJT-N,7174,Helsefagarbeider,75,THREE_SHIFT,PERMANENT,2020-01-01,\n";
  static final String OLA_NIGHTS =
      "1001,Ola Nordmann,ola@kommune.no,SHJ,7174,Helsefagarbeider,20,NIGHT,TEMPORARY,2024-01-01,\n";
  static final String KARI =
      "1002,Kari Nordmann,kari@kommune.no,HJT-S,7076,Sykepleier,100,DAY,PERMANENT,2019-08-01,\n";
  static final String PER =
      "1003,Per Hansen,,SHJ,7174,Helsefagarbeider,0,WEEKEND,ON_CALL,2022-03-01,\n";

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  Http api;
  String code;

  @BeforeEach
  void municipalityWithUnits() {
    api = Http.at(base);
    code = Tenants.newMunicipality(api);
    HttpResponse<String> units = putCsv(admin(), "units", UNITS);
    assertThat(units.statusCode()).as(units.body()).isEqualTo(200);
  }

  @Test
  void unitsFormATreeAndUnitsLeftOutAreClosed() {
    JsonArray tree = Http.json(admin().get(path("units"))).asJsonArray();
    assertThat(tree).hasSize(1);
    JsonObject top = tree.getJsonObject(0);
    assertThat(top.getString("code")).isEqualTo("HO");
    assertThat(top.getJsonArray("children"))
        .extracting(c -> c.asJsonObject().getString("code"))
        .containsExactlyInAnyOrder("HJT", "SHJ", "TRS");

    HttpResponse<String> again = putCsv(admin(), "units", UNITS);
    assertThat(Http.json(again).asJsonObject().getInt("unchanged")).isEqualTo(6);

    HttpResponse<String> withoutTrs =
        putCsv(admin(), "units", UNITS.replace("TRS,Trygghetssenteret,HO,RESPONSE_CENTRE\n", ""));
    assertThat(Http.json(withoutTrs).asJsonObject().getInt("closed")).isEqualTo(1);
    assertThat(admin().get(path("units")).body()).doesNotContain("TRS");
    HttpResponse<String> staffInClosedUnit =
        putCsv(admin(), "staff", HEADER + OLA.replace("HJT-N", "TRS"));
    assertThat(staffInClosedUnit.statusCode()).isEqualTo(400);
    assertThat(staffInClosedUnit.body()).contains("Unit TRS is closed");
  }

  @Test
  void whoViewedWhoseRecordIsLoggedAndOnlyCoordinatorsReadTheLog() {
    assertThat(putCsv(admin(), "staff", HEADER + OLA + KARI).statusCode()).isEqualTo(200);
    String coordinatorName = user(code, "COORDINATOR", null, null);
    Http coordinator = api.basic(coordinatorName, "password-1");
    String leaderName = user(code, "UNIT_LEADER", List.of("HJT"), null);
    Http leader = api.basic(leaderName, "password-1");
    Http kari = api.basic(user(code, "STAFF", null, "1002"), "password-1");

    assertThat(coordinator.get(path("staff/1001")).statusCode()).isEqualTo(200);
    assertThat(coordinator.get(path("staff/1001/progress")).statusCode()).isEqualTo(200);
    assertThat(leader.get(path("staff/1001")).statusCode()).isEqualTo(200);
    // Her own record: not logged. A refused or missing record: nothing was viewed.
    assertThat(kari.get(path("staff/1002")).statusCode()).isEqualTo(200);
    assertThat(kari.get(path("staff/1001")).statusCode()).isEqualTo(403);
    assertThat(coordinator.get(path("staff/9999")).statusCode()).isEqualTo(404);

    HttpResponse<String> log = coordinator.get(path("record-views?employeeId=1001"));
    assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
    assertThat(Http.json(log).asJsonObject().getJsonArray("views"))
        .extracting(
            v ->
                v.asJsonObject().getString("viewedBy")
                    + " "
                    + v.asJsonObject().getString("request"))
        .containsExactly(
            leaderName + " GET /api/v1/municipalities/" + code + "/staff/1001",
            coordinatorName + " GET /api/v1/municipalities/" + code + "/staff/1001/progress",
            coordinatorName + " GET /api/v1/municipalities/" + code + "/staff/1001");
    assertThat(
            Http.json(coordinator.get(path("record-views?employeeId=1002")))
                .asJsonObject()
                .getJsonArray("views"))
        .isEmpty();
    assertThat(leader.get(path("record-views")).statusCode()).isEqualTo(403);
    assertThat(kari.get(path("record-views")).statusCode()).isEqualTo(403);
    assertThat(coordinator.get(path("record-views?limit=0")).statusCode()).isEqualTo(400);
  }

  @Test
  void badUnitsFileIsRejectedWithEveryLineAndChangesNothing() {
    HttpResponse<String> rejected =
        putCsv(
            admin(),
            "units",
            UNITS.replace("HJT-S,Hjemmetjenesten sør,HJT,HOME_CARE", "HJT-S,Sør,NOPE,HOME_CARE")
                + "X,Romskip,HO,SPACESHIP\n");
    assertThat(rejected.statusCode()).isEqualTo(400);
    assertThat(rejected.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonArray errors = Http.json(rejected).asJsonObject().getJsonArray("errors");
    assertThat(errors).extracting(e -> e.asJsonObject().getInt("line")).containsExactly(8);
    assertThat(admin().get(path("units")).body()).contains("Hjemmetjenesten sør");
  }

  @Test
  void rosterImportCreatesStaffWithEmploymentsAndIdentities() {
    HttpResponse<String> imported =
        putCsv(admin(), "staff", HEADER + OLA + OLA_NIGHTS + KARI + PER);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    JsonObject outcome = Http.json(imported).asJsonObject();
    assertThat(outcome.getInt("personsCreated")).isEqualTo(3);
    assertThat(outcome.getInt("employmentsCreated")).isEqualTo(4);

    JsonObject active = Http.json(admin().get(path("staff"))).asJsonObject();
    assertThat(active.getInt("count")).isEqualTo(3);
    JsonObject ola = person(active, "1001");
    assertThat(ola.getJsonArray("employments")).hasSize(2);

    JsonObject olaRecord = Http.json(admin().get(path("staff/1001"))).asJsonObject();
    assertThat(olaRecord.getJsonArray("identities").toString())
        .contains(
            "\"MBOX\"", "mailto:ola@kommune.no", "\"MBOX_SHA1SUM\"", "\"ACCOUNT\"", "\"1001\"");
    JsonObject per = Http.json(admin().get(path("staff/1003"))).asJsonObject();
    assertThat(per.getJsonArray("employments").getJsonObject(0).getInt("employmentPercent"))
        .isZero();
    assertThat(per.getJsonArray("identities")).hasSize(1);

    JsonObject inUnit = Http.json(admin().get(path("staff?unit=HJT"))).asJsonObject();
    assertThat(inUnit.getJsonArray("staff"))
        .extracting(p -> p.asJsonObject().getString("employeeId"))
        .containsExactly("1001", "1002");
    JsonObject before = Http.json(admin().get(path("staff?date=2019-12-31"))).asJsonObject();
    assertThat(before.getInt("count")).isEqualTo(1);
  }

  @Test
  void badRosterIsRejectedWithEveryBadLineAndChangesNothing() {
    putCsv(admin(), "staff", HEADER + OLA + KARI);
    String before = admin().get(path("staff")).body();

    HttpResponse<String> rejected =
        putCsv(
            admin(),
            "staff",
            HEADER
                + OLA.replace("75", "80")
                + KARI.replace("HJT-S", "UKJENT")
                + PER.replace(",0,", ",150,")
                + PER.replace("2022-03-01", "2022-02-30").replace("1003", "1004")
                + OLA.replace("75", "80")
                + PER.replace("WEEKEND", "EVENING").replace("1003", "1005")
                + PER.replace("ON_CALL", "CASUAL").replace("1003", "1006"));
    assertThat(rejected.statusCode()).isEqualTo(400);
    JsonObject problem = Http.json(rejected).asJsonObject();
    assertThat(problem.getString("detail")).contains("nothing was changed");
    JsonArray errors = problem.getJsonArray("errors");
    assertThat(errors)
        .extracting(e -> e.asJsonObject().getInt("line"))
        .containsExactly(3, 4, 5, 6, 7, 8);
    assertThat(errors.toString())
        .contains(
            "Unknown unit_code UKJENT",
            "between 0 and 100",
            "'2022-02-30' is not a date",
            "Duplicate employment",
            "Unknown shift_pattern 'EVENING'",
            "Unknown employment_kind 'CASUAL'");
    assertThat(errors.getJsonObject(0).getString("column")).isEqualTo("unit_code");

    HttpResponse<String> wrongHeader =
        putCsv(admin(), "staff", HEADER.replace("employee_id", "ansattnr") + OLA);
    assertThat(wrongHeader.statusCode()).isEqualTo(400);
    assertThat(wrongHeader.body()).contains("missing employee_id", "unknown ansattnr");

    HttpResponse<String> latin1 =
        admin()
            .put(
                path("staff"),
                "text/csv",
                (HEADER + OLA.replace("Ola Nordmann", "Åse Ødegård"))
                    .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(latin1.statusCode()).isEqualTo(400);
    assertThat(
            Http.json(latin1).asJsonObject().getJsonArray("errors").getJsonObject(0).getInt("line"))
        .isEqualTo(2);
    assertThat(latin1.body()).contains("Not UTF-8");

    assertThat(admin().get(path("staff")).body()).isEqualTo(before);
  }

  @Test
  void sameRosterTwiceChangesNothingAndSemicolonsWork() {
    String roster = "\uFEFF" + (HEADER + OLA + OLA_NIGHTS + KARI + PER).replace(',', ';');
    putCsv(admin(), "staff", roster);
    String before = admin().get(path("staff/1001")).body();

    JsonObject again = Http.json(putCsv(admin(), "staff", roster)).asJsonObject();
    assertThat(again.getInt("personsCreated")).isZero();
    assertThat(again.getInt("personsUpdated")).isZero();
    assertThat(again.getInt("employmentsCreated")).isZero();
    assertThat(again.getInt("employmentsUpdated")).isZero();
    assertThat(again.getInt("employmentsEnded")).isZero();
    assertThat(again.getInt("employmentsUnchanged")).isEqualTo(4);
    assertThat(admin().get(path("staff/1001")).body()).isEqualTo(before);
  }

  @Test
  void staffLeftOutAreEndDatedNotDeletedAndReopenWhenTheyReturn() {
    putCsv(admin(), "staff", HEADER + OLA + OLA_NIGHTS + KARI);
    JsonObject second = Http.json(putCsv(admin(), "staff", HEADER + OLA)).asJsonObject();
    assertThat(second.getInt("employmentsEnded")).isEqualTo(2);

    String yesterday = LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(1).toString();
    JsonObject kari = Http.json(admin().get(path("staff/1002"))).asJsonObject();
    assertThat(kari.getJsonArray("employments").getJsonObject(0).getString("endDate"))
        .isEqualTo(yesterday);
    JsonObject active = Http.json(admin().get(path("staff"))).asJsonObject();
    assertThat(active.getJsonArray("staff"))
        .extracting(p -> p.asJsonObject().getString("employeeId"))
        .containsExactly("1001");
    assertThat(person(active, "1001").getJsonArray("employments")).hasSize(1);
    JsonObject lastWeek = Http.json(admin().get(path("staff?date=" + yesterday))).asJsonObject();
    assertThat(lastWeek.getInt("count")).isEqualTo(2);

    JsonObject back = Http.json(putCsv(admin(), "staff", HEADER + OLA + KARI)).asJsonObject();
    assertThat(back.getInt("employmentsUpdated")).isEqualTo(1);
    assertThat(back.getInt("employmentsCreated")).isZero();
    kari = Http.json(admin().get(path("staff/1002"))).asJsonObject();
    assertThat(kari.getJsonArray("employments").getJsonObject(0).containsKey("endDate")).isFalse();
  }

  @Test
  void coordinatorOfAnotherMunicipalityIsForbidden() {
    String other = Tenants.newMunicipality(api);
    String coordinator = user(other, "COORDINATOR", null, null);
    Http them = api.basic(coordinator, "password-1");
    assertThat(
            them.put(path("staff"), "text/csv", (HEADER + OLA).getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(403);
    assertThat(them.get(path("staff")).statusCode()).isEqualTo(403);
    assertThat(them.get(path("units")).statusCode()).isEqualTo(403);
    assertThat(them.post(path("users"), "{}").statusCode()).isEqualTo(403);

    String ours = user(code, "COORDINATOR", null, null);
    HttpResponse<String> imported = putCsv(api.basic(ours, "password-1"), "staff", HEADER + OLA);
    assertThat(imported.statusCode()).isEqualTo(200);
  }

  @Test
  void unitLeaderSeesOnlyTheirSubtreeAndStaffOnlyThemselves() {
    putCsv(admin(), "staff", HEADER + OLA + OLA_NIGHTS + KARI + PER);
    Http leader = api.basic(user(code, "UNIT_LEADER", List.of("HJT"), null), "password-1");

    JsonObject theirs = Http.json(leader.get(path("staff"))).asJsonObject();
    assertThat(theirs.getJsonArray("staff"))
        .extracting(p -> p.asJsonObject().getString("employeeId"))
        .containsExactly("1001", "1002");
    assertThat(person(theirs, "1001").getJsonArray("employments"))
        .extracting(e -> e.asJsonObject().getString("unitCode"))
        .containsExactly("HJT-N");
    assertThat(leader.get(path("staff/1002")).statusCode()).isEqualTo(200);
    assertThat(leader.get(path("staff/1003")).statusCode()).isEqualTo(403);
    assertThat(leader.get(path("units/SHJ")).statusCode()).isEqualTo(403);
    JsonArray tree = Http.json(leader.get(path("units"))).asJsonArray();
    assertThat(tree).extracting(u -> u.asJsonObject().getString("code")).containsExactly("HJT");
    assertThat(
            leader
                .put(path("staff"), "text/csv", (HEADER + OLA).getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(403);

    Http kari = api.basic(user(code, "STAFF", null, "1002"), "password-1");
    HttpResponse<String> own = kari.get(path("staff/1002"));
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("Kari Nordmann");
    assertThat(kari.get(path("staff/1001")).statusCode()).isEqualTo(403);
    assertThat(kari.get(path("staff")).statusCode()).isEqualTo(403);
    assertThat(kari.get(path("units")).statusCode()).isEqualTo(403);
  }

  @Test
  void usersNeedExistingUnitsOrEmployees() {
    HttpResponse<String> noUnit =
        admin()
            .post(
                path("users"),
                "{\"username\":\"u"
                    + suffix()
                    + "\",\"password\":\"password-1\","
                    + "\"role\":\"UNIT_LEADER\",\"unitCodes\":[\"NOPE\"]}");
    assertThat(noUnit.statusCode()).isEqualTo(400);
    assertThat(noUnit.body()).contains("NOPE");
    HttpResponse<String> noEmployee =
        admin()
            .post(
                path("users"),
                "{\"username\":\"u"
                    + suffix()
                    + "\",\"password\":\"password-1\","
                    + "\"role\":\"STAFF\",\"employeeId\":\"9999\"}");
    assertThat(noEmployee.statusCode()).isEqualTo(400);
    HttpResponse<String> admin =
        admin()
            .post(
                path("users"),
                "{\"username\":\"u"
                    + suffix()
                    + "\",\"password\":\"password-1\","
                    + "\"role\":\"SYSTEM_ADMIN\"}");
    assertThat(admin.statusCode()).isEqualTo(400);
    String leader = user(code, "UNIT_LEADER", List.of("HJT", "SHJ"), null);
    assertThat(admin().get(path("users")).body()).contains(leader, "\"HJT\"", "\"SHJ\"");
    assertThat(admin().get(path("users")).body()).doesNotContain("password");
  }

  @Test
  void previewsCountWhatAnImportWouldDoAndChangeNothing() {
    putCsv(admin(), "staff", HEADER + OLA + KARI);

    HttpResponse<String> bad =
        admin()
            .send(
                "POST",
                path("staff/preview"),
                "text/csv",
                (HEADER
                        + OLA
                        + "1009,Nina Ny,,NOPE,7174,Helsefagarbeider,50,NIGHT,TEMPORARY,2025-01-01,\n")
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(bad.statusCode()).isEqualTo(400);
    JsonObject badLine = Http.json(bad).asJsonObject().getJsonArray("errors").getJsonObject(0);
    assertThat(badLine.getInt("line")).isEqualTo(3);
    assertThat(badLine.getString("message")).contains("NOPE");

    HttpResponse<String> good =
        admin()
            .send(
                "POST",
                path("staff/preview"),
                "text/csv",
                (HEADER + OLA + PER).getBytes(StandardCharsets.UTF_8));
    assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
    JsonObject counts = Http.json(good).asJsonObject();
    assertThat(counts.getInt("personsCreated")).isEqualTo(1);
    assertThat(counts.getInt("employmentsEnded")).as("Kari is missing").isEqualTo(1);
    assertThat(admin().get(path("staff/1003")).statusCode()).as("nothing saved").isEqualTo(404);
    assertThat(Http.json(admin().get(path("staff"))).asJsonObject().getInt("count")).isEqualTo(2);
    JsonObject imported = Http.json(putCsv(admin(), "staff", HEADER + OLA + PER)).asJsonObject();
    assertThat(imported.getInt("personsCreated")).isEqualTo(counts.getInt("personsCreated"));
    assertThat(imported.getInt("employmentsEnded")).isEqualTo(counts.getInt("employmentsEnded"));

    String withoutTrs = UNITS.replace("TRS,Trygghetssenteret,HO,RESPONSE_CENTRE\n", "");
    HttpResponse<String> units =
        admin()
            .send(
                "POST",
                path("units/preview"),
                "text/csv",
                withoutTrs.getBytes(StandardCharsets.UTF_8));
    assertThat(Http.json(units).asJsonObject().getInt("closed")).isEqualTo(1);
    assertThat(admin().get(path("units/TRS")).body()).doesNotContain("closedOn");

    Http leader = api.basic(user(code, "UNIT_LEADER", List.of("HJT"), null), "password-1");
    assertThat(
            leader
                .send(
                    "POST",
                    path("staff/preview"),
                    "text/csv",
                    HEADER.getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(403);
    String other = Tenants.newMunicipality(api);
    Http them = api.basic(user(other, "COORDINATOR", null, null), "password-1");
    assertThat(
            them.send(
                    "POST",
                    path("units/preview"),
                    "text/csv",
                    UNITS.getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(403);
  }

  private String user(String municipality, String role, List<String> units, String employeeId) {
    return Tenants.newUser(api, municipality, role, units, employeeId);
  }

  private static String suffix() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  private static JsonObject person(JsonObject list, String employeeId) {
    return list.getJsonArray("staff").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("employeeId").equals(employeeId))
        .findFirst()
        .orElseThrow();
  }

  private Http admin() {
    return api.asAdmin();
  }

  private String path(String rest) {
    return "api/v1/municipalities/" + code + "/" + rest;
  }

  private HttpResponse<String> putCsv(Http as, String what, String csv) {
    return as.put(path(what), "text/csv", csv.getBytes(StandardCharsets.UTF_8));
  }
}
