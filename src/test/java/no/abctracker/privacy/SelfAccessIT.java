package no.abctracker.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.abctracker.testsupport.AbcStatements;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.FormClient;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.Tenants;
import no.abctracker.training.organisation.control.ActorIdentities;
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
    assertThat(requests("viewedBy=" + ola))
        .as("their own downloads are logged, their own record through the API not")
        .containsExactlyInAnyOrder("GET /min/my-data.json", "GET /min/my-data.pdf");

    String other = Tenants.newMunicipality(api);
    Http stranger =
        api.basic(Tenants.newUser(api, other, "COORDINATOR", null, null), Tenants.USER_PASSWORD);
    ok(stranger.get("api/v1/municipalities/" + other + "/staff/71001/export"), 404);
    ok(stranger.get(path("staff/71001/export")), 403);
    String leader = Tenants.newUser(api, code, "UNIT_LEADER", List.of("HJT"), null);
    ok(api.basic(leader, Tenants.USER_PASSWORD).get(path("staff/71001/export")), 403);
  }

  @Test
  void erasureLeavesNothingOfThePersonAndKeepsEveryoneElse() throws Exception {
    Tenants.LrsCredentials lms = Tenants.newLrsClient(api, code, "all");
    Http lrs = api.xapi(lms.key(), lms.secret());
    String activity = AbcStatements.mandatoryModules(api).get(1);
    // Ola under a capitalised mbox, under the SHA-1 of the mbox, and as Kari's instructor.
    List<String> capitalised =
        AbcStatements.post(
            lrs,
            AbcStatements.completions(
                "Ola.N@Kommune.no", List.of(activity), "2025-04-01T10:00:00Z"));
    AbcStatements.post(
        lrs,
        "{\"actor\":{\"mbox_sha1sum\":\""
            + ActorIdentities.sha1Hex("mailto:ola.n@kommune.no")
            + "\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},"
            + "\"object\":{\"id\":\""
            + activity
            + "\"}}");
    String taught =
        AbcStatements.post(
                lrs,
                "{\"actor\":{\"mbox\":\"mailto:kari.h@kommune.no\"},\"verb\":{\"id\":"
                    + "\"http://adlnet.gov/expapi/verbs/experienced\"},\"object\":{\"id\":\""
                    + activity
                    + "\"},\"context\":{\"instructor\":{\"name\":\"Ola Nordmann\","
                    + "\"mbox\":\"mailto:OLA.N@kommune.no\"}}}")
            .get(0);
    AbcStatements.post(lrs, AbcStatements.voiding(capitalised.get(0)));
    // Ola's own certificate as an attachment: its content names him and must go with him.
    byte[] certificate = "Kursbevis for Ola Nordmann".getBytes(StandardCharsets.UTF_8);
    String sha2 =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate));
    String withAttachment =
        "{\"actor\":{\"mbox\":\"mailto:ola.n@kommune.no\"},\"verb\":{\"id\":"
            + "\"http://adlnet.gov/expapi/verbs/experienced\"},\"object\":{\"id\":\""
            + activity
            + "\"},\"attachments\":[{\"usageType\":\"https://abc-tracker.no/xapi/attachments/certificate\","
            + "\"display\":{\"nb\":\"Kursbevis\"},\"contentType\":\"text/plain\",\"length\":"
            + certificate.length
            + ",\"sha2\":\""
            + sha2
            + "\"}]}";
    HttpResponse<String> attached =
        lrs.send(
            "POST",
            "xapi/statements",
            "multipart/mixed; boundary=zz",
            AbcStatements.multipart(withAttachment, "zz", sha2, certificate));
    assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
    String olaAgent = "{\"mbox\":\"mailto:ola.n@kommune.no\"}";
    String state =
        "xapi/activities/state?activityId="
            + enc(activity)
            + "&agent="
            + enc(olaAgent)
            + "&stateId=bokmerke";
    assertThat(lrs.put(state, "application/json", "{\"side\":3}".getBytes()).statusCode())
        .isEqualTo(204);
    assertThat(
            lrs.header("If-None-Match", "*")
                .put(
                    "xapi/agents/profile?agent=" + enc(olaAgent) + "&profileId=innstillinger",
                    "application/json",
                    "{\"språk\":\"nb\"}".getBytes())
                .statusCode())
        .isEqualTo(204);
    // The same person (employee id and e-mail) in another municipality, who must stay.
    String other = Tenants.newMunicipality(api);
    Tenants.importCsv(api, other, "units", UNITS);
    Tenants.importCsv(api, other, "staff", ROSTER);
    Tenants.LrsCredentials otherLms = Tenants.newLrsClient(api, other, "all");
    AbcStatements.post(
        api.xapi(otherLms.key(), otherLms.secret()),
        AbcStatements.completions("ola.n@kommune.no", List.of(activity), "2025-03-01T10:00:00Z"));
    String ola = Tenants.newUser(api, code, "STAFF", null, "71001");
    ok(api.basic(ola, Tenants.USER_PASSWORD).get(path("staff/71001/export")), 200);
    Tenants.awaitProjected(api, code);
    Tenants.awaitProjected(api, other);

    String pastDate = "2025-01-15";
    JsonObject before = coverage(pastDate);
    JsonObject beforeToday = coverage(null);
    assertThat(before.getInt("headcount")).isEqualTo(2);
    assertThat(before.getInt("completed")).isEqualTo(2);
    String kariBefore = withoutVolatile(coordinator.get(path("staff/72002/export")));
    long personId =
        single(
            "SELECT id FROM person WHERE municipality_id = "
                + id(code)
                + " AND employee_id = '71001'");

    // Bad input changes nothing and tells nothing.
    ok(coordinator.get(path("staff/99999/erasure")), 404);
    ok(coordinator.post(path("staff/71001/erasure"), "{}"), 400);
    ok(coordinator.post(path("staff/71001/erasure"), "{\"token\":\"nope\"}"), 400);
    ok(coordinator.post(path("staff/71001/erasure"), "[1]"), 400);
    ok(api.basic(ola, Tenants.USER_PASSWORD).get(path("staff/71001/erasure")), 403);
    Http stranger =
        api.basic(Tenants.newUser(api, other, "COORDINATOR", null, null), Tenants.USER_PASSWORD);
    ok(stranger.get(path("staff/71001/erasure")), 403);
    ok(stranger.get("api/v1/municipalities/" + other + "/staff/72003/erasure"), 404);

    HttpResponse<String> previewed = coordinator.get(path("staff/71001/erasure"));
    ok(previewed, 200);
    JsonObject preview = Http.json(previewed).asJsonObject();
    JsonObject counts = preview.getJsonObject("counts");
    assertThat(counts.getInt("persons")).isEqualTo(1);
    assertThat(counts.getInt("employments")).isEqualTo(1);
    assertThat(counts.getInt("statements"))
        .as("LMS completions, capitalised, hashed, the voiding, registration, attendance, role")
        .isGreaterThanOrEqualTo(7);
    assertThat(counts.getInt("statementsAnonymised")).isEqualTo(1);
    assertThat(counts.getInt("documents")).isEqualTo(2);
    assertThat(counts.getInt("certificates")).isEqualTo(1);
    assertThat(counts.getInt("attendances")).isEqualTo(1);
    assertThat(counts.getInt("cohortMemberships")).isEqualTo(1);
    assertThat(counts.getInt("superUserAppointments")).isEqualTo(1);
    assertThat(counts.getInt("manualRegistrations")).isEqualTo(1);
    assertThat(counts.getInt("userAccounts")).isEqualTo(1);
    assertThat(counts.getInt("signInLinks")).isZero();
    assertThat(counts.getInt("courseCompletions")).isEqualTo(1);
    ok(coordinator.get(path("staff/71001")), 200);

    // A statement after the preview makes it stale: refused, nothing erased.
    AbcStatements.post(
        lrs,
        AbcStatements.completions("ola.n@kommune.no", List.of(activity), "2025-05-01T10:00:00Z"));
    ok(
        coordinator.post(
            path("staff/71001/erasure"), "{\"token\":\"" + preview.getString("token") + "\"}"),
        409);
    ok(coordinator.get(path("staff/71001")), 200);

    String token =
        Http.json(coordinator.get(path("staff/71001/erasure"))).asJsonObject().getString("token");
    HttpResponse<String> erased =
        coordinator.post(path("staff/71001/erasure"), "{\"token\":\"" + token + "\"}");
    ok(erased, 200);
    String erasureId = Http.json(erased).asJsonObject().getString("erasureId");

    // No row of any table holds the person: every table of the schema, every text column.
    List<String> needles =
        List.of(
            "71001",
            "ola.n@kommune.no",
            "ola nordmann",
            ActorIdentities.sha1Hex("mailto:ola.n@kommune.no"),
            ola.toLowerCase());
    List<String> found = new ArrayList<>();
    try (Connection db =
        DriverManager.getConnection(System.getProperty("abc.it.db.url"), "root", "")) {
      Map<String, List<String[]>> columns = new TreeMap<>();
      try (var rs =
          db.createStatement()
              .executeQuery(
                  "SELECT table_name, column_name, data_type FROM information_schema.columns"
                      + " WHERE table_schema = DATABASE()")) {
        while (rs.next()) {
          columns
              .computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
              .add(new String[] {rs.getString(2), rs.getString(3)});
        }
      }
      assertThat(columns).containsKeys("person", "xapi_statement", "erasure_record");
      for (var table : columns.entrySet()) {
        List<String> names = table.getValue().stream().map(c -> c[0]).toList();
        String scope =
            names.contains("municipality_id")
                ? " AND municipality_id = " + id(code)
                : table.getKey().equals("municipality") ? " AND id = " + id(code) : "";
        for (String[] column : table.getValue()) {
          boolean text = column[1].matches("char|varchar|text|mediumtext|longtext|blob|longblob");
          if (text) {
            for (String needle : needles) {
              long hits =
                  count(
                      db,
                      "SELECT COUNT(*) FROM "
                          + table.getKey()
                          + " WHERE LOWER(CONVERT(`"
                          + column[0]
                          + "` USING utf8mb4)) LIKE '%"
                          + needle
                          + "%'"
                          + scope);
              if (hits > 0) {
                found.add(table.getKey() + "." + column[0] + " ~ " + needle);
              }
            }
          }
          if (column[0].equals("person_id")
              && count(
                      db,
                      "SELECT COUNT(*) FROM " + table.getKey() + " WHERE person_id = " + personId)
                  > 0) {
            found.add(table.getKey() + ".person_id");
          }
        }
      }
      for (String key :
          List.of(
              "mbox|mailto:ola.n@kommune.no",
              "mbox_sha1sum|" + ActorIdentities.sha1Hex("mailto:ola.n@kommune.no"),
              "account|https://abc-tracker.no/kommune/" + code + "|71001")) {
        for (String indexed : List.of("agent|" + key, "agent*|" + key)) {
          try (var ps =
              db.prepareStatement(
                  "SELECT COUNT(*) FROM xapi_statement_key WHERE municipality_id = ? AND key_hash = ?")) {
            ps.setLong(1, id(code));
            ps.setBytes(
                2,
                MessageDigest.getInstance("SHA-1")
                    .digest(indexed.getBytes(StandardCharsets.UTF_8)));
            try (var rs = ps.executeQuery()) {
              rs.next();
              if (rs.getLong(1) > 0) {
                found.add("xapi_statement_key " + indexed);
              }
            }
          }
        }
      }
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM progress_evidence e WHERE municipality_id = "
                      + id(code)
                      + " AND NOT EXISTS (SELECT 1 FROM xapi_statement s WHERE s.seq = e.seq)"))
          .as("no dangling evidence")
          .isZero();
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM erasure_record WHERE erasure_id = '"
                      + erasureId
                      + "' AND erased_by = '"
                      + coordinatorName
                      + "' AND reason = 'REQUEST'"))
          .isEqualTo(1);
    }
    assertThat(found).as("rows that still name the erased person").isEmpty();

    // The LRS answers nothing of them, by any identifier, directly or related.
    for (String agent :
        List.of(
            olaAgent,
            "{\"mbox\":\"mailto:Ola.N@Kommune.no\"}",
            "{\"mbox_sha1sum\":\"" + ActorIdentities.sha1Hex("mailto:ola.n@kommune.no") + "\"}")) {
      for (String related : List.of("false", "true")) {
        HttpResponse<String> query =
            lrs.get("xapi/statements?agent=" + enc(agent) + "&related_agents=" + related);
        ok(query, 200);
        assertThat(Http.json(query).asJsonObject().getJsonArray("statements")).isEmpty();
      }
    }
    ok(lrs.get("xapi/statements?statementId=" + capitalised.get(0)), 404);
    ok(lrs.get("xapi/statements?voidedStatementId=" + capitalised.get(0)), 404);
    ok(lrs.get(state), 404);
    HttpResponse<String> kept = lrs.get("xapi/statements?statementId=" + taught);
    ok(kept, 200);
    assertThat(kept.body()).contains(erasureId).doesNotContainIgnoringCase("ola");
    ok(coordinator.get(path("staff/71001")), 404);
    ok(api.basic(ola, Tenants.USER_PASSWORD).get(path("staff/71001/export")), 401);

    // Reports count them no more, today or on a past date; Kari's record is as it was.
    Tenants.awaitProjected(api, code);
    JsonObject after = coverage(pastDate);
    assertThat(after.getInt("headcount")).isEqualTo(before.getInt("headcount") - 1);
    assertThat(after.getInt("completed")).isEqualTo(before.getInt("completed") - 1);
    assertThat(coverage(null).getInt("headcount")).isEqualTo(beforeToday.getInt("headcount") - 1);
    assertThat(withoutVolatile(coordinator.get(path("staff/72002/export"))))
        .as("Kari's record as it was, Ola replaced by the stand-in where he was her instructor")
        .isEqualTo(
            kariBefore.replace(
                "\"instructor\":{\"name\":\"Ola Nordmann\",\"mbox\":\"mailto:OLA.N@kommune.no\"}",
                "\"instructor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":"
                    + "\"https://abc-tracker.no/slettet\",\"name\":\""
                    + erasureId
                    + "\"}}"));

    // The other municipality's Ola is untouched.
    Http otherCoordinator = api.asAdmin();
    ok(otherCoordinator.get("api/v1/municipalities/" + other + "/staff/71001"), 200);
    HttpResponse<String> theirs =
        api.xapi(otherLms.key(), otherLms.secret()).get("xapi/statements?agent=" + enc(olaAgent));
    assertThat(Http.json(theirs).asJsonObject().getJsonArray("statements")).hasSize(1);
  }

  @Test
  void retentionErasesExactlyThePersonsAndStatementsWhoseTimeRanOut() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
    String old = Tenants.newMunicipality(api);
    Tenants.importCsv(api, old, "units", UNITS);
    Tenants.importCsv(
        api,
        old,
        "staff",
        Tenants.STAFF_HEADER
            + "81001,Gammel Ansatt,gammel@kommune.no,HJT,7174,Helsefagarbeider,75,DAY,PERMANENT,2010-01-01,"
            + today.minusYears(3).minusDays(2)
            + "\n"
            + "81002,Nylig Sluttet,nylig@kommune.no,HJT,7174,Helsefagarbeider,75,DAY,PERMANENT,2010-01-01,"
            + today.minusYears(3).plusDays(2)
            + "\n"
            + "81003,Aktiv Ansatt,aktiv@kommune.no,HJT,7174,Helsefagarbeider,75,DAY,PERMANENT,2010-01-01,\n"
            + "81004,Byttet Stilling,byttet@kommune.no,HJT,7174,Helsefagarbeider,75,DAY,PERMANENT,2005-01-01,2009-12-31\n"
            + "81004,Byttet Stilling,byttet@kommune.no,HJT,7076,Sykepleier,100,DAY,PERMANENT,2010-01-01,\n");
    Http admin = api.asAdmin();
    String municipality = "api/v1/municipalities/" + old;
    ok(
        admin.send("PATCH", municipality, "application/json", "{\"retentionYears\":0}".getBytes()),
        400);
    ok(
        admin.send(
            "PATCH", municipality, "application/json", "{\"retentionYears\":\"3\"}".getBytes()),
        400);
    ok(admin.send("PATCH", municipality, "application/json", "{\"retention\":3}".getBytes()), 400);
    HttpResponse<String> changed =
        admin.send(
            "PATCH",
            municipality,
            "application/json",
            "{\"retentionYears\":3,\"unknownActorRetentionDays\":0}".getBytes());
    ok(changed, 200);
    assertThat(Http.json(changed).asJsonObject().getInt("retentionYears")).isEqualTo(3);
    Tenants.LrsCredentials lms = Tenants.newLrsClient(api, old, "all");
    Http lrs = api.xapi(lms.key(), lms.secret());
    String activity = AbcStatements.mandatoryModules(api).get(0);
    AbcStatements.post(
        lrs,
        AbcStatements.completions("ukjent@andre.no", List.of(activity), "2025-01-01T10:00:00Z"));
    AbcStatements.post(
        lrs,
        AbcStatements.completions("aktiv@kommune.no", List.of(activity), "2025-01-01T10:00:00Z"));
    AbcStatements.post(
        lrs,
        AbcStatements.completions("gammel@kommune.no", List.of(activity), "2025-01-01T10:00:00Z"));

    HttpResponse<String> previewed = admin.get(municipality + "/retention/preview");
    ok(previewed, 200);
    JsonObject plan = Http.json(previewed).asJsonObject();
    assertThat(plan.getJsonArray("persons"))
        .extracting(p -> p.asJsonObject().getString("employeeId"))
        .containsExactly("81001");
    assertThat(plan.getInt("unknownActorStatements")).isEqualTo(1);
    ok(coordinator.get(municipality + "/retention/preview"), 403);

    HttpResponse<String> run = admin.post(municipality + "/retention/run", "{}");
    ok(run, 200);
    assertThat(Http.json(run).asJsonObject().getJsonArray("erasureIds")).hasSize(1);
    assertThat(Http.json(run).asJsonObject().getInt("unknownActorStatements")).isEqualTo(1);
    ok(admin.get(municipality + "/staff/81001"), 404);
    for (String kept : List.of("81002", "81003", "81004")) {
      ok(admin.get(municipality + "/staff/" + kept), 200);
    }
    for (String[] agent :
        new String[][] {
          {"ukjent@andre.no", "0"}, {"gammel@kommune.no", "0"}, {"aktiv@kommune.no", "1"}
        }) {
      HttpResponse<String> query =
          lrs.get("xapi/statements?agent=" + enc("{\"mbox\":\"mailto:" + agent[0] + "\"}"));
      assertThat(Http.json(query).asJsonObject().getJsonArray("statements"))
          .as(agent[0])
          .hasSize(Integer.parseInt(agent[1]));
    }
    JsonObject next = Http.json(admin.get(municipality + "/retention/preview")).asJsonObject();
    assertThat(next.getJsonArray("persons")).isEmpty();
    assertThat(next.getInt("unknownActorStatements")).isZero();
  }

  @Test
  void aPrivacyOfficerSeesAndExportsTheLogAndNothingElse() {
    ok(coordinator.get(path("staff/71001/export")), 200);
    String officerName = Tenants.newUser(api, code, "PRIVACY_OFFICER", null, null);
    Http officer = api.basic(officerName, Tenants.USER_PASSWORD);
    HttpResponse<String> byPerson = officer.get(path("record-views?employeeId=71001"));
    ok(byPerson, 200);
    assertThat(Http.json(byPerson).asJsonObject().getJsonArray("views"))
        .extracting(v -> v.asJsonObject().getString("request"))
        .contains("GET /" + path("staff/71001/export"))
        .allMatch(r -> !r.contains("72002"));
    HttpResponse<String> byViewer =
        officer.get(path("record-views?viewedBy=" + coordinatorName + "&format=csv"));
    ok(byViewer, 200);
    assertThat(byViewer.body()).contains("staff/71001/export").contains(coordinatorName);
    for (String forbidden :
        List.of(
            "staff",
            "staff/71001",
            "staff/71001/export",
            "staff/71001/erasure",
            "reports/coverage?course=ABC",
            "cohorts",
            "retention/preview")) {
      ok(officer.get(path(forbidden)), 403);
    }
    ok(officer.get("api/v1/municipalities/" + code), 403);
    String other = Tenants.newMunicipality(api);
    ok(officer.get("api/v1/municipalities/" + other + "/record-views"), 403);
    assertThat(requests("viewedBy=" + officerName)).as("reading the log is not logged").isEmpty();
  }

  private JsonObject coverage(String asOf) {
    HttpResponse<String> report =
        coordinator.get(
            path("reports/coverage?course=ABC&minCell=0" + (asOf == null ? "" : "&asOf=" + asOf)));
    ok(report, 200);
    return Http.json(report).asJsonObject().getJsonObject("total");
  }

  /** An export without what changes with each call (when, and the log of views). */
  private static String withoutVolatile(HttpResponse<String> export) {
    ok(export, 200);
    JsonObject json = Http.json(export).asJsonObject();
    return Json.createObjectBuilder(json)
        .remove("exportedAt")
        .remove("recordViews")
        .build()
        .toString();
  }

  private static long id(String municipalityCode) {
    try (Connection db =
        DriverManager.getConnection(System.getProperty("abc.it.db.url"), "root", "")) {
      return count(db, "SELECT id FROM municipality WHERE code = '" + municipalityCode + "'");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long single(String sql) {
    try (Connection db =
        DriverManager.getConnection(System.getProperty("abc.it.db.url"), "root", "")) {
      return count(db, sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (var rs = db.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
