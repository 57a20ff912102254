package no.abctracker.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
 * The log of who viewed whose records is complete: every API, LRS and page view of a person or a
 * list of persons writes its row (the views issue 16 found unlogged), a coordinator reads it as
 * JSON and CSV filtered by person and viewer, and a staff member sees who opened their record.
 */
@ExtendWith(ArquillianExtension.class)
class AccessLogIT {

  static final String UNITS =
      "unit_code,name,parent_code,unit_type\n"
          + "HO,Helse og omsorg,,ADMINISTRATION\n"
          + "HJT,Hjemmetjenesten,HO,HOME_CARE\n";
  static final String ROSTER =
      Tenants.STAFF_HEADER
          + "1001,Ola Nordmann,ola@kommune.no,HJT,7174,Helsefagarbeider,75,THREE_SHIFT,PERMANENT,2020-01-01,\n"
          + "1002,Kari Nordmann,kari@kommune.no,HJT,7076,Sykepleier,100,DAY,PERMANENT,2019-08-01,\n";
  static final String OLA_AGENT = "{\"mbox\":\"mailto:ola@kommune.no\"}";

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
  void municipalityWithTwoPersons() {
    api = Http.at(base);
    code = Tenants.newMunicipality(api);
    Tenants.importCsv(api, code, "units", UNITS);
    Tenants.importCsv(api, code, "staff", ROSTER);
    coordinatorName = Tenants.newUser(api, code, "COORDINATOR", null, null);
    coordinator = api.basic(coordinatorName, Tenants.USER_PASSWORD);
  }

  @Test
  void everyApiAndLrsReadOfPersonalDataWritesALogRow() {
    Tenants.LrsCredentials client = Tenants.newLrsClient(api, code, "all");
    Http lrs = api.xapi(client.key(), client.secret());
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
    String cohort = cohort(today);
    String session = session(cohort, today);
    String agent = URLEncoder.encode(OLA_AGENT, StandardCharsets.UTF_8);
    String activity = URLEncoder.encode("https://example.org/a", StandardCharsets.UTF_8);
    ok(
        lrs.post(
            "xapi/activities/state?activityId=" + activity + "&agent=" + agent + "&stateId=s",
            "{}"),
        204);
    ok(lrs.post("xapi/agents/profile?agent=" + agent + "&profileId=p", "{}"), 204);

    List<String> api =
        List.of(
            "staff",
            "staff?unit=HJT",
            "staff/1001/sessions",
            "cohorts/" + cohort,
            "cohorts/" + cohort + "/sessions/" + session + "/attendance",
            "lrs-clients/" + client.key() + "/statements",
            "super-users",
            "reports/super-user-coverage");
    for (String read : api) {
      ok(coordinator.get(path(read)), 200);
    }
    List<String> xapi =
        List.of(
            "xapi/statements?agent=" + agent,
            "xapi/activities/state?activityId=" + activity + "&agent=" + agent + "&stateId=s",
            "xapi/agents/profile?agent=" + agent + "&profileId=p",
            "xapi/agents?agent=" + agent);
    for (String read : xapi) {
      ok(lrs.get(read), 200);
    }
    // A refused read showed nothing and is not logged.
    ok(coordinator.get(path("cohorts/nope")), 404);

    assertThat(requests("viewedBy=" + coordinatorName))
        .containsExactlyInAnyOrderElementsOf(
            api.stream().map(read -> "GET /" + path(read)).toList());
    assertThat(requests("viewedBy=lrs-client:" + client.key()))
        .containsExactlyInAnyOrderElementsOf(xapi.stream().map(read -> "GET /" + read).toList());
    assertThat(requests("employeeId=1001")).containsExactly("GET /" + path("staff/1001/sessions"));
  }

  @Test
  void everyPageViewOfPersonalDataWritesALogRowAndTheStaffMemberSeesWhoLooked() throws Exception {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
    String cohort = cohort(today);
    ok(
        api.asAdmin()
            .post(
                path("staff/1001/registrations"),
                "{\"course\":\"ABC\",\"completedOn\":\"2024-05-02\",\"reason\":\"Papir\"}"),
        201);
    Tenants.awaitProjected(api, code);

    FormClient desk = signedIn(coordinatorName);
    List<String> pages =
        List.of(
            "app/staff.xhtml",
            "app/person.xhtml?id=1001",
            "app/cohort.xhtml?id=" + cohort,
            "app/people.xhtml?course=ABC&status=completed",
            "app/super-users.xhtml",
            "app/certificate.pdf?id=1001&course=ABC");
    for (String page : pages) {
      HttpResponse<String> shown = desk.get(page);
      assertThat(shown.statusCode()).as(page + ": " + shown.body()).isEqualTo(200);
    }
    assertThat(desk.get("app/person.xhtml?id=7777").statusCode()).isEqualTo(404);

    assertThat(requests("viewedBy=" + coordinatorName))
        .containsExactlyInAnyOrderElementsOf(pages.stream().map(p -> "GET /" + p).toList());
    assertThat(requests("employeeId=1001"))
        .containsExactlyInAnyOrder(
            "GET /app/person.xhtml?id=1001", "GET /app/certificate.pdf?id=1001&course=ABC");

    // The coordinator reads the log in the workspace too, and downloads the same filter as CSV.
    HttpResponse<String> logPage = desk.get("app/record-views.xhtml?employeeId=1001");
    assertThat(logPage.statusCode()).isEqualTo(200);
    assertThat(logPage.body())
        .contains("/app/person.xhtml?id=1001", "/app/certificate.pdf?id=1001")
        .doesNotContain("/app/staff.xhtml</code>");
    HttpResponse<String> logCsv = desk.get("app/record-views.csv?employeeId=1001");
    assertThat(logCsv.statusCode()).isEqualTo(200);
    assertThat(logCsv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(logCsv.body().lines())
        .hasSize(3)
        .anyMatch(l -> l.endsWith("GET /app/person.xhtml?id=1001"));
    assertThat(requests("viewedBy=" + coordinatorName))
        .as("reading the log is not a view")
        .hasSize(pages.size());

    String ola = Tenants.newUser(api, code, "STAFF", null, "1001");
    FormClient phone = signedIn(ola);
    HttpResponse<String> mine = phone.get("min/");
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.body())
        .contains("Hvem har sett mine opplysninger")
        .contains(coordinatorName)
        .contains("GET /app/person.xhtml?id=1001");
    HttpResponse<String> own = phone.get("min/certificate.pdf?course=ABC");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(requests("viewedBy=" + ola)).as("her own record is not logged").isEmpty();
    assertThat(phone.get("app/record-views.xhtml").statusCode())
        .as("staff are sent to their own page")
        .isNotEqualTo(200);
    assertThat(phone.get("app/record-views.csv").statusCode()).isNotEqualTo(200);

    String kari = Tenants.newUser(api, code, "STAFF", null, "1002");
    HttpResponse<String> karis = signedIn(kari).get("min/");
    assertThat(karis.body()).contains("Ingen andre har åpnet").doesNotContain(coordinatorName);
  }

  @Test
  void theLogDownloadsAsCsvFilteredByPersonAndIsOnlyTheMunicipalitysOwn() {
    ok(coordinator.get(path("staff/1001")), 200);
    ok(coordinator.get(path("staff/1002")), 200);

    HttpResponse<String> csv = coordinator.get(path("record-views?employeeId=1001&format=csv"));
    ok(csv, 200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> t.startsWith("text/csv"));
    assertThat(csv.body().lines().toList())
        .containsExactly(
            "\uFEFFviewed_at,viewed_by,employee_id,request", csv.body().lines().toList().get(1));
    assertThat(csv.body())
        .contains(coordinatorName + ",1001,GET /" + path("staff/1001"))
        .doesNotContain("1002");
    HttpResponse<String> byAccept =
        coordinator
            .header("Accept", "text/csv")
            .get(path("record-views?viewedBy=" + coordinatorName));
    assertThat(byAccept.body().lines()).hasSize(3);
    ok(coordinator.get(path("record-views?format=xml")), 400);

    String other = Tenants.newMunicipality(api);
    Http stranger =
        api.basic(Tenants.newUser(api, other, "COORDINATOR", null, null), Tenants.USER_PASSWORD);
    ok(stranger.get(path("record-views")), 403);
    ok(stranger.get(path("record-views?format=csv")), 403);
  }

  private List<String> requests(String filter) {
    HttpResponse<String> log = coordinator.get(path("record-views?" + filter));
    ok(log, 200);
    return Http.json(log).asJsonObject().getJsonArray("views").stream()
        .map(JsonValue::asJsonObject)
        .map(v -> v.getString("request"))
        .toList();
  }

  private String cohort(LocalDate today) {
    HttpResponse<String> created =
        coordinator.post(
            path("cohorts"),
            "{\"name\":\"ABC vår\",\"description\":\"Gruppe\",\"courseCode\":\"ABC\","
                + "\"versionCode\":\"2016\",\"startDate\":\""
                + today.minusDays(30)
                + "\",\"endDate\":\""
                + today.plusDays(60)
                + "\",\"abcContact\":null,\"facilitators\":[]}");
    ok(created, 201);
    String id = Http.json(created).asJsonObject().getString("id");
    ok(coordinator.post(path("cohorts/" + id + "/members"), "{\"employeeIds\":[\"1001\"]}"), 200);
    return id;
  }

  private String session(String cohort, LocalDate today) {
    HttpResponse<String> created =
        coordinator.post(
            path("cohorts/" + cohort + "/sessions"),
            "{\"kind\":\"JOINT\",\"title\":\"Oppstart\",\"startsAt\":\""
                + today.minusDays(1)
                + "T09:00\",\"endsAt\":\""
                + today.minusDays(1)
                + "T15:00\"}");
    ok(created, 201);
    JsonObject session = Http.json(created).asJsonObject();
    return session.getString("id");
  }

  private FormClient signedIn(String username) throws Exception {
    FormClient client = new FormClient(base);
    HttpResponse<String> login = client.get("login.xhtml");
    HttpResponse<String> signedIn =
        client.post(
            "login.xhtml",
            FormClient.loginForm(
                username, Tenants.USER_PASSWORD, FormClient.viewState(login.body())),
            null);
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
    return client;
  }

  private String path(String rest) {
    return "api/v1/municipalities/" + code + "/" + rest;
  }

  private static void ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }
}
