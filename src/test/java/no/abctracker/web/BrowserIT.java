package no.abctracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.Browser;
import no.abctracker.testsupport.FormClient;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages in Debian's headless Chromium, as coordinators, unit leaders and staff use them: login
 * and session, roster upload with its preview, the two languages, what a unit leader may see, the
 * staff page on a phone (size and accessibility), LRS clients and users; plus the HTTP-level
 * security of the pages (CSRF, cookies, brute force) and that /api/v1 and /xapi are untouched.
 * Every page visited is checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

  static final String UNITS =
      "unit_code,name,parent_code,unit_type\n"
          + "HO,Helse og omsorg,,ADMINISTRATION\n"
          + "HJT,Hjemmetjenesten,HO,HOME_CARE\n"
          + "HJT-N,Hjemmetjenesten nord,HJT,HOME_CARE\n"
          + "HJT-S,Hjemmetjenesten sør,HJT,HOME_CARE\n"
          + "SHJ,Sykehjemmet,HO,INSTITUTION\n";

  static final String HEADER = Tenants.STAFF_HEADER;
  static final String OLA =
      "1001,Ola Nordmann,ola@kommune.no,HJT-N,7174,Helsefagarbeider,75,THREE_SHIFT,PERMANENT,2020-01-01,\n";
  static final String KARI =
      "1002,Kari Nordmann,kari@kommune.no,HJT-S,7076,Sykepleier,100,DAY,PERMANENT,2019-08-01,\n";
  static final String PER =
      "1003,Per Hansen,,SHJ,7174,Helsefagarbeider,0,WEEKEND,ON_CALL,2022-03-01,\n";
  static final String ROSTER = HEADER + OLA + KARI + PER;

  static final String PASSWORD = "passord-1234";

  /** A Norwegian date as the pages write it. */
  static final Pattern DATE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}");

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
  void loginWithAWrongThenTheRightPasswordStartsANewSession() {
    try (Browser browser = Browser.desktop(base)) {
      browser.open("app/staff.xhtml");
      assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml").contains("next=");
      browser.assertAccessible("login");
      String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

      browser.type("#login\\:username", coordinator).type("#login\\:password", "feil-passord");
      browser.clickAndWait("#login\\:submit");
      assertThat(browser.text("#login\\:messages")).contains("Feil brukernavn eller passord");
      assertThat(browser.find("#login\\:password").getAttribute("value")).isEmpty();
      assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");

      browser.type("#login\\:password", PASSWORD).clickAndWait("#login\\:submit");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/app/staff.xhtml");
      Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
      assertThat(session.getValue()).as("a new session id at login").isNotEqualTo(before);
      assertThat(session.isHttpOnly()).isTrue();
      assertThat(session.getSameSite()).isEqualToIgnoringCase("Lax");

      browser.open("app/");
      assertThat(browser.text("#municipality")).contains("Testkommune " + code);
      assertThat(browser.text("#active-staff"))
          .isEqualTo(String.valueOf(activeStaffCount(api.asAdmin())));
      assertThat(browser.text("#who")).contains(coordinator).contains("Koordinator");
      browser.assertAccessible("overview");

      browser.logout();
      assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
      browser.open("app/");
      assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
    }
  }

  @Test
  void keyboardAloneLogsIn() {
    try (Browser browser = Browser.desktop(base)) {
      browser.open("login.xhtml");
      WebElement body = browser.find("body");
      body.sendKeys(Keys.TAB);
      assertThat(focused(browser)).isEqualTo("a.language");
      browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
      assertThat(focused(browser)).isEqualTo("login:username");
      browser.driver().switchTo().activeElement().sendKeys(coordinator, Keys.TAB);
      assertThat(focused(browser)).isEqualTo("login:password");
      browser.driver().switchTo().activeElement().sendKeys(PASSWORD, Keys.ENTER);
      new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(d -> d.getCurrentUrl().contains("/app/"));
      assertThat(browser.text("h1")).isEqualTo("Oversikt");

      browser.find("body").sendKeys(Keys.TAB);
      assertThat(browser.script("return document.activeElement.textContent"))
          .isEqualTo("Hopp til innholdet");
    }
  }

  @Test
  void rosterUploadListsEveryBadLineAndSavesNothingUntilImported(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("roster-bad.csv"),
            HEADER
                + OLA
                + "2001,Nina Ny,nina@kommune.no,XYZ,7174,Helsefagarbeider,50,NIGHT,TEMPORARY,2025-01-01,\n"
                + "2002,Ali Ny,ali@kommune.no,HJT-S,7174,Helsefagarbeider,150,DAY,TEMPORARY,2025-01-01,\n");
    Path good =
        Files.writeString(
            dir.resolve("roster-good.csv"),
            ROSTER
                + "2001,Nina Ny,nina@kommune.no,HJT-S,7174,Helsefagarbeider,50,NIGHT,TEMPORARY,2025-01-01,\n");
    try (Browser browser = Browser.desktop(base)) {
      browser.login(coordinator, PASSWORD).open("app/roster.xhtml");
      assertThat(browser.text("h1")).isEqualTo("Importer ansatte");
      browser.assertAccessible("roster upload");

      browser.find("#upload\\:file").sendKeys(bad.toString());
      browser.clickAndWait("#upload\\:preview");
      List<String> errors =
          browser.all("#error-table .line-error").stream().map(WebElement::getText).toList();
      assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("Linje 3").contains("XYZ"));
      assertThat(errors)
          .anySatisfy(e -> assertThat(e).startsWith("Linje 4").contains("employment_percent"));
      assertThat(browser.text(".rejected")).contains("ingenting ble lagret");
      browser.assertAccessible("roster with errors");
      assertThat(employee("2001").statusCode()).isEqualTo(404);
      assertThat(employee("2002").statusCode()).isEqualTo(404);

      browser.find("#upload\\:file").sendKeys(good.toString());
      browser.clickAndWait("#upload\\:preview");
      assertThat(browser.text("#count-persons")).isEqualTo("4");
      assertThat(browser.text("#count-persons-created")).isEqualTo("1");
      assertThat(browser.text("#count-employments-created")).isEqualTo("1");
      assertThat(browser.text("#count-employments-ended")).isEqualTo("0");
      assertThat(employee("2001").statusCode()).as("a preview saves nothing").isEqualTo(404);
      browser.assertAccessible("roster preview");

      browser.clickAndWait("#upload\\:import");
      assertThat(browser.text("#imported")).contains("4 personer").contains("1 nye stillinger");
      assertThat(employee("2001").statusCode()).isEqualTo(200);
      assertThat(activeStaffCount(api.asAdmin())).isEqualTo(4);
    }
  }

  @Test
  void bokmalByDefaultEnglishOnRequestAndNorwegianFormats() {
    try (Browser browser = Browser.desktop(base)) {
      browser.open("login.xhtml");
      assertThat(browser.lang()).isEqualTo("nb");
      assertThat(browser.text("h1")).isEqualTo("Logg inn");

      browser.clickAndWait("a.language");
      assertThat(browser.lang()).isEqualTo("en");
      assertThat(browser.text("h1")).isEqualTo("Log in");
      browser.assertAccessible("login in English");

      browser.type("#login\\:username", coordinator).type("#login\\:password", PASSWORD);
      browser.clickAndWait("#login\\:submit").open("app/staff.xhtml");
      assertThat(browser.lang()).isEqualTo("en");
      assertThat(navigation(browser)).contains("Staff", "Units", "Import staff", "LRS clients");
      assertThat(browser.text("#staff-count")).startsWith("3 staff in an active position as of");
      assertThat(DATE.matcher(browser.text("#staff-count")).find()).isTrue();
      assertThat(rowOf(browser, "Ola Nordmann")).contains("75%").contains("Three shifts");
      browser.assertAccessible("staff in English");

      browser.clickAndWait("a.language");
      assertThat(browser.lang()).isEqualTo("nb");
      assertThat(navigation(browser)).contains("Ansatte", "Enheter", "Importer ansatte");
      assertThat(browser.text("#staff-count")).startsWith("3 ansatte i aktiv stilling per");
      assertThat(rowOf(browser, "Ola Nordmann")).containsPattern("75\\s%").contains("Tredelt");
      browser.screenshot("workspace-staff");

      browser.logout();
      assertThat(browser.text("h1")).as("the choice outlives the session").isEqualTo("Logg inn");
    }
  }

  @Test
  void aUnitLeaderSeesOnlyTheirOwnUnitsAndStaff() {
    try (Browser browser = Browser.desktop(base)) {
      browser.login(leader, PASSWORD);
      assertThat(browser.text("#active-staff")).isEqualTo("1");
      assertThat(navigation(browser)).doesNotContain("Importer ansatte", "Brukere");

      browser.open("app/staff.xhtml");
      String table = browser.text("#list\\:staff");
      assertThat(table)
          .contains("Ola Nordmann")
          .doesNotContain("Kari")
          .doesNotContain("Per Hansen");
      browser.assertAccessible("staff as unit leader");

      browser.open("app/units.xhtml");
      assertThat(browser.text("#tree\\:units"))
          .contains("Hjemmetjenesten nord")
          .doesNotContain("Sykehjemmet")
          .doesNotContain("Hjemmetjenesten sør");
      browser.assertAccessible("units as unit leader");

      browser.open("app/person.xhtml?id=1002");
      assertThat(browser.text("h1")).isEqualTo("Ingen tilgang");
      assertThat(browser.bodyText()).doesNotContain("Kari");
      browser.assertAccessible("error page");

      browser.open("app/staff.xhtml?unit=SHJ");
      assertThat(browser.text("#list\\:staff")).doesNotContain("Per Hansen");
      browser.open("app/roster.xhtml");
      assertThat(browser.text("h1")).isEqualTo("Ingen tilgang");

      browser.open("app/person.xhtml?id=1001");
      assertThat(browser.text("h1")).isEqualTo("Ola Nordmann");
      assertThat(browser.bodyText()).contains("mailto:ola@kommune.no");
      assertThat(browser.all("#links\\:create-link")).as("only coordinators make links").isEmpty();
    }
    assertThat(activeStaffCount(api.basic(leader, PASSWORD))).isEqualTo(1);
  }

  @Test
  void aStaffMemberSignsInWithAPersonalLinkOnAPhone() {
    String link;
    try (Browser desk = Browser.desktop(base)) {
      desk.login(coordinator, PASSWORD).open("app/person.xhtml?id=1001");
      assertThat(desk.text("h1")).isEqualTo("Ola Nordmann");
      desk.clickAndWait("#links\\:create-link");
      link = desk.find("#links\\:issued-link").getAttribute("value");
      assertThat(link).contains("/link.xhtml?token=");
      assertThat(desk.text("#links\\:link-table")).contains("Åpen");
      desk.assertAccessible("person with link");
    }
    try (Browser phone = Browser.phone(base)) {
      phone.withoutCache();
      phone.driver().get(link);
      long linkPage = phone.transferredBytes();
      assertThat(phone.text("h1")).isEqualTo("Logg inn med lenke");
      phone.assertAccessible("sign-in link page");
      phone.clickAndWait("#link\\:submit");
      assertThat(phone.driver().getCurrentUrl()).endsWith("/min/index.xhtml");

      long myPage = phone.transferredBytes();
      assertThat(myPage).as("first load of the staff page, bytes").isLessThan(200 * 1024);
      assertThat(linkPage + myPage).isLessThan(200 * 1024);
      assertThat(phone.driver().getPageSource()).doesNotContainIgnoringCase("primefaces");
      assertThat(phone.resourceCount()).isLessThanOrEqualTo(1);
      System.out.printf(
          "Staff page on a phone: link page %d B, /min/ %d B transferred%n", linkPage, myPage);

      assertThat(phone.text("#greeting")).isEqualTo("Hei, Ola Nordmann");
      assertThat(phone.text("#jobs")).contains("Hjemmetjenesten nord").contains("Helsefagarbeider");
      assertThat(phone.bodyText()).doesNotContain("Kari").doesNotContain("Per Hansen");
      assertThat((Long) phone.script("return document.documentElement.scrollWidth"))
          .as("no sideways scrolling at 360 px")
          .isLessThanOrEqualTo(360L);
      assertThat(phone.find("#signout\\:button").getSize().getHeight()).isGreaterThanOrEqualTo(48);
      phone.assertAccessible("my page");
      phone.screenshot("phone-min-side");

      phone.open("app/staff.xhtml");
      assertThat(phone.driver().getCurrentUrl()).endsWith("/min/index.xhtml");
    }
    try (Browser again = Browser.phone(base)) {
      again.driver().get(link);
      again.clickAndWait("#link\\:submit");
      assertThat(again.text("#link\\:messages")).contains("Lenken virker ikke");
      again.open("min/");
      assertThat(again.driver().getCurrentUrl()).contains("login.xhtml");
    }
  }

  @Test
  void aPrivacyOfficerLandsOnTheAccessLogAndSeesNothingElse() {
    String officer = Tenants.newUser(api, code, "PRIVACY_OFFICER", null, null);
    try (Browser browser = Browser.desktop(base)) {
      browser.login(officer, Tenants.USER_PASSWORD);
      assertThat(browser.driver().getCurrentUrl()).endsWith("/app/record-views.xhtml");
      assertThat(navigation(browser)).containsExactly("Innsynslogg");
      browser.open("app/");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/app/record-views.xhtml");
      browser.open("app/staff.xhtml");
      assertThat(browser.text("h1")).isEqualTo("Ingen tilgang");
      assertThat(browser.bodyText()).doesNotContain("Ola Nordmann");
      browser.open("app/person.xhtml?id=1001");
      assertThat(browser.text("h1")).isEqualTo("Ingen tilgang");
    }
  }

  @Test
  void staffLogInWithAPasswordAndSeeOnlyThemselves() {
    try (Browser phone = Browser.phone(base)) {
      phone.login(staffUser, PASSWORD);
      assertThat(phone.driver().getCurrentUrl()).endsWith("/min/index.xhtml");
      assertThat(phone.text("#greeting")).contains("Ola Nordmann");
      phone.open("app/person.xhtml?id=1002");
      assertThat(phone.driver().getCurrentUrl()).endsWith("/min/index.xhtml");
      assertThat(phone.bodyText()).doesNotContain("Kari");
      phone.logout();
      assertThat(phone.driver().getCurrentUrl()).contains("login.xhtml");
    }
  }

  @Test
  void anLrsClientMadeOnThePageShowsItsStatementsAndRotatesItsSecret() {
    try (Browser browser = Browser.desktop(base)) {
      browser.login(coordinator, PASSWORD).open("app/lrs-clients.xhtml");
      browser.assertAccessible("LRS clients");
      browser.type("#create\\:name", "Moodle").clickAndWait("#create\\:submit");
      String key = browser.text("#issued-key");
      String secret = browser.text("#issued-secret");
      assertThat(key).isNotBlank();
      assertThat(secret).hasSizeGreaterThan(20);

      HttpResponse<String> posted =
          api.xapi(key, secret)
              .post(
                  "xapi/statements",
                  "{\"actor\":{\"name\":\"Ola Nordmann\",\"mbox\":\"mailto:ola@kommune.no\"},"
                      + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\","
                      + "\"display\":{\"en-US\":\"completed\"}},"
                      + "\"object\":{\"id\":\"https://abc-tracker.no/test/module-a\","
                      + "\"definition\":{\"name\":{\"nb\":\"Hefte A\"}}}}");
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);

      browser.clickAndWait("#clients\\:dismiss");
      assertThat(browser.all("#issued-secret")).as("the secret is shown once").isEmpty();
      WebElement row = clientRow(browser, key);
      row.findElement(org.openqa.selenium.By.cssSelector("button[id$=':statements']")).click();
      waitForText(browser, "#statement-table", "Ola Nordmann");
      String statements = browser.text("#statement-table");
      assertThat(statements).contains("completed").contains("Hefte A");
      browser.assertAccessible("LRS client statements");

      clientRow(browser, key)
          .findElement(org.openqa.selenium.By.cssSelector("button[id$=':rotate']"))
          .click();
      browser.driver().switchTo().alert().accept();
      waitForText(browser, "#clients\\:issued", key);
      String newSecret = browser.text("#issued-secret");
      assertThat(newSecret).isNotEqualTo(secret);
      assertThat(api.xapi(key, secret).get("xapi/statements").statusCode()).isEqualTo(401);
      assertThat(api.xapi(key, newSecret).get("xapi/statements").statusCode()).isEqualTo(403);
    }
  }

  @Test
  void aCoordinatorCreatesAUnitLeaderOnTheUsersPage() {
    try (Browser browser = Browser.desktop(base)) {
      browser.login(coordinator, PASSWORD).open("app/users.xhtml");
      assertThat(browser.text("#user-table")).contains(leader).contains(staffUser);
      browser.assertAccessible("users");

      String newLeader = "sor-" + code;
      browser.type("#create\\:username", newLeader).type("#create\\:password", "kort");
      new Select(browser.find("#create\\:role")).selectByValue("UNIT_LEADER");
      new Select(browser.find("#create\\:units")).selectByValue("HJT-S");
      browser.clickAndWait("#create\\:submit");
      assertThat(browser.text("#messages")).contains("Passordet må ha minst 8 tegn");
      assertThat(users()).doesNotContain(newLeader);

      browser.type("#create\\:password", PASSWORD);
      new Select(browser.find("#create\\:units")).selectByValue("HJT-S");
      browser.clickAndWait("#create\\:submit");
      assertThat(browser.text("#messages")).contains("Brukeren " + newLeader + " er opprettet");
      assertThat(users()).contains(newLeader).contains("HJT-S");
    }
    try (Browser browser = Browser.desktop(base)) {
      browser.login("sor-" + code, PASSWORD).open("app/staff.xhtml");
      assertThat(browser.text("#list\\:staff")).contains("Kari Nordmann").doesNotContain("Ola");
    }
  }

  @Test
  void aSystemAdministratorChoosesTheMunicipalityFirst() {
    try (Browser browser = Browser.desktop(base)) {
      browser.login(AppDeployment.ADMIN_USER, AppDeployment.ADMIN_PASSWORD);
      assertThat(browser.driver().getCurrentUrl()).endsWith("/app/municipality.xhtml");
      browser.assertAccessible("municipality choice");
      browser.find("button[title$='Testkommune " + code + "']").click();
      waitForText(browser, "#municipality", "Testkommune " + code);
      assertThat(browser.text("#active-staff")).isEqualTo("3");
      browser.open("app/units.xhtml");
      assertThat(browser.text("#tree\\:units")).contains("Sykehjemmet");
      browser.assertAccessible("units with the upload form");
      browser.screenshot("workspace-units");
    }
  }

  @Test
  void postsWithoutAViewStateOrFromAnotherSiteAreRefused() throws Exception {
    FormClient client = new FormClient(base);
    String page = client.get("login.xhtml").body();
    String viewState = FormClient.viewState(page);

    Map<String, String> form = FormClient.loginForm(coordinator, PASSWORD, viewState);
    form.remove("jakarta.faces.ViewState");
    HttpResponse<String> noViewState = client.post("login.xhtml", form, null);
    assertThat(noViewState.statusCode()).isEqualTo(403);

    HttpResponse<String> otherSite =
        client.post(
            "login.xhtml",
            FormClient.loginForm(coordinator, PASSWORD, viewState),
            "https://evil.example");
    assertThat(otherSite.statusCode()).isEqualTo(403);

    HttpResponse<String> forged =
        client.post("login.xhtml", FormClient.loginForm(coordinator, PASSWORD, "123:456"), null);
    assertThat(forged.statusCode()).isEqualTo(302);
    assertThat(client.get("app/").statusCode()).as("still not signed in").isEqualTo(302);

    assertThat(client.get("").headers().firstValue("Location").orElse(""))
        .as("the root sends a visitor to the login page")
        .endsWith("/login.xhtml");
    HttpResponse<String> real =
        client.post("login.xhtml", FormClient.loginForm(coordinator, PASSWORD, viewState), null);
    assertThat(real.headers().firstValue("Location").orElse("")).endsWith("/app/index.xhtml");
    assertThat(client.get("app/").statusCode()).isEqualTo(200);
    assertThat(client.get("").headers().firstValue("Location").orElse(""))
        .as("and a coordinator to the workspace")
        .endsWith("/app/");
  }

  @Test
  void pageSessionsAndHeadersLeaveTheApiAndTheLrsAlone() throws Exception {
    FormClient client = new FormClient(base);
    HttpResponse<String> login = client.get("login.xhtml");
    assertThat(login.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'none'");
    assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    client.post(
        "login.xhtml",
        FormClient.loginForm(coordinator, PASSWORD, FormClient.viewState(login.body())),
        null);
    assertThat(client.get("app/").statusCode()).isEqualTo(200);

    HttpResponse<String> apiWithSession = client.get("api/v1/municipalities/" + code + "/staff");
    assertThat(apiWithSession.statusCode()).as("the API takes no page session").isEqualTo(401);
    assertThat(apiWithSession.headers().firstValue("Content-Security-Policy")).isEmpty();
    // No session cookie. The data grid's session store answers any request that carries one with
    // its version (JSESSIONIDVERSION), which names no session and grants nothing.
    assertThat(apiWithSession.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("JSESSIONID="));

    HttpResponse<String> apiPost =
        api.asAdmin()
            .post(
                "api/v1/municipalities/" + code + "/lrs-clients",
                "{\"name\":\"LMS\",\"scopes\":[\"all\"]}");
    assertThat(apiPost.statusCode()).as("no CSRF check on the API").isEqualTo(201);
    assertThat(apiPost.headers().firstValue("Set-Cookie")).isEmpty();

    HttpResponse<String> about = client.get("xapi/about");
    assertThat(about.statusCode()).isEqualTo(200);
    assertThat(about.headers().firstValue("Content-Security-Policy")).isEmpty();
    HttpResponse<String> lrsWithSession = client.get("xapi/statements");
    assertThat(lrsWithSession.statusCode()).isEqualTo(401);
  }

  @Test
  void repeatedWrongPasswordsLockTheLoginForAWhile() throws Exception {
    FormClient client = new FormClient(base);
    for (int attempt = 1; attempt <= 5; attempt++) {
      String page = client.get("login.xhtml").body();
      HttpResponse<String> wrong =
          client.post(
              "login.xhtml",
              FormClient.loginForm(leader, "wrong-" + attempt, FormClient.viewState(page)),
              null);
      assertThat(wrong.body()).contains("Feil brukernavn eller passord");
    }
    String page = client.get("login.xhtml").body();
    HttpResponse<String> right =
        client.post(
            "login.xhtml",
            FormClient.loginForm(leader, PASSWORD, FormClient.viewState(page)),
            null);
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(right.body()).contains("For mange mislykkede forsøk");
    assertThat(client.get("app/").statusCode()).as("not signed in").isEqualTo(302);
    assertThat(
            api.basic(leader, "wrong-6")
                .get("api/v1/municipalities/" + code + "/units")
                .statusCode())
        .as("the API's HTTP Basic is no way around the lock: the name is locked at every door")
        .isEqualTo(429);
  }

  // --- helpers ---

  private int activeStaffCount(Http as) {
    HttpResponse<String> staff = as.get("api/v1/municipalities/" + code + "/staff");
    assertThat(staff.statusCode()).as(staff.body()).isEqualTo(200);
    return Http.json(staff).asJsonObject().getInt("count");
  }

  private HttpResponse<String> employee(String employeeId) {
    return api.asAdmin().get("api/v1/municipalities/" + code + "/staff/" + employeeId);
  }

  private String users() {
    JsonArray users =
        Http.json(api.asAdmin().get("api/v1/municipalities/" + code + "/users")).asJsonArray();
    return users.stream()
        .map(JsonObject.class::cast)
        .map(JsonObject::toString)
        .collect(Collectors.joining());
  }

  private static List<String> navigation(Browser browser) {
    return browser.all(".mainnav a").stream().map(WebElement::getText).toList();
  }

  private static String rowOf(Browser browser, String name) {
    return browser.all("#list\\:staff tbody tr").stream()
        .map(WebElement::getText)
        .filter(t -> t.contains(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row of " + name));
  }

  private static WebElement clientRow(Browser browser, String key) {
    return browser.all("#clients\\:client-table tbody tr").stream()
        .filter(r -> r.getText().contains(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row of client " + key));
  }

  private static String focused(Browser browser) {
    Object id = browser.script("return document.activeElement.id");
    if (id != null && !id.toString().isEmpty()) {
      return id.toString();
    }
    return "a." + browser.script("return document.activeElement.className");
  }

  private static void waitForText(Browser browser, String css, String text) {
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(
            d -> {
              try {
                return browser.text(css).contains(text);
              } catch (org.openqa.selenium.NoSuchElementException
                  | org.openqa.selenium.StaleElementReferenceException notYet) {
                return false;
              }
            });
  }
}
