package no.abctracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import no.abctracker.testsupport.AbcStatements;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.Browser;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.PageUsers;
import no.abctracker.testsupport.Tenants;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The training pages in Debian's headless Chromium (one Payara boot): a coordinator runs a cohort
 * and opens check-in, a staff member checks in on a 360 px phone with the code (through the QR
 * code's address) and the facilitator's page shows them attended; the certificate PDF from the
 * staff page; a unit leader refused another unit's cohort and person; the super-user page appoints
 * and ends an appointment and its coverage matrix shows the gap; "Koble til LMS" maps a Moodle
 * activity and links its account by clicking, the module counts, and /min/ links a mapped module's
 * launch URL. Data comes through the REST API and the pages themselves; every page visited is
 * checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingPagesIT {

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
          + "1003,Per Hansen,,SHJ,7174,Helsefagarbeider,80,DAY,PERMANENT,2022-03-01,\n";

  static final String PASSWORD = "passord-1234";
  static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  Http api;
  String code;
  String coordinator;
  String leader;
  String staffUser;

  /** A municipality of its own with units, three staff and one user of each role. */
  @BeforeEach
  void municipality() {
    api = Http.at(base);
    PageUsers users = PageUsers.create(api, UNITS, ROSTER, PASSWORD);
    code = users.code();
    coordinator = users.coordinator();
    leader = users.leader();
    staffUser = users.staffUser();
  }

  @Test
  void aStaffMemberChecksInOnAPhoneWithTheCodeTheFacilitatorShows() {
    LocalDate today = LocalDate.now(OSLO);
    String cohortUrl;
    String checkInAddress;
    String theCode;
    try (Browser desk = Browser.desktop(base)) {
      desk.login(coordinator, PASSWORD).open("app/cohorts.xhtml");
      assertThat(desk.text("h1")).isEqualTo("Kull");
      desk.assertAccessible("cohorts");

      // a bad date: a message, and no cohort
      desk.type("#create\\:name", "Vårkullet");
      new Select(desk.find("#create\\:version")).selectByValue("ABC/2016");
      desk.type("#create\\:start", "31.02.2026").type("#create\\:end", "01.01.2030");
      desk.clickAndWait("#create\\:submit");
      assertThat(desk.text("#messages")).contains("«31.02.2026» er ikke en dato");
      assertThat(cohortCount()).isZero();

      desk.type("#create\\:start", today.minusDays(7).format(NORWEGIAN));
      desk.type("#create\\:end", today.plusDays(60).format(NORWEGIAN));
      desk.type("#create\\:contact-name", "Anne ABC")
          .type("#create\\:contact-email", "anne@kommune.no");
      desk.clickAndWait("#create\\:submit");
      assertThat(desk.text("h1")).isEqualTo("Vårkullet");
      assertThat(desk.driver().getCurrentUrl()).contains("/app/cohort.xhtml?id=");
      assertThat(desk.text("#cohort-facts")).contains("Anne ABC");
      cohortUrl = desk.driver().getCurrentUrl();

      desk.type("#enrol-hand\\:ids", "1001");
      desk.clickAndWait("#enrol-hand\\:submit");
      assertThat(desk.text("#messages")).contains("1 meldt på");
      assertThat(desk.text("#members")).contains("Ola Nordmann").contains("0 / ");

      LocalDate tomorrow = today.plusDays(1);
      desk.type("#schedule\\:title", "Første samling");
      desk.type("#schedule\\:date", tomorrow.format(NORWEGIAN));
      desk.type("#schedule\\:from", "25:00").type("#schedule\\:to", "12:00");
      desk.clickAndWait("#schedule\\:submit");
      assertThat(desk.text("#messages")).contains("«25:00» er ikke et klokkeslett");
      assertThat(desk.text("#sessions\\:session-table")).doesNotContain("Første samling");

      desk.type("#schedule\\:from", "09:00").type("#schedule\\:to", "12:00");
      desk.type("#schedule\\:location", "Rådhuset, møterom 2");
      desk.clickAndWait("#schedule\\:submit");
      assertThat(desk.text("#sessions\\:session-table"))
          .contains("Første samling")
          .contains(tomorrow.format(NORWEGIAN) + " 09:00–12:00")
          .contains("Rådhuset");
      desk.assertAccessible("cohort with a session");

      desk.clickAndWait("button[id$=':open']");
      assertThat(desk.driver().getCurrentUrl()).contains("&session=");
      theCode = desk.text("#checkin-code");
      assertThat(theCode).matches("[2-9A-Z]{6}");
      checkInAddress = desk.text("#checkin-url");
      assertThat(checkInAddress).endsWith("/min/checkin.xhtml?code=" + theCode);
      assertThat(desk.find("#checkin-qr").getAttribute("src")).startsWith("data:image/png;base64,");
      assertThat(
              (Boolean)
                  desk.script("return document.getElementById('checkin-qr').naturalWidth >= 300;"))
          .isTrue();
      desk.assertAccessible("cohort session with check-in open");
      desk.script("document.getElementById('checkin-panel').scrollIntoView();");
      desk.screenshot("cohort-session-qr");
    }

    try (Browser phone = Browser.phone(base)) {
      // the QR code's address: the login page first, then the form with the code filled in
      phone.driver().get(checkInAddress);
      assertThat(phone.driver().getCurrentUrl()).contains("login.xhtml");
      phone.type("#login\\:username", staffUser).type("#login\\:password", PASSWORD);
      phone.clickAndWait("#login\\:submit");
      assertThat(phone.driver().getCurrentUrl()).contains("/min/checkin.xhtml?code=" + theCode);
      assertThat(phone.find("#checkin\\:code").getAttribute("value")).isEqualTo(theCode);
      phone.assertAccessible("check-in form");
      assertNoSidewaysScrolling(phone);
      assertThat(phone.find("#checkin\\:submit").getSize().getHeight()).isGreaterThanOrEqualTo(48);

      phone.clickAndWait("#checkin\\:submit");
      assertThat(phone.text("#checkin\\:messages"))
          .contains("Du er registrert på samling 1 «Første samling» i Vårkullet");
      phone.screenshot("phone-checkin");
      phone.assertAccessible("checked in");

      phone.withoutCache().open("min/");
      long bytes = phone.transferredBytes();
      assertThat(bytes).as("first load of /min/ with training, bytes").isLessThan(200 * 1024);
      System.out.printf("Staff page with training on a phone: %d B transferred%n", bytes);
      assertThat(phone.driver().getPageSource()).doesNotContainIgnoringCase("<script");
      assertThat(phone.text("#next-session"))
          .contains("Første samling")
          .contains("09:00–12:00")
          .contains("Rådhuset")
          .contains("Oppmøte registrert");
      // the 2016 version is completed by attendance: with its one session attended, the course
      // is completed as soon as the projector has applied the check-in, else a module is next
      assertThat(phone.text("#courses"))
          .contains("Velferdsteknologiens ABC")
          .contains("Moduler fullført: 0 / 5")
          .containsAnyOf("Neste:", "Last ned kursbevis");
      assertThat(phone.bodyText()).doesNotContain("Kari").doesNotContain("Per Hansen");
      assertNoSidewaysScrolling(phone);
      phone.assertAccessible("my page with training");
      phone.screenshot("phone-min-side-training");

      // a wrong code typed on /min/: a message, nothing recorded
      phone.type("#checkin\\:code", "ZZZZZZ").clickAndWait("#checkin\\:submit");
      assertThat(phone.text("#checkin\\:messages"))
          .contains("«ZZZZZZ» er ikke en innsjekkingskode");
    }

    try (Browser desk = Browser.desktop(base)) {
      desk.login(coordinator, PASSWORD);
      desk.driver().get(cohortUrl);
      desk.clickAndWait("a.session-link");
      assertThat(desk.text("#attended")).contains("Ola Nordmann").contains("Sjekket inn selv");
      assertThat(desk.text("#sessions\\:session-table")).contains("Første samling");
      assertThat(desk.text("#members")).contains("Ola Nordmann");

      // enrol by rule (everyone in Hjemmetjenesten sør), then record Kari's attendance by hand
      new Select(desk.find("#enrol-rule\\:unit")).selectByValue("HJT-S");
      desk.clickAndWait("#enrol-rule\\:submit");
      assertThat(desk.text("#messages")).contains("1 funnet: 1 meldt på");
      assertThat(desk.text("#members")).contains("Kari Nordmann");
      desk.find("#mark\\:present input[value='1002']").click();
      desk.clickAndWait("#mark\\:record");
      assertThat(desk.text("#messages")).contains("1 oppmøter registrert");
      assertThat(desk.text("#attended"))
          .contains("Kari Nordmann")
          .contains("Registrert av veileder");
      desk.assertAccessible("session with attendance");
    }
  }

  @Test
  void aStaffMemberWithACompletedCourseDownloadsTheCertificateFromThePhone() {
    HttpResponse<String> registered =
        api.asAdmin()
            .post(
                path("staff/1001/registrations"),
                "{\"course\":\"ABC\",\"completedOn\":\"2024-05-02\","
                    + "\"reason\":\"Kurs på papir i 2016\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    awaitProjected();

    try (Browser phone = Browser.phone(base)) {
      phone.login(staffUser, PASSWORD);
      assertThat(phone.text("#courses")).contains("Fullført 02.05.2024");
      String href = phone.find("a.certificate").getAttribute("href");
      assertThat(href).contains("/min/certificate.pdf?course=ABC");
      assertThat(phone.find("a.certificate").getSize().getHeight()).isGreaterThanOrEqualTo(48);
      phone.assertAccessible("my page with a certificate");

      Set<Cookie> session = phone.driver().manage().getCookies();
      HttpResponse<byte[]> pdf = get("min/certificate.pdf?course=ABC", session);
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
      assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      assertThat(get("min/certificate.pdf?course=ABC", invalid()).statusCode())
          .as("no session, no certificate")
          .isEqualTo(302);
      HttpResponse<byte[]> noSuchCourse = get("min/certificate.pdf?course=NOPE", session);
      assertThat(noSuchCourse.statusCode())
          .as("a download that cannot be made")
          .isBetween(400, 499);
      assertThat(noSuchCourse.headers().firstValue("Content-Type").orElse(""))
          .as("the pages' error page, not a broken PDF")
          .startsWith("text/html");
      // staff name nobody else: the id parameter is ignored on /min/
      assertThat(get("min/certificate.pdf?course=ABC&id=1002", session).statusCode())
          .isEqualTo(200);
    }

    try (Browser desk = Browser.desktop(base)) {
      desk.login(coordinator, PASSWORD).open("app/person.xhtml?id=1001");
      assertThat(desk.text("#course-completions"))
          .contains("Velferdsteknologiens ABC")
          .contains("02.05.2024")
          .contains("Registrert manuelt");
      assertThat(desk.text("#registrations\\:registration-table")).contains("Kurs på papir i 2016");
      assertThat(desk.find("a.certificate-link").getAttribute("href"))
          .contains("/app/certificate.pdf?id=1001&course=ABC");
      desk.assertAccessible("person with completions");

      // enrol by rule leaves out who completed the course already, and says so
      String cohort = apiCohort("Hjemmekullet");
      desk.open("app/cohort.xhtml?id=" + cohort);
      new Select(desk.find("#enrol-rule\\:unit")).selectByValue("HJT");
      desk.clickAndWait("#enrol-rule\\:submit");
      assertThat(desk.text("#messages"))
          .contains("2 funnet: 1 meldt på, 0 var påmeldt fra før.")
          .contains(
              "1 person har fullført kurset allerede og ble ikke meldt på: Ola Nordmann (1001).");
      assertThat(desk.text("#members")).contains("Kari Nordmann").doesNotContain("Ola Nordmann");
      desk.open("app/person.xhtml?id=1001");

      // withdrawing without a reason: a message, nothing withdrawn
      desk.clickAndWait("button[id$=':withdraw']");
      assertThat(desk.text("#messages")).contains("reason");
      desk.type("#registrations\\:withdraw-reason", "Feilregistrert");
      desk.clickAndWait("button[id$=':withdraw']");
      assertThat(desk.text("#registrations\\:registration-table")).contains("Feilregistrert");

      // a module registered on the page: a bad day first (nothing stored), then the module
      new Select(desk.find("#register\\:what")).selectByValue("ABC/A");
      desk.type("#register\\:on", "i går").type("#register\\:reason", "Hefte A på papir");
      desk.clickAndWait("#register\\:submit");
      assertThat(desk.text("#messages")).contains("«i går» er ikke en dato");
      assertThat(registrationCount("1001")).isEqualTo(1);
      desk.type("#register\\:on", "03.05.2024");
      desk.clickAndWait("#register\\:submit");
      assertThat(desk.text("#messages")).contains("Registreringen er lagret");
      assertThat(registrationCount("1001")).isEqualTo(2);
      awaitProjected();
      desk.open("app/person.xhtml?id=1001");
      assertThat(desk.text("#module-completions")).contains("A –").contains("03.05.2024");
      assertThat(desk.text("#course-completions")).doesNotContain("Registrert manuelt");
    }
  }

  @Test
  void theSuperUserPageAppointsAndEndsAndTheMatrixShowsTheGap() {
    String today = LocalDate.now(OSLO).format(NORWEGIAN);
    try (Browser desk = Browser.desktop(base)) {
      desk.login(coordinator, PASSWORD).open("app/super-users.xhtml");
      assertThat(desk.text("h1")).isEqualTo("Superbrukere");
      desk.assertAccessible("super-users, none yet");
      assertThat(desk.text("#coverage"))
          .as("nothing set up is not the same as no gaps")
          .contains("Ingen superbrukere eller krav til superbrukere er satt opp")
          .doesNotContain("Ingen hull");
      assertThat(desk.find("#coverage .nothing-set-up a").getAttribute("href"))
          .endsWith("/app/super-users.xhtml");

      desk.type("#appoint\\:employee", "1003");
      new Select(desk.find("#appoint\\:unit")).selectByValue("SHJ");
      new Select(desk.find("#appoint\\:technology")).selectByValue("MEDICINE_DISPENSER");
      desk.type("#appoint\\:from", "01.13.2024");
      desk.clickAndWait("#appoint\\:submit");
      assertThat(desk.text("#messages")).contains("«01.13.2024» er ikke en dato");
      assertThat(appointmentCount()).as("a bad date appoints nobody").isZero();

      desk.type("#appoint\\:from", "01.01.2024");
      desk.clickAndWait("#appoint\\:submit");
      assertThat(desk.text("#messages")).contains("Superbrukeren er oppnevnt");
      assertThat(appointmentCount()).isEqualTo(1);
      String row = desk.text("#appointments\\:appointment-table");
      assertThat(row)
          .contains("Per Hansen")
          .contains("medisindispenser")
          .contains("01.01.2024")
          .contains("✗ Velferdsteknologiens ABC");
      assertThat(desk.all("#coverage td.gap")).as("Per lacks the courses: a gap").isNotEmpty();
      assertThat(desk.text("#coverage"))
          .contains("Sykehjemmet")
          .contains("Hull")
          .contains("Sykehjemmet har ingen kvalifisert superbruker for medisindispenser");
      desk.assertAccessible("super-users with the matrix");
      desk.screenshot("workspace-super-users");

      desk.type("#appointments\\:end-last", today);
      desk.clickAndWait("button[id$=':end']");
      assertThat(desk.text("#messages")).contains("reason");
      desk.type("#appointments\\:end-reason", "Sluttet som superbruker");
      desk.clickAndWait("button[id$=':end']");
      assertThat(desk.text("#messages")).contains("Oppnevningen er avsluttet");
      assertThat(desk.all("button[id$=':end']")).as("ended: nothing more to end").isEmpty();
      assertThat(desk.text("#appointments\\:appointment-table")).contains(today);

      desk.open("app/person.xhtml?id=1003");
      assertThat(desk.text("#roles")).contains("Sykehjemmet").contains("medisindispenser");
    }
  }

  @Test
  void theLmsPageMapsAMoodleActivityAndLinksItsAccountAndTheModuleCounts() {
    String moodle = "https://moodle.kommune.no";
    String scorm = moodle + "/mod/scorm/view.php?id=41";
    try (Browser desk = Browser.desktop(base)) {
      desk.login(coordinator, PASSWORD).open("app/lrs-clients.xhtml");
      desk.type("#create\\:name", "Moodle");
      desk.clickAndWait("#create\\:submit");
      Http lrs = api.xapi(desk.text("#issued-key"), desk.text("#issued-secret"));
      // Moodle's logstore_xapi: the account is the Moodle user id under wwwroot.
      HttpResponse<String> posted =
          lrs.post(
              "xapi/statements",
              "["
                  + AbcStatements.moodleModuleCompletion(moodle, "57", "Ola Nordmann", scorm)
                  + "]");
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
      awaitProjected();

      desk.open("app/lms.xhtml");
      assertThat(desk.text("h1")).isEqualTo("Koble til LMS");
      assertThat(desk.text("#activities\\:activity-table"))
          .contains(scorm)
          .contains("Modul A: Lov og etikk");
      assertThat(desk.text("#actors\\:actor-table")).contains("57 @ " + moodle);
      assertThat(desk.text("#actors\\:actor-table_data td:nth-child(2)"))
          .as("the name the LMS sends")
          .isEqualTo("Ola Nordmann");
      desk.assertAccessible("lms, an activity and an account unmatched");
      desk.screenshot("workspace-lms-inbox");

      // bad input: a message in Bokmål, nothing stored
      desk.type("#add-rule\\:homePage", "moodle.kommune.no");
      desk.clickAndWait("#add-rule\\:submit");
      assertThat(desk.text("#messages")).contains("er ikke en adresse");
      assertThat(Http.json(api.asAdmin().get(path("identity-rules"))).asJsonArray()).hasSize(1);
      // the suggestion (module A, by the activity's name) is preselected; choose nothing instead
      assertThat(
              new Select(desk.find("#activities\\:activity-table\\:0\\:target"))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .isEqualTo("ABC|A");
      new Select(desk.find("#activities\\:activity-table\\:0\\:target")).selectByValue("");
      desk.clickAndWait("#activities\\:activity-table\\:0\\:map");
      assertThat(desk.text("#messages")).contains("Velg et kurs eller en modul");
      assertThat(Http.json(api.asAdmin().get(path("activity-mappings"))).asJsonArray()).isEmpty();
      desk.type("#add-rule\\:homePage", municipalityHomePage());
      desk.clickAndWait("#add-rule\\:submit");
      assertThat(desk.text("#messages")).contains("kommunens egen adresse");
      desk.type("#actors\\:actor-table\\:0\\:employee", "99999");
      desk.clickAndWait("#actors\\:actor-table\\:0\\:link");
      assertThat(desk.text("#messages"))
          .contains("Ingen ansatt har ansattnummer 99999")
          .doesNotContain("employeeId")
          .doesNotContain("unknown");
      assertThat(Http.json(api.asAdmin().get(path("identity-links"))).asJsonArray()).isEmpty();

      // a rule another coordinator adds meanwhile stays when this page adds one
      String elsewhere = "https://laering.kommune.no";
      HttpResponse<String> theirs =
          api.asAdmin()
              .put(
                  path("identity-rules"),
                  "application/json",
                  ("[{\"homePage\":\"" + elsewhere + "\",\"accountName\":\"EMAIL\"}]")
                      .getBytes(StandardCharsets.UTF_8));
      assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(200);
      desk.type("#add-rule\\:homePage", "https://kurs.kommune.no");
      desk.clickAndWait("#add-rule\\:submit");
      assertThat(desk.text("#messages")).contains("Regelen er lagt til");
      assertThat(desk.text("#rules\\:rule-table"))
          .contains(elsewhere)
          .contains("https://kurs.kommune.no");
      desk.type("#add-rule\\:homePage", elsewhere);
      desk.clickAndWait("#add-rule\\:submit");
      assertThat(desk.text("#messages")).contains(elsewhere + " har en regel allerede");
      assertThat(desk.text("#messages")).doesNotContain("homePage:");
      desk.clickAndWait("button[title='Fjern regel: https://kurs.kommune.no']");
      assertThat(desk.text("#messages")).contains("Regelen er fjernet");
      assertThat(Http.json(api.asAdmin().get(path("identity-rules"))).asJsonArray().toString())
          .contains(elsewhere)
          .doesNotContain("kurs.kommune.no");

      new Select(desk.find("#activities\\:activity-table\\:0\\:target")).selectByValue("ABC|A");
      desk.clickAndWait("#activities\\:activity-table\\:0\\:map");
      assertThat(desk.text("#messages")).contains("Aktiviteten er koblet");
      assertThat(desk.text("#mappings\\:mapping-table")).contains(scorm);
      assertThat(desk.text("#activities\\:activity-table")).doesNotContain(scorm);
      awaitProjected();
      desk.open("app/lms.xhtml");
      assertThat(desk.text("#mappings\\:mapping-table")).contains("Gjelder alle lagrede utsagn");

      desk.type("#actors\\:actor-table\\:0\\:employee", "1001");
      desk.clickAndWait("#actors\\:actor-table\\:0\\:link");
      assertThat(desk.text("#messages")).contains("Kontoen er koblet");
      assertThat(desk.text("#link-table")).contains("1001").contains(moodle).contains("57");
      awaitProjected();
      desk.open("app/lms.xhtml");
      assertThat(desk.text("#actors\\:actor-table")).doesNotContain("57 @");
      desk.assertAccessible("lms, all connected");
      desk.screenshot("workspace-lms-connected");

      desk.open("app/person.xhtml?id=1001");
      assertThat(desk.text("#module-completions")).contains("A –").contains("03.09.2024");

      // 26 accounts nobody has: the inbox shows them 25 at a time
      StringBuilder many = new StringBuilder("[");
      for (int i = 1; i <= 26; i++) {
        many.append(i == 1 ? "" : ",")
            .append(AbcStatements.moodleModuleCompletion(moodle, "u" + i, "Ola Nordmann", scorm));
      }
      assertThat(lrs.post("xapi/statements", many.append(']').toString()).statusCode())
          .isEqualTo(200);
      awaitProjected();
      int unmatched =
          Http.json(api.asAdmin().get(path("unmatched/actors?limit=500"))).asJsonArray().size();
      assertThat(unmatched).isGreaterThanOrEqualTo(26);
      int second = Math.min(unmatched, 50);
      desk.open("app/lms.xhtml");
      assertThat(desk.text("#actors\\:actors-rows")).isEqualTo("Rad 1–25");
      assertThat(desk.all("#actors\\:actor-table_data tr")).hasSize(25);
      desk.clickAndWait("#actors\\:actors-next");
      assertThat(desk.text("#actors\\:actors-rows")).isEqualTo("Rad 26–" + second);
      assertThat(desk.all("#actors\\:actor-table_data tr")).hasSize(second - 25);
      desk.clickAndWait("#actors\\:actors-previous");
      assertThat(desk.text("#actors\\:actors-rows")).isEqualTo("Rad 1–25");
    }

    // A mapping with a launch URL: /min/ links the next module there instead of naming its IRI.
    String launch = moodle + "/mod/scorm/view.php?id=42";
    HttpResponse<String> mapped =
        api.asAdmin()
            .put(
                path("activity-mappings"),
                "application/json",
                ("[{\"activityId\":\""
                        + scorm
                        + "\",\"course\":\"ABC\",\"module\":\"A\"},"
                        + "{\"activityId\":\""
                        + launch
                        + "\",\"course\":\"ABC\",\"module\":\"B\",\"launchUrl\":\""
                        + launch
                        + "\"}]")
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(200);
    try (Browser phone = Browser.phone(base)) {
      phone.login(staffUser, PASSWORD);
      assertThat(phone.text("#courses")).contains("Neste: B –").doesNotContain("Aktivitet:");
      assertThat(phone.find("a.launch").getText()).isEqualTo("Ta modulen");
      assertThat(phone.find("a.launch").getAttribute("href")).isEqualTo(launch);
      assertThat(phone.find("a.launch").getSize().getHeight()).isGreaterThanOrEqualTo(48);
      phone.assertAccessible("my page with a launch link");
    }
  }

  /**
   * Issue 15, "Bokmål everywhere": what a coordinator, a unit leader and a staff member are told
   * went wrong is a sentence for them in Bokmål, and in English once they switch language; never a
   * field name ("unitCodes:", "startsAt:") or the other language.
   */
  @Test
  void everyFailureAPersonSeesIsWrittenForThemInBokmalAndInEnglishWhenSwitched(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    String cohort = apiCohort("Høstkullet");
    String southern = apiCohort("Sørkullet");
    enrol(southern, "1002");
    java.nio.file.Path badRoster =
        java.nio.file.Files.writeString(
            dir.resolve("roster-bad.csv"),
            ROSTER
                + "2001,Nina Ny,nina@kommune.no,XYZ,7174,Helsefagarbeider,50,NIGHT,TEMPORARY,2025-01-01,\n");
    String tomorrow = LocalDate.now(OSLO).plusDays(1).format(NORWEGIAN);
    for (boolean english : new boolean[] {false, true}) {
      try (Browser desk = Browser.desktop(base)) {
        desk.login(coordinator, PASSWORD).open("app/users.xhtml");
        inLanguage(desk, english);

        desk.type("#create\\:username", "uten-enhet").type("#create\\:password", PASSWORD);
        new Select(desk.find("#create\\:role")).selectByValue("UNIT_LEADER");
        desk.clickAndWait("#create\\:submit");
        assertMessage(
            desk,
            english,
            "Velg minst én enhet for en enhetsleder.",
            "Choose at least one unit for a unit leader");

        desk.open("app/cohorts.xhtml");
        desk.type("#create\\:name", "Datokullet");
        new Select(desk.find("#create\\:version")).selectByValue("ABC/2016");
        desk.type("#create\\:start", "32.12.2026").type("#create\\:end", "01.01.2030");
        desk.clickAndWait("#create\\:submit");
        assertMessage(
            desk,
            english,
            "«32.12.2026» er ikke en dato. Skriv datoen som dd.mm.åååå",
            "'32.12.2026' is not a date; write it as dd.mm.yyyy");

        desk.open("app/cohort.xhtml?id=" + cohort);
        desk.type("#schedule\\:title", "Samling");
        desk.type("#schedule\\:date", tomorrow);
        desk.type("#schedule\\:from", "25:00").type("#schedule\\:to", "12:00");
        desk.clickAndWait("#schedule\\:submit");
        assertMessage(
            desk,
            english,
            "«25:00» er ikke et klokkeslett. Skriv det som tt:mm",
            "'25:00' is not a time; write it as hh:mm");

        desk.type("#enrol-hand\\:ids", "1001 99999");
        desk.clickAndWait("#enrol-hand\\:submit");
        assertMessage(
            desk,
            english,
            "Ingen ansatt med nummer 99999 i denne kommunen. Ingenting ble endret.",
            "No employee with the number 99999 in this municipality; nothing was changed");
        assertThat(desk.text("#members")).doesNotContain("Ola Nordmann");

        desk.open("app/roster.xhtml");
        desk.find("#upload\\:file").sendKeys(badRoster.toString());
        desk.clickAndWait("#upload\\:preview");
        assertThat(desk.text("#error-table"))
            .contains(
                english
                    ? "Unknown unit_code XYZ; import it with the units file first"
                    : "Enheten XYZ finnes ikke. Importer den med enhetsfilen først.");
      }

      try (Browser unitLeader = Browser.desktop(base)) {
        unitLeader.login(leader, PASSWORD).open("app/cohorts.xhtml");
        inLanguage(unitLeader, english);
        unitLeader.open("app/cohort.xhtml?id=" + southern);
        assertThat(unitLeader.text("h1")).isEqualTo(english ? "No access" : "Ingen tilgang");
        assertThat(unitLeader.text("#error-detail"))
            .contains(english ? "the cohort 'Sørkullet'" : "kullet «Sørkullet»")
            .doesNotContain(english ? "«" : "cohort");
      }

      try (Browser phone = Browser.phone(base)) {
        phone.login(staffUser, PASSWORD).open("min/checkin.xhtml");
        inLanguage(phone, english);
        phone.type("#checkin\\:code", "B7E8BN").clickAndWait("#checkin\\:submit");
        assertThat(phone.text("#checkin\\:messages"))
            .contains(
                english
                    ? "'B7E8BN' is not a check-in code; check the code on the screen"
                    : "«B7E8BN» er ikke en innsjekkingskode. Sjekk koden på skjermen.")
            .doesNotContain("code:");
      }
    }
    assertThat(cohortCount()).isEqualTo(2);
  }

  /** Switches the open page to English when asked (the pages speak Bokmål by default). */
  static void inLanguage(Browser browser, boolean english) {
    if (english && !"en".equals(browser.lang())) {
      browser.clickAndWait("a.language");
    }
    assertThat(browser.lang()).isEqualTo(english ? "en" : "nb");
  }

  /** The page's messages say {@code bokmal} (or {@code english}) and name no field. */
  static void assertMessage(Browser browser, boolean english, String bokmal, String inEnglish) {
    assertThat(browser.text("#messages"))
        .contains(english ? inEnglish : bokmal)
        .doesNotContainPattern("\\b[a-z]+[A-Z][A-Za-z]*:");
  }

  @Test
  void aUnitLeaderCannotOpenACohortOrPersonOfAnotherUnit() {
    String cohort = apiCohort("Sørkullet");
    enrol(cohort, "1002");
    try (Browser browser = Browser.desktop(base)) {
      browser.login(leader, PASSWORD).open("app/cohorts.xhtml");
      assertThat(browser.bodyText()).doesNotContain("Sørkullet");
      browser.open("app/cohort.xhtml?id=" + cohort);
      assertThat(browser.text("h1")).isEqualTo("Ingen tilgang");
      assertThat(browser.bodyText()).doesNotContain("Kari");
      browser.open("app/person.xhtml?id=1002");
      assertThat(browser.text("h1")).isEqualTo("Ingen tilgang");
      browser.open("app/certificate.pdf?id=1002&course=ABC");
      assertThat(browser.text("h1")).isEqualTo("Ingen tilgang");
    }
    assertThat(status("app/cohort.xhtml?id=" + cohort, leader)).isEqualTo(403);
    assertThat(status("app/person.xhtml?id=1002", leader)).isEqualTo(403);
  }

  // --- helpers ---

  static Set<Cookie> invalid() {
    return Set.of(new Cookie("JSESSIONID", "none"));
  }

  /** Polls the projection's status until nothing is pending, for at most a minute. */
  void awaitProjected() {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (Http.json(api.asAdmin().get(path("progress/status"))).asJsonObject().getInt("pending")
        > 0) {
      assertThat(System.nanoTime()).as("projected within a minute").isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static void assertNoSidewaysScrolling(Browser phone) {
    assertThat((Long) phone.script("return document.documentElement.scrollWidth"))
        .as("no sideways scrolling at 360 px")
        .isLessThanOrEqualTo(360L);
  }

  private String path(String rest) {
    return "api/v1/municipalities/" + code + "/" + rest;
  }

  private String municipalityHomePage() {
    return Http.json(api.asAdmin().get("api/v1/municipalities/" + code))
        .asJsonObject()
        .getString("accountHomePage");
  }

  private int registrationCount(String employeeId) {
    return Http.json(api.asAdmin().get(path("staff/" + employeeId + "/registrations")))
        .asJsonArray()
        .size();
  }

  private int appointmentCount() {
    return Http.json(api.asAdmin().get(path("super-users"))).asJsonArray().size();
  }

  private int cohortCount() {
    return Http.json(api.asAdmin().get(path("cohorts"))).asJsonArray().size();
  }

  private String apiCohort(String name) {
    LocalDate today = LocalDate.now(OSLO);
    HttpResponse<String> created =
        api.asAdmin()
            .post(
                path("cohorts"),
                "{\"name\":\""
                    + name
                    + "\",\"courseCode\":\"ABC\",\"versionCode\":\"2016\",\"startDate\":\""
                    + today.minusDays(7)
                    + "\",\"endDate\":\""
                    + today.plusDays(60)
                    + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).asJsonObject().getString("id");
  }

  private void enrol(String cohort, String employeeId) {
    HttpResponse<String> enrolled =
        api.asAdmin()
            .post(
                path("cohorts/" + cohort + "/members"),
                "{\"employeeIds\":[\"" + employeeId + "\"]}");
    assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
  }

  /** The status of a page for a user signed in by the login form, without following redirects. */
  private int status(String page, String username) {
    try (Browser browser = Browser.desktop(base)) {
      browser.login(username, PASSWORD);
      Set<Cookie> session = browser.driver().manage().getCookies();
      return get(page, session).statusCode();
    }
  }

  /**
   * GETs a page with a browser's cookies: the session cookie and the session store's version
   * cookie, which a request must bring along to find its session (docs/operations.md).
   */
  HttpResponse<byte[]> get(String page, Set<Cookie> cookies) {
    HttpClient client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create(root).resolve(page))
              .header(
                  "Cookie",
                  cookies.stream()
                      .map(c -> c.getName() + "=" + c.getValue())
                      .collect(java.util.stream.Collectors.joining("; ")))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void waitUntil(Browser browser, java.util.function.Supplier<Boolean> condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> condition.get());
  }
}
