package no.abctracker.xapi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.Tenants;
import no.abctracker.testsupport.Tenants.LrsCredentials;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The document resources over HTTP as an LMS uses them: what the ADL conformance suite checks
 * (storage, merge, concurrency per xAPI version, multiple GET) plus tenancy and scopes.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentsIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  /** A fresh municipality and an LRS client of it with {@code scopes}, speaking xAPI 2.0.0. */
  Http lrs(String... scopes) {
    Http api = Http.at(base);
    LrsCredentials client = Tenants.newLrsClient(api, Tenants.newMunicipality(api), scopes);
    return api.xapi(client.key(), client.secret());
  }

  static String agent() {
    return "{\"objectType\":\"Agent\",\"mbox\":\"mailto:" + UUID.randomUUID() + "@example.no\"}";
  }

  static String activity() {
    return "https://kurs.example.no/abc/" + UUID.randomUUID();
  }

  static String query(String... pairs) {
    StringBuilder q = new StringBuilder("?");
    for (int i = 0; i < pairs.length; i += 2) {
      q.append(i == 0 ? "" : "&")
          .append(pairs[i])
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return q.toString();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String etag(HttpResponse<?> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  @Test
  void binaryStateIsReturnedByteExactWithItsContentTypeEtagAndLastModified() throws Exception {
    Http api = Http.at(base);
    LrsCredentials client = Tenants.newLrsClient(api, Tenants.newMunicipality(api), "state");
    Http lrs = api.xapi(client.key(), client.secret());
    String state =
        "xapi/activities/state"
            + query("activityId", activity(), "agent", agent(), "stateId", "bokmerke");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xfe, 13, 10};

    assertThat(lrs.send("PUT", state, "image/png", png).statusCode()).isEqualTo(204);

    HttpResponse<byte[]> got = getBytes(client, state);
    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.body()).isEqualTo(png);
    assertThat(got.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(etag(got)).matches("\"[0-9a-f]{40}\"");
    String lastModified = got.headers().firstValue("Last-Modified").orElseThrow();
    Instant modified =
        ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    assertThat(modified).isBetween(Instant.now().minusSeconds(120), Instant.now().plusSeconds(120));
  }

  @Test
  void postMergesJsonObjectsOneLevelDeepAndRejectsEverythingElse() {
    Http lrs = lrs("state");
    String state =
        "xapi/activities/state"
            + query("activityId", activity(), "agent", agent(), "stateId", "fremdrift");
    String json = "application/json";

    assertThat(
            lrs.send("POST", state, json, utf8("{\"car\":{\"make\":\"Ford\"},\"a\":1}"))
                .statusCode())
        .isEqualTo(204);
    assertThat(
            lrs.send("POST", state, json, utf8("{\"car\":{\"model\":\"Ram\"},\"b\":2}"))
                .statusCode())
        .isEqualTo(204);
    assertThat(Http.json(lrs.get(state)).asJsonObject().toString())
        .isEqualTo("{\"car\":{\"model\":\"Ram\"},\"a\":1,\"b\":2}");

    assertThat(lrs.send("POST", state, "text/plain", utf8("abc")).statusCode()).isEqualTo(400);
    assertThat(lrs.send("POST", state, json, utf8("{\"c\":3}{")).statusCode()).isEqualTo(400);
    assertThat(lrs.send("POST", state, json, utf8("[1]")).statusCode()).isEqualTo(400);
    assertThat(Http.json(lrs.get(state)).asJsonObject().keySet()).containsExactly("car", "a", "b");

    String binary =
        "xapi/activities/state"
            + query("activityId", activity(), "agent", agent(), "stateId", "binary");
    lrs.send("PUT", binary, "application/octet-stream", utf8("/ asdf /"));
    assertThat(lrs.send("POST", binary, json, utf8("{\"a\":1}")).statusCode()).isEqualTo(400);
    assertThat(lrs.get(binary).body()).isEqualTo("/ asdf /");
  }

  @Test
  void concurrencyRulesOfXapi2() {
    Http lrs = lrs("profile");
    String profile =
        "xapi/activities/profile" + query("activityId", activity(), "profileId", "innstillinger");
    String json = "application/json";

    assertThat(lrs.send("PUT", profile, json, utf8("{\"v\":1}")).statusCode())
        .as("a profile PUT without If-Match/If-None-Match")
        .isEqualTo(428);
    assertThat(
            lrs.header("If-None-Match", "*")
                .send("PUT", profile, json, utf8("{\"v\":1}"))
                .statusCode())
        .isEqualTo(204);
    assertThat(
            lrs.header("If-None-Match", "*")
                .send("PUT", profile, json, utf8("{\"v\":2}"))
                .statusCode())
        .isEqualTo(412);
    HttpResponse<String> conflict = lrs.send("PUT", profile, json, utf8("{\"v\":2}"));
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.body()).contains("If-Match");

    String current = etag(lrs.get(profile));
    assertThat(
            lrs.header("If-Match", "\"1234\"")
                .send("PUT", profile, json, utf8("{\"v\":2}"))
                .statusCode())
        .isEqualTo(412);
    assertThat(
            lrs.header("If-Match", "\"1234\"")
                .send("POST", profile, json, utf8("{\"w\":2}"))
                .statusCode())
        .isEqualTo(412);
    assertThat(lrs.header("If-Match", "\"1234\"").delete(profile).statusCode()).isEqualTo(412);
    assertThat(lrs.get(profile).body()).isEqualTo("{\"v\":1}");

    assertThat(
            lrs.header("If-Match", current)
                .send("PUT", profile, json, utf8("{\"v\":2}"))
                .statusCode())
        .isEqualTo(204);
    assertThat(lrs.get(profile).body()).isEqualTo("{\"v\":2}");
    assertThat(lrs.header("If-Match", current).delete(profile).statusCode())
        .as("the ETag read before the last change")
        .isEqualTo(412);
    assertThat(lrs.header("If-Match", etag(lrs.get(profile))).delete(profile).statusCode())
        .isEqualTo(204);
    assertThat(lrs.get(profile).statusCode()).isEqualTo(404);
  }

  @Test
  void stateOverwritesWithoutPreconditionOnlyInXapi103() {
    Http lrs = lrs("state", "profile");
    String state =
        "xapi/activities/state" + query("activityId", activity(), "agent", agent(), "stateId", "s");
    String json = "application/json";
    assertThat(lrs.send("PUT", state, json, utf8("{\"v\":1}")).statusCode()).isEqualTo(204);
    assertThat(lrs.send("PUT", state, json, utf8("{\"v\":2}")).statusCode()).isEqualTo(409);

    Http v103 = lrs.header("X-Experience-API-Version", "1.0.3");
    assertThat(v103.send("PUT", state, json, utf8("{\"v\":3}")).statusCode()).isEqualTo(204);
    assertThat(v103.get(state).body()).isEqualTo("{\"v\":3}");

    String profile = "xapi/agents/profile" + query("agent", agent(), "profileId", "p");
    assertThat(v103.send("PUT", profile, json, utf8("{}")).statusCode())
        .as("1.0.3 profile PUT without a precondition")
        .isEqualTo(400);
  }

  @Test
  void multipleGetListsIdsSinceATimeAndDeleteRemovesAllOfAnActivityAndAgent() {
    Http lrs = lrs("state");
    String activityId = activity();
    String agent = agent();
    String registration = UUID.randomUUID().toString();
    String json = "application/json";
    String before =
        DateTimeFormatter.ISO_INSTANT.format(
            Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC));
    lrs.send(
        "PUT",
        "xapi/activities/state" + query("activityId", activityId, "agent", agent, "stateId", "a"),
        json,
        utf8("{}"));
    lrs.send(
        "PUT",
        "xapi/activities/state"
            + query(
                "activityId",
                activityId,
                "agent",
                agent,
                "registration",
                registration,
                "stateId",
                "b"),
        json,
        utf8("{}"));

    JsonArray all =
        Http.json(
                lrs.get(
                    "xapi/activities/state"
                        + query("activityId", activityId, "agent", agent, "since", before)))
            .asJsonArray();
    assertThat(all.getValuesAs(jakarta.json.JsonString::getString))
        .containsExactlyInAnyOrder("a", "b");
    JsonArray ofRegistration =
        Http.json(
                lrs.get(
                    "xapi/activities/state"
                        + query(
                            "activityId",
                            activityId,
                            "agent",
                            agent,
                            "registration",
                            registration)))
            .asJsonArray();
    assertThat(ofRegistration.getValuesAs(jakarta.json.JsonString::getString)).containsExactly("b");
    String future = DateTimeFormatter.ISO_INSTANT.format(Instant.now().plusSeconds(3600));
    assertThat(
            Http.json(
                    lrs.get(
                        "xapi/activities/state"
                            + query("activityId", activityId, "agent", agent, "since", future)))
                .asJsonArray())
        .isEmpty();
    assertThat(
            lrs.get(
                    "xapi/activities/state"
                        + query("activityId", activityId, "agent", agent, "since", "i går"))
                .statusCode())
        .isEqualTo(400);

    assertThat(
            lrs.delete("xapi/activities/state" + query("activityId", activityId, "agent", agent))
                .statusCode())
        .isEqualTo(204);
    assertThat(
            Http.json(
                    lrs.get(
                        "xapi/activities/state" + query("activityId", activityId, "agent", agent)))
                .asJsonArray())
        .isEmpty();
  }

  @Test
  void concurrentWritesNeitherLoseMergesNorCreateTwice() throws Exception {
    Http lrs = lrs("state", "profile");
    String state =
        "xapi/activities/state" + query("activityId", activity(), "agent", agent(), "stateId", "s");
    String profile = "xapi/agents/profile" + query("agent", agent(), "profileId", "p");
    int writers = 10;
    List<CompletableFuture<Integer>> merges = new ArrayList<>();
    List<CompletableFuture<Integer>> creates = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      byte[] merge = utf8("{\"k" + i + "\":" + i + "}");
      merges.add(
          CompletableFuture.supplyAsync(
              () -> lrs.send("POST", state, "application/json", merge).statusCode()));
      creates.add(
          CompletableFuture.supplyAsync(
              () ->
                  lrs.header("If-None-Match", "*")
                      .send("PUT", profile, "application/json", merge)
                      .statusCode()));
    }
    assertThat(merges).allSatisfy(f -> assertThat(f.get()).isEqualTo(204));
    assertThat(Http.json(lrs.get(state)).asJsonObject()).hasSize(writers);
    List<Integer> createStatuses = new ArrayList<>();
    for (CompletableFuture<Integer> f : creates) {
      createStatuses.add(f.get());
    }
    assertThat(createStatuses).containsOnly(204, 412).containsOnlyOnce(204);
  }

  @Test
  void missingOrMalformedParametersAreRejectedWithTheirName() {
    Http lrs = lrs("state", "profile");
    String json = "application/json";
    HttpResponse<String> noAgent =
        lrs.send(
            "PUT",
            "xapi/activities/state" + query("activityId", activity(), "stateId", "s"),
            json,
            utf8("{}"));
    assertThat(noAgent.statusCode()).isEqualTo(400);
    assertThat(noAgent.body()).contains("agent");
    assertThat(
            lrs.get(
                    "xapi/activities/state"
                        + query("activityId", activity(), "agent", "{\"name\":\"x\"}"))
                .statusCode())
        .isEqualTo(400);
    HttpResponse<String> badRegistration =
        lrs.get(
            "xapi/activities/state"
                + query(
                    "activityId",
                    activity(),
                    "agent",
                    agent(),
                    "registration",
                    "nope",
                    "stateId",
                    "s"));
    assertThat(badRegistration.statusCode()).isEqualTo(400);
    assertThat(badRegistration.body()).contains("registration");
    assertThat(
            lrs.header("If-None-Match", "*")
                .send(
                    "PUT",
                    "xapi/activities/profile" + query("activityId", activity()),
                    json,
                    utf8("{}"))
                .statusCode())
        .isEqualTo(400);
    assertThat(lrs.get("xapi/agents/profile").statusCode()).isEqualTo(400);
  }

  @Test
  void aMunicipalityNeverSeesOrChangesAnotherMunicipalitysDocuments() {
    Http oslo = lrs("state", "profile");
    Http bergen = lrs("state", "profile");
    String activityId = activity();
    String agent = agent();
    String state =
        "xapi/activities/state" + query("activityId", activityId, "agent", agent, "stateId", "s");
    String profile = "xapi/agents/profile" + query("agent", agent, "profileId", "p");
    String json = "application/json";

    oslo.send("PUT", state, json, utf8("{\"by\":\"oslo\"}"));
    oslo.header("If-None-Match", "*").send("PUT", profile, json, utf8("{\"by\":\"oslo\"}"));

    assertThat(bergen.get(state).statusCode()).isEqualTo(404);
    assertThat(bergen.get(profile).statusCode()).isEqualTo(404);
    assertThat(
            Http.json(
                    bergen.get(
                        "xapi/activities/state" + query("activityId", activityId, "agent", agent)))
                .asJsonArray())
        .isEmpty();
    assertThat(
            bergen
                .header("If-None-Match", "*")
                .send("PUT", profile, json, utf8("{\"by\":\"bergen\"}"))
                .statusCode())
        .as("the same address is free in another municipality")
        .isEqualTo(204);
    bergen.delete("xapi/activities/state" + query("activityId", activityId, "agent", agent));

    assertThat(oslo.get(state).body()).isEqualTo("{\"by\":\"oslo\"}");
    assertThat(oslo.get(profile).body()).isEqualTo("{\"by\":\"oslo\"}");
    assertThat(bergen.get(profile).body()).isEqualTo("{\"by\":\"bergen\"}");
  }

  @Test
  void scopesLimitWhatAClientMayReadAndWrite() {
    Http stateOnly = lrs("state");
    String profile = "xapi/activities/profile" + query("activityId", activity(), "profileId", "p");
    assertThat(
            stateOnly
                .header("If-None-Match", "*")
                .send("PUT", profile, "application/json", utf8("{}"))
                .statusCode())
        .isEqualTo(403);

    Http reader = lrs("all/read");
    String state =
        "xapi/activities/state" + query("activityId", activity(), "agent", agent(), "stateId", "s");
    assertThat(reader.get(state).statusCode()).isEqualTo(404);
    assertThat(reader.send("PUT", state, "application/json", utf8("{}")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void activitiesAndAgentsAnswerForUnknownOnesToo() {
    Http lrs = lrs("all/read");
    String activityId = activity();
    JsonObject activity =
        Http.json(lrs.get("xapi/activities" + query("activityId", activityId))).asJsonObject();
    assertThat(activity.getString("objectType")).isEqualTo("Activity");
    assertThat(activity.getString("id")).isEqualTo(activityId);
    assertThat(lrs.get("xapi/activities").statusCode()).isEqualTo(400);

    JsonObject person =
        Http.json(
                lrs.get(
                    "xapi/agents"
                        + query(
                            "agent", "{\"name\":\"Kari\",\"mbox\":\"mailto:kari@example.no\"}")))
            .asJsonObject();
    assertThat(person.getString("objectType")).isEqualTo("Person");
    assertThat(person.getJsonArray("mbox").getString(0)).isEqualTo("mailto:kari@example.no");
    assertThat(person.getJsonArray("name").getString(0)).isEqualTo("Kari");
    assertThat(lrs.get("xapi/agents" + query("agent", "{\"name\":\"Kari\"}")).statusCode())
        .isEqualTo(400);
  }

  /** A GET whose body is kept as bytes, to check binary documents byte for byte. */
  private HttpResponse<byte[]> getBytes(LrsCredentials client, String path) throws Exception {
    String basic = Base64.getEncoder().encodeToString(utf8(client.key() + ":" + client.secret()));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
            .header("Authorization", "Basic " + basic)
            .header("X-Experience-API-Version", "2.0.0")
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
