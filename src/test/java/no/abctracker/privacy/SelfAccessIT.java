package no.abctracker.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.abctracker.testsupport.AbcStatements;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.FormClient;
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
 * Self-access (GDPR art. 15 and 20): two persons with data in every category; the export of one
 * holds all of theirs and nothing of the other's, as JSON and as a PDF in Bokmål, from the API and
 * from the staff member's own page; each export by a coordinator is logged; another municipality
 * gets nobody.
 */
@ExtendWith(ArquillianExtension.class)
class SelfAccessIT {

  static final String UNITS =
      "unit_code,name,parent_code,unit_type\n"
          + "HO,Helse og omsorg,,ADMINISTRATION\n"
          + "HJT,Hjemmetjenesten,HO,HOME_CARE\n";
  static final String ROSTER =
      Tenants.STAFF_HEADER
          + "71001,Ola Nordmann,ola.n@kommune.no,HJT,7174,Helsefagarbeider,75,THREE_SHIFT,PERMANENT,2020-01-01,\n"
          + "72002,Kari Heggen,kari.h@kommune.no,HJT,7076,Sykepleier,100,DAY,PERMANENT,2019-08-01,\n";

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  Http api;
  String code;
  Http coordinator;
  String coordinatorName;

  @BeforeEach
  void twoPersonsWithDataInEveryCategory() {
    api = Http.at(base);
    code = Tenants.newMunicipality(api);
    Tenants.importCsv(api, code, "units", UNITS);
    Tenants.importCsv(api, code, "staff", ROSTER);
    coordinatorName = Tenants.newUser(api, code, "COORDINATOR", null, null);
    coordinator = api.basic(coordinatorName, Tenants.USER_PASSWORD);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));

    Tenants.LrsCredentials lms = Tenants.newLrsClient(api, code, "all");
    List<String> modules = AbcStatements.mandatoryModules(api);
    AbcStatements.post(
        api.xapi(lms.key(), lms.secret()),
        AbcStatements.completions(
            "ola.n@kommune.no", modules.subList(0, 1), "2025-03-01T10:00:00Z"));
    AbcStatements.post(
        api.xapi(lms.key(), lms.secret()),
        AbcStatements.completions(
            "kari.h@kommune.no", modules.subList(0, 1), "2025-03-02T10:00:00Z"));
    for (String person : List.of("71001", "72002")) {
      ok(
          coordinator.post(
              path("staff/" + person + "/registrations"),
              "{\"course\":\"ABC\",\"completedOn\":\"2024-05-02\",\"reason\":\"Papir "
                  + person
                  + "\"}"),
          201);
      ok(
          coordinator.post(
              path("super-users"),
              "{\"employeeId\":\""
                  + person
                  + "\",\"unitCode\":\"HJT\",\"technology\":\"SAFETY_ALARM\","
                  + "\"from\":\""
                  + today.minusDays(10)
                  + "\"}"),
          201);
    }
    HttpResponse<String> cohort =
        coordinator.post(
            path("cohorts"),
            "{\"name\":\"ABC høst\",\"description\":\"Gruppe\",\"courseCode\":\"ABC\","
                + "\"versionCode\":\"2016\",\"startDate\":\""
                + today.minusDays(30)
                + "\",\"endDate\":\""
                + today.plusDays(60)
                + "\",\"abcContact\":null,\"facilitators\":[]}");
    ok(cohort, 201);
    String cohortId = Http.json(cohort).asJsonObject().getString("id");
    ok(
        coordinator.post(
            path("cohorts/" + cohortId + "/members"), "{\"employeeIds\":[\"71001\",\"72002\"]}"),
        200);
    HttpResponse<String> session =
        coordinator.post(
            path("cohorts/" + cohortId + "/sessions"),
            "{\"kind\":\"JOINT\",\"title\":\"Oppstart\",\"startsAt\":\""
                + today.minusDays(1)
                + "T09:00\",\"endsAt\":\""
                + today.minusDays(1)
                + "T15:00\"}");
    ok(session, 201);
    ok(
        coordinator.post(
            path(
                "cohorts/"
                    + cohortId
                    + "/sessions/"
                    + Http.json(session).asJsonObject().getString("id")
                    + "/attendance"),
            "{\"employeeIds\":[\"71001\",\"72002\"]}"),
        200);
    Tenants.awaitProjected(api, code);
    for (String person : List.of("71001", "72002")) {
      assertThat(coordinator.bytes(path("staff/" + person + "/certificates/ABC")).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void theExportHoldsEverythingOfThePersonAndNothingOfTheOther() {
    HttpResponse<String> answer = coordinator.get(path("staff/71001/export"));
    ok(answer, 200);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> t.startsWith("application/json"));
    JsonObject export = Http.json(answer).asJsonObject();

    assertThat(export.getJsonObject("person").getString("fullName")).isEqualTo("Ola Nordmann");
    assertThat(export.getJsonArray("employments")).hasSize(1);
    assertThat(export.getJsonArray("employments").getJsonObject(0).getString("positionTitle"))
        .isEqualTo("Helsefagarbeider");
    assertThat(export.getJsonArray("identities"))
        .extracting(i -> i.asJsonObject().getString("kind"))
        .as("the hashes of the usual capitalisations of the e-mail are held too (docs/lms.md)")
        .containsOnly("MBOX", "MBOX_SHA1SUM", "ACCOUNT")
        .contains("MBOX", "MBOX_SHA1SUM", "ACCOUNT");
    JsonObject completions = export.getJsonObject("completions");
    assertThat(completions.getJsonArray("courses")).hasSize(1);
    assertThat(completions.getJsonArray("modules")).isNotEmpty();
    assertThat(
            completions.getJsonArray("modules").getJsonObject(0).getString("evidenceStatementId"))
        .isNotBlank();
    assertThat(export.getJsonArray("registrations"))
        .extracting(r -> r.asJsonObject().getString("reason"))
        .containsExactly("Papir 71001");
    assertThat(export.getJsonArray("attendances")).hasSize(1);
    assertThat(export.getJsonArray("attendances").getJsonObject(0).getString("cohort"))
        .isEqualTo("ABC høst");
    assertThat(export.getJsonArray("superUserRoles"))
        .extracting(r -> r.asJsonObject().getString("technology"))
        .containsExactly("SAFETY_ALARM");
    assertThat(export.getJsonArray("certificates"))
        .extracting(c -> c.asJsonObject().getString("courseCode"))
        .containsExactly("ABC");
    // The LMS's completion, the registration, the attendance and the appointment: each names Ola.
    assertThat(export.getJsonArray("statements")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(export.getJsonArray("statements"))
        .allSatisfy(
            s ->
                assertThat(s.asJsonObject().getJsonObject("statement").toString())
                    .doesNotContain("kari.h"));
    assertThat(export.getJsonArray("recordViews"))
        .extracting(v -> v.asJsonObject().getString("request"))
        .contains("GET /" + path("staff/71001/certificates/ABC"));

    String all = export.toString();
    assertThat(all)
        .contains("71001", "ola.n@kommune.no")
        .doesNotContain("Kari", "kari.h@kommune.no", "\"72002\"", "/staff/72002", "Papir 72002");

    // The export itself is a logged view of the record.
    HttpResponse<String> log = coordinator.get(path("record-views?employeeId=71001"));
    assertThat(Http.json(log).asJsonObject().getJsonArray("views"))
        .extracting(v -> v.asJsonObject().getString("request"))
        .contains("GET /" + path("staff/71001/export"));
  }

  @Test
  void thePdfIsReadableInBokmaalAndHoldsOnlyThePerson() throws Exception {
    HttpResponse<byte[]> pdf = coordinator.bytes(path("staff/71001/export?format=pdf"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    PdfReader reader = new PdfReader(pdf.body());
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page));
    }
    assertThat(text.toString())
        .contains(
            "Dine opplysninger i ABC Tracker",
            "Ola Nordmann",
            "Ansettelser",
            "Kursbevis",
            "Oppmøte på samlinger",
            "Superbrukerroller",
            "xAPI-utsagn om deg",
            "Helsefagarbeider")
        .doesNotContain("Kari");
    ok(coordinator.get(path("staff/71001/export?format=xml")), 400);
  }

  @Test
  void aStaffMemberDownloadsTheirOwnFromTheirPageAndNobodyElseGetsIt() throws Exception {
    String ola = Tenants.newUser(api, code, "STAFF", null, "71001");
    FormClient phone = new FormClient(base);
    HttpResponse<String> login = phone.get("login.xhtml");
    phone.post(
        "login.xhtml",
        FormClient.loginForm(ola, Tenants.USER_PASSWORD, FormClient.viewState(login.body())),
        null);
    assertThat(phone.get("min/").body()).contains("min/my-data.pdf", "min/my-data.json");
    HttpResponse<String> json = phone.get("min/my-data.json");
    assertThat(json.statusCode()).isEqualTo(200);
    JsonObject mine = Json.createReader(new StringReader(json.body())).readObject();
    assertThat(mine.getJsonObject("person").getString("employeeId")).isEqualTo("71001");
    assertThat(mine.getJsonArray("certificates")).hasSize(1);
    assertThat(json.body()).doesNotContain("Kari");
    HttpResponse<String> pdf = phone.get("min/my-data.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");

    // Through the API a staff member gets only their own.
    Http olaApi = api.basic(ola, Tenants.USER_PASSWORD);
    ok(olaApi.get(path("staff/71001/export")), 200);
    ok(olaApi.get(path("staff/72002/export")), 403);
    assertThat(requests("viewedBy=" + ola)).as("their own record is not logged").isEmpty();

    String other = Tenants.newMunicipality(api);
    Http stranger =
        api.basic(Tenants.newUser(api, other, "COORDINATOR", null, null), Tenants.USER_PASSWORD);
    ok(stranger.get("api/v1/municipalities/" + other + "/staff/71001/export"), 404);
    ok(stranger.get(path("staff/71001/export")), 403);
    String leader = Tenants.newUser(api, code, "UNIT_LEADER", List.of("HJT"), null);
    ok(api.basic(leader, Tenants.USER_PASSWORD).get(path("staff/71001/export")), 403);
  }

  private List<String> requests(String filter) {
    HttpResponse<String> log = coordinator.get(path("record-views?" + filter));
    ok(log, 200);
    return Http.json(log).asJsonObject().getJsonArray("views").stream()
        .map(JsonValue::asJsonObject)
        .map(v -> v.getString("request"))
        .toList();
  }

  private String path(String rest) {
    return "api/v1/municipalities/" + code + "/" + rest;
  }

  private static void ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }
}
