package no.abctracker.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.Browser;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.Keycloak;
import no.abctracker.testsupport.PageUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sign-in through a municipality's own OpenID Connect provider, against a real one (Keycloak, see
 * {@link Keycloak}; its realm has a client per case: a correct one, one whose ID tokens name
 * another audience and one whose tokens are expired when issued), in Debian's Chromium: staff land
 * on /min/, a coordinator by group on the workspace, and each refusal says why in Bokmål. Also
 * "Husk meg på denne telefonen" after a personal link: the phone stays signed in without its
 * session, the token changes at each use, and signing out or the coordinator ends it.
 */
@ExtendWith(ArquillianExtension.class)
class OidcSignInIT {

  /** Started when the class loads, so that it boots while Arquillian boots Payara. */
  static final Keycloak KEYCLOAK = Keycloak.start();

  static final String KARI_KOORDINATOR =
      "9001,Kari Koordinator,kari.koordinator@kommune.no,HO,7076,Sykepleier,100,DAY,PERMANENT,"
          + "2018-01-01,\n";
  static final String ROSTER = BrowserIT.HEADER + BrowserIT.OLA + KARI_KOORDINATOR;

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  Http api;
  String code;
  String coordinator;

  @BeforeEach
  void municipality() {
    api = Http.at(base);
    PageUsers users = PageUsers.create(api, BrowserIT.UNITS, ROSTER, BrowserIT.PASSWORD);
    code = users.code();
    coordinator = users.coordinator();
    KEYCLOAK.awaitReady();
  }

  @AfterAll
  static void stopKeycloak() {
    KEYCLOAK.close();
  }

  @Test
  void staffSignInAtTheProviderAndLandOnTheirOwnPage() {
    configure("abc-tracker");
    try (Browser browser = Browser.phone(base)) {
      signInAtProvider(browser, "ola", "ola-passord");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/min/index.xhtml");
      assertThat(browser.text("#greeting")).isEqualTo("Hei, Ola Nordmann");
      browser.assertAccessible("min after OpenID Connect");
      // the same account a personal link signs in to: the staff account of employee 1001
      String users =
          api.basic(coordinator, BrowserIT.PASSWORD)
              .get("api/v1/municipalities/" + code + "/users")
              .body();
      assertThat(users)
          .contains("\"ola-" + code + "\"")
          .doesNotContain("staff-")
          .doesNotContain("oidc-");
    }
  }

  @Test
  void aCoordinatorByTheProvidersGroupLandsOnTheWorkspace() {
    configure("abc-tracker");
    try (Browser browser = Browser.desktop(base)) {
      browser.open("login.xhtml");
      assertThat(browser.text("#oidc")).contains("Logg inn med Testkommune " + code);
      browser.assertAccessible("login with OpenID Connect");
      signInAtProvider(browser, "kari", "kari-passord");
      assertThat(browser.driver().getCurrentUrl()).contains("/app/");
      assertThat(browser.text("#who")).contains("Koordinator");
      assertThat(browser.text("#municipality")).contains("Testkommune " + code);
    }
  }

  @Test
  void somebodyNotOnTheRosterIsRefused() {
    configure("abc-tracker");
    assertRefused("abc-tracker", "ukjent", "finnes ikke i ABC Trackers ansattliste");
  }

  @Test
  void anIdTokenForAnotherAudienceIsRefused() {
    assertRefused("abc-tracker-feil-aud", "ola", "laget for en annen applikasjon");
  }

  @Test
  void anExpiredIdTokenIsRefused() {
    assertRefused("abc-tracker-utlopt", "ola", "var utløpt");
  }

  @Test
  void anAnswerToASignInNotStartedHereIsRefused() {
    configure("abc-tracker");
    try (Browser browser = Browser.desktop(base)) {
      browser.open("oidc/callback?code=stolen&state=forged&iss=" + KEYCLOAK.issuer());
      assertThat(browser.text("#oidc-refused")).contains("hørte ikke til en innlogging");
      browser.open("app/");
      assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
    }
  }

  @Test
  void settingsAreTheCoordinatorsOwnAndTheSecretIsNeverShown() {
    JsonObject shown = configure("abc-tracker");
    assertThat(shown.toString()).doesNotContain("hemmelighet");
    assertThat(shown.getBoolean("clientSecretSet")).isTrue();
    Http coordinatorApi = api.basic(coordinator, BrowserIT.PASSWORD);
    HttpResponse<String> read = coordinatorApi.get(settingsPath());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body())
        .doesNotContain("hemmelighet")
        .contains("\"matchField\":\"EMPLOYEE_ID\"");

    HttpResponse<String> bad =
        coordinatorApi.send(
            "PUT",
            settingsPath(),
            "application/json",
            "{\"issuer\":\"ftp://x\",\"clientId\":\"a\",\"subjectClaim\":\"email\",\"matchField\":\"EMAIL\"}"
                .getBytes(UTF_8));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("issuer");
    HttpResponse<String> unitLeaderByGroup =
        coordinatorApi.send(
            "PUT",
            settingsPath(),
            "application/json",
            settingsJson("abc-tracker")
                .replace("\"COORDINATOR\"", "\"UNIT_LEADER\"")
                .getBytes(UTF_8));
    assertThat(unitLeaderByGroup.statusCode()).isEqualTo(400);
    assertThat(coordinatorApi.get(settingsPath()).body()).contains("COORDINATOR");

    PageUsers other = PageUsers.create(api, BrowserIT.UNITS, ROSTER, BrowserIT.PASSWORD);
    assertThat(api.basic(other.coordinator(), BrowserIT.PASSWORD).get(settingsPath()).statusCode())
        .as("another municipality's coordinator")
        .isEqualTo(403);
  }

  @Test
  void aPhoneRememberedAtLinkSignInStaysSignedInUntilTheCoordinatorEndsIt() {
    try (Browser phone = Browser.phone(base)) {
      phone.driver().get(newLink());
      phone.find("#link\\:remember").click();
      phone.clickAndWait("#link\\:submit");
      assertThat(phone.driver().getCurrentUrl()).endsWith("/min/index.xhtml");
      Cookie first = phone.driver().manage().getCookieNamed("abc_remember");
      assertThat(first.isHttpOnly()).isTrue();
      assertThat(first.getSameSite()).isEqualToIgnoringCase("Lax");
      assertThat(first.getExpiry())
          .isAfter(Date.from(Instant.now().plus(Duration.ofDays(27))))
          .isBefore(Date.from(Instant.now().plus(Duration.ofDays(29))));

      phone.driver().manage().deleteCookieNamed("JSESSIONID");
      phone.open("min/");
      assertThat(phone.driver().getCurrentUrl()).contains("/min/").doesNotContain("login.xhtml");
      assertThat(phone.text("#greeting")).isEqualTo("Hei, Ola Nordmann");
      Cookie rotated = phone.driver().manage().getCookieNamed("abc_remember");
      assertThat(rotated.getValue()).as("a new token at each use").isNotEqualTo(first.getValue());

      // a copy of the used cookie signs in nobody
      try (Browser copy = Browser.phone(base)) {
        copy.open("login.xhtml");
        copy.driver()
            .manage()
            .addCookie(
                new Cookie.Builder("abc_remember", first.getValue()).path(first.getPath()).build());
        copy.open("min/");
        assertThat(copy.driver().getCurrentUrl()).contains("login.xhtml");
      }

      try (Browser desk = Browser.desktop(base)) {
        desk.login(coordinator, BrowserIT.PASSWORD).open("app/person.xhtml?id=1001");
        assertThat(desk.text("#phones-count")).contains("1 telefon");
        desk.clickAndWait("#phones\\:forget-phones");
        assertThat(desk.text("#phones\\:phones-messages")).contains("Logget ut fra 1 telefon");
        desk.assertAccessible("person with remembered phones ended");
      }
      phone.driver().manage().deleteCookieNamed("JSESSIONID");
      phone.open("min/");
      assertThat(phone.driver().getCurrentUrl()).contains("login.xhtml");
    }

    try (Browser phone = Browser.phone(base)) {
      phone.driver().get(newLink());
      phone.find("#link\\:remember").click();
      phone.clickAndWait("#link\\:submit");
      Cookie remembered = phone.driver().manage().getCookieNamed("abc_remember");
      phone.logout();
      assertThat(phone.driver().manage().getCookieNamed("abc_remember")).isNull();
      phone
          .driver()
          .manage()
          .addCookie(
              new Cookie.Builder("abc_remember", remembered.getValue())
                  .path(remembered.getPath())
                  .build());
      phone.open("min/");
      assertThat(phone.driver().getCurrentUrl()).as("signed out ends it").contains("login.xhtml");
    }

    Http coordinatorApi = api.basic(coordinator, BrowserIT.PASSWORD);
    HttpResponse<String> ended =
        coordinatorApi.delete("api/v1/municipalities/" + code + "/staff/1001/remembered-phones");
    assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
    assertThat(ended.body()).contains("\"ended\":0");
    assertThat(
            coordinatorApi
                .delete("api/v1/municipalities/" + code + "/staff/4242/remembered-phones")
                .statusCode())
        .isEqualTo(404);
    PageUsers other = PageUsers.create(api, BrowserIT.UNITS, ROSTER, BrowserIT.PASSWORD);
    assertThat(
            api.basic(other.coordinator(), BrowserIT.PASSWORD)
                .delete("api/v1/municipalities/" + code + "/staff/1001/remembered-phones")
                .statusCode())
        .isEqualTo(403);
  }

  /** A new personal sign-in link for Ola, made by the coordinator on the person page. */
  private String newLink() {
    try (Browser desk = Browser.desktop(base)) {
      desk.login(coordinator, BrowserIT.PASSWORD).open("app/person.xhtml?id=1001");
      desk.clickAndWait("#links\\:create-link");
      return desk.find("#links\\:issued-link").getAttribute("value");
    }
  }

  private void assertRefused(String client, String user, String message) {
    configure(client);
    try (Browser browser = Browser.desktop(base)) {
      signInAtProvider(browser, user, user + "-passord");
      assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
      assertThat(browser.text("#oidc-refused")).contains(message);
      browser.open("app/");
      assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
      browser.open("min/");
      assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
    }
  }

  /** From the municipality's own login address through the provider's form and back. */
  private void signInAtProvider(Browser browser, String username, String password) {
    browser.open("login.xhtml?kommune=" + code);
    browser.clickAndWait("#oidc a");
    assertThat(browser.driver().getCurrentUrl()).startsWith(KEYCLOAK.issuer());
    browser.type("#username", username).type("#password", password).clickAndWait("#kc-login");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(
            d ->
                d.getCurrentUrl().startsWith(browser.url(""))
                    && !d.getCurrentUrl().contains("/oidc/"));
  }

  private JsonObject configure(String client) {
    HttpResponse<String> put =
        api.asAdmin()
            .send("PUT", settingsPath(), "application/json", settingsJson(client).getBytes(UTF_8));
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    return Http.json(put).asJsonObject();
  }

  private String settingsJson(String client) {
    return "{\"issuer\":\""
        + KEYCLOAK.issuer()
        + "\",\"clientId\":\""
        + client
        + "\",\"clientSecret\":\""
        + client
        + "-hemmelighet\",\"subjectClaim\":\"employee_id\",\"matchField\":\"EMPLOYEE_ID\","
        + "\"groupClaim\":\"groups\",\"groupRoles\":{\"abc-koordinatorer\":\"COORDINATOR\"}}";
  }

  private String settingsPath() {
    return "api/v1/municipalities/" + code + "/sign-in/oidc";
  }
}
