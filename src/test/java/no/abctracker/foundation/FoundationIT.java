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
}
