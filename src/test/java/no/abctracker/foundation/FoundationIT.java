package no.abctracker.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.Tenants;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an operator and an integrator see first: health, API docs, tenants, LRS credentials. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void isReadyOnlyWithTheDatabaseAndPublishesItsApi() throws Exception {
    Http server = Http.at(new URL(base, "/"));
    HttpResponse<String> ready = server.get("health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("UP");

    HttpResponse<String> openApi = server.get("openapi");
    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(openApi.body()).contains("/api/v1/municipalities");
  }

  @Test
  void aboutNamesBothXapiVersionsWithoutCredentials() {
    HttpResponse<String> about = Http.at(base).get("xapi/about");
    assertThat(about.statusCode()).isEqualTo(200);
    assertThat(Http.json(about).asJsonObject().getJsonArray("version").toString())
        .contains("1.0.3", "2.0.0");
    assertThat(about.headers().firstValue("X-Experience-API-Version")).isPresent();
  }

  @Test
  void apiWithoutOrWithWrongCredentialsIsChallenged() {
    HttpResponse<String> anonymous = Http.at(base).get("api/v1/municipalities");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    HttpResponse<String> wrong =
        Http.at(base)
            .basic(AppDeployment.ADMIN_USER, "not-the-password")
            .get("api/v1/municipalities");
    assertThat(wrong.statusCode()).isEqualTo(401);
  }

  @Test
  void badMunicipalityIsRejectedWithAReasonAndNotStored() {
    Http api = Http.at(base).asAdmin();
    HttpResponse<String> rejected =
        api.post("api/v1/municipalities", "{\"code\":\"12a\",\"name\":\"Feil kommune\"}");
    assertThat(rejected.statusCode()).isEqualTo(400);
    assertThat(Http.json(rejected).asJsonObject().getString("detail")).contains("code");
    assertThat(api.get("api/v1/municipalities").body()).doesNotContain("Feil kommune");

    HttpResponse<String> notJson = api.post("api/v1/municipalities", "{\"code\":");
    assertThat(notJson.statusCode()).isEqualTo(400);
  }

  @Test
  void lrsClientSecretIsShownOnceAndRotates() {
    Http api = Http.at(base);
    String municipality = Tenants.newMunicipality(api);
    Tenants.LrsCredentials client =
        Tenants.newLrsClient(api, municipality, "statements/write", "statements/read");

    JsonObject listed =
        Http.json(
                api.asAdmin()
                    .get("api/v1/municipalities/" + municipality + "/lrs-clients/" + client.key()))
            .asJsonObject();
    assertThat(listed.containsKey("secret")).isFalse();
    assertThat(listed.getJsonArray("scopes").toString()).contains("statements/write");

    HttpResponse<String> rotated =
        api.asAdmin()
            .post(
                "api/v1/municipalities/"
                    + municipality
                    + "/lrs-clients/"
                    + client.key()
                    + "/secret",
                "{}");
    assertThat(rotated.statusCode()).isEqualTo(200);
    assertThat(Http.json(rotated).asJsonObject().getString("secret")).isNotEqualTo(client.secret());
  }

  @Test
  void anLrsClientsLatestStatementsAreListedNewestFirstInItsMunicipalityOnly() {
    Http api = Http.at(base);
    String municipality = Tenants.newMunicipality(api);
    Tenants.LrsCredentials client = Tenants.newLrsClient(api, municipality, "statements/write");
    for (String module : new String[] {"a", "b", "c"}) {
      HttpResponse<String> posted =
          api.xapi(client.key(), client.secret())
              .post(
                  "xapi/statements",
                  "{\"actor\":{\"mbox\":\"mailto:ola@kommune.no\"},"
                      + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\","
                      + "\"display\":{\"en-US\":\"completed\"}},"
                      + "\"object\":{\"id\":\"https://abc-tracker.no/test/"
                      + module
                      + "\"}}");
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    }
    String path = "api/v1/municipalities/" + municipality + "/lrs-clients/" + client.key();
    HttpResponse<String> latest = api.asAdmin().get(path + "/statements?limit=2");
    assertThat(latest.statusCode()).as(latest.body()).isEqualTo(200);
    var statements = Http.json(latest).asJsonArray();
    assertThat(statements).hasSize(2);
    assertThat(statements.getJsonObject(0).getString("object")).endsWith("/c");
    assertThat(statements.getJsonObject(1).getString("object")).endsWith("/b");
    assertThat(statements.getJsonObject(0).getString("actor")).isEqualTo("ola@kommune.no");
    assertThat(statements.getJsonObject(0).getString("verb")).isEqualTo("completed");
    assertThat(statements.getJsonObject(0).getJsonObject("statement").getString("id"))
        .isEqualTo(statements.getJsonObject(0).getString("id"));

    String other = Tenants.newMunicipality(api);
    assertThat(
            api.asAdmin()
                .get(
                    "api/v1/municipalities/"
                        + other
                        + "/lrs-clients/"
                        + client.key()
                        + "/statements")
                .statusCode())
        .as("another municipality's client is not found there")
        .isEqualTo(404);
  }

  @Test
  void unknownScopeIsRejected() {
    Http api = Http.at(base);
    String municipality = Tenants.newMunicipality(api);
    HttpResponse<String> rejected =
        api.asAdmin()
            .post(
                "api/v1/municipalities/" + municipality + "/lrs-clients",
                "{\"name\":\"LMS\",\"scopes\":[\"statements/everything\"]}");
    assertThat(rejected.statusCode()).isEqualTo(400);
    assertThat(rejected.body()).contains("statements/everything");
  }

  @Test
  void wrongBasicCredentialsAreThrottledPerKeyAndAddressButAVerifiedSecretIsNot() {
    Http api = Http.at(base);
    String municipality = Tenants.newMunicipality(api);
    Tenants.LrsCredentials client = Tenants.newLrsClient(api, municipality, "statements/read");
    String attacker = randomAddress();
    assertThat(api.xapi(client.key(), client.secret()).get("xapi/statements").statusCode())
        .isEqualTo(200);

    for (int i = 0; i < 4; i++) {
      HttpResponse<String> wrong =
          api.xapi(client.key(), "wrong-" + i)
              .header("X-Forwarded-For", attacker)
              .get("xapi/statements");
      assertThat(wrong.statusCode()).as(i + ": " + wrong.headers() + wrong.body()).isEqualTo(401);
    }
    api.xapi(client.key(), "wrong-5").header("X-Forwarded-For", attacker).get("xapi/statements");
    HttpResponse<String> locked =
        api.xapi(client.key(), "wrong-6")
            .header("X-Forwarded-For", randomAddress())
            .get("xapi/statements");
    assertThat(locked.statusCode()).as("the key is locked from any address").isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    assertThat(api.xapi(client.key(), client.secret()).get("xapi/statements").statusCode())
        .as("the LMS with its verified secret goes on")
        .isEqualTo(200);

    String shared = randomAddress();
    for (int i = 0; i < 50; i++) {
      api.basic("made-up-" + i + "-" + shared, "guess")
          .header("X-Forwarded-For", shared)
          .get("api/v1/municipalities");
    }
    assertThat(
            api.basic("made-up-again", "guess")
                .header("X-Forwarded-For", shared)
                .get("api/v1/municipalities")
                .statusCode())
        .as("50 failures lock that address")
        .isEqualTo(429);
    String user = Tenants.newUser(api, municipality, "COORDINATOR", null, null);
    assertThat(
            api.basic(user, Tenants.USER_PASSWORD)
                .header("X-Forwarded-For", randomAddress())
                .get("api/v1/municipalities/" + municipality + "/users")
                .statusCode())
        .as("a real user from another address is not locked out")
        .isEqualTo(200);
  }

  @Test
  void aDisabledLrsClientIsRefusedAtOnceAndADeletedOneLeavesItsStatements() {
    Http api = Http.at(base);
    String municipality = Tenants.newMunicipality(api);
    Tenants.LrsCredentials lms = Tenants.newLrsClient(api, municipality, "statements/write");
    Tenants.LrsCredentials reader = Tenants.newLrsClient(api, municipality, "statements/read");
    Http lrs = api.xapi(lms.key(), lms.secret());
    String id = java.util.UUID.randomUUID().toString();
    assertThat(lrs.post("xapi/statements", statement(id)).statusCode()).isEqualTo(200);
    String authority =
        Http.json(api.xapi(reader.key(), reader.secret()).get("xapi/statements?statementId=" + id))
            .asJsonObject()
            .getJsonObject("authority")
            .toString();

    String clients = "api/v1/municipalities/" + municipality + "/lrs-clients/" + lms.key();
    HttpResponse<String> disabled = api.asAdmin().post(clients + "/disable", "{}");
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
    assertThat(Http.json(disabled).asJsonObject().getBoolean("enabled")).isFalse();
    assertThat(lrs.post("xapi/statements", statement(null)).statusCode()).isEqualTo(401);
    assertThat(api.asAdmin().post(clients + "/enable", "{}").statusCode()).isEqualTo(200);
    assertThat(lrs.post("xapi/statements", statement(null)).statusCode()).isEqualTo(200);

    assertThat(api.asAdmin().delete(clients).statusCode()).isEqualTo(204);
    assertThat(lrs.post("xapi/statements", statement(null)).statusCode()).isEqualTo(401);
    assertThat(api.asAdmin().get(clients).statusCode()).isEqualTo(404);
    HttpResponse<String> kept =
        api.xapi(reader.key(), reader.secret()).get("xapi/statements?statementId=" + id);
    assertThat(kept.statusCode()).as("its statements stay").isEqualTo(200);
    assertThat(Http.json(kept).asJsonObject().getJsonObject("authority").toString())
        .isEqualTo(authority);
  }

  @Test
  void aDisabledUserIsRefusedAndTakenNamesSayNothingAboutOtherMunicipalities() {
    Http api = Http.at(base);
    String mine = Tenants.newMunicipality(api);
    String theirs = Tenants.newMunicipality(api);
    String coordinator = Tenants.newUser(api, mine, "COORDINATOR", null, null);
    Http me = api.basic(coordinator, Tenants.USER_PASSWORD);
    String taken = Tenants.newUser(api, theirs, "COORDINATOR", null, null);
    String ownTaken = Tenants.newUser(api, mine, "COORDINATOR", null, null);

    HttpResponse<String> elsewhere = createUser(me, mine, taken);
    HttpResponse<String> here = createUser(me, mine, ownTaken);
    assertThat(elsewhere.statusCode()).isEqualTo(409);
    assertThat(Http.json(elsewhere).asJsonObject().getString("detail"))
        .doesNotContain(theirs)
        .isEqualTo(Http.json(here).asJsonObject().getString("detail").replace(ownTaken, taken));
    assertThat(
            me.post("api/v1/municipalities/" + mine + "/users/" + taken + "/disable", "{}")
                .statusCode())
        .as("another municipality's user is not found here")
        .isEqualTo(404);

    String users = "api/v1/municipalities/" + mine + "/users/";
    Http them = api.basic(ownTaken, Tenants.USER_PASSWORD);
    assertThat(them.get(users).statusCode()).isEqualTo(200);
    assertThat(me.post(users + ownTaken + "/disable", "{}").statusCode()).isEqualTo(200);
    assertThat(them.get(users).statusCode()).isEqualTo(401);
    assertThat(me.post(users + ownTaken + "/enable", "{}").statusCode()).isEqualTo(200);
    HttpResponse<String> enabled = them.get(users);
    assertThat(enabled.statusCode()).as(enabled.headers() + enabled.body()).isEqualTo(200);
    assertThat(me.delete(users + ownTaken).statusCode()).isEqualTo(204);
    assertThat(them.get(users).statusCode()).isEqualTo(401);
    assertThat(me.get(users).body()).doesNotContain(ownTaken);
  }

  @Test
  void behindATrustedTlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
    HttpResponse<String> plain = Http.at(base).get("login.xhtml");
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(plain.headers().allValues("Set-Cookie"))
        .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));

    HttpResponse<String> proxied =
        Http.at(base)
            .header("X-Forwarded-Proto", "https")
            .header("X-Forwarded-For", randomAddress())
            .get("login.xhtml");
    assertThat(proxied.statusCode()).isEqualTo(200);
    assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("max-age="));
    // The session cookie and the data grid's JSESSIONIDVERSION beside it: both Secure.
    assertThat(proxied.headers().allValues("Set-Cookie"))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
  }

  private static HttpResponse<String> createUser(Http api, String municipality, String name) {
    return api.post(
        "api/v1/municipalities/" + municipality + "/users",
        "{\"username\":\"" + name + "\",\"password\":\"password-2\",\"role\":\"COORDINATOR\"}");
  }

  private static String statement(String id) {
    return "{"
        + (id == null ? "" : "\"id\":\"" + id + "\",")
        + "\"actor\":{\"mbox\":\"mailto:ola@kommune.no\"},"
        + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
        + "\"object\":{\"id\":\"https://abc-tracker.no/test/disabled\"}}";
  }

  /** An address from the IPv6 documentation prefix (RFC 3849), different per call. */
  private static String randomAddress() {
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    return "2001:db8::"
        + Integer.toHexString(random.nextInt(1 << 16))
        + ":"
        + Integer.toHexString(random.nextInt(1 << 16));
  }
}
