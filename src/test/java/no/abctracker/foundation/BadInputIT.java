package no.abctracker.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.abctracker.bench.BadInputCorpus;
import no.abctracker.bench.BadInputFuzz;
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
 * What a careless client or an attacker sends: every bad request is a 4xx problem+json that stores
 * nothing and leaves the service answering everyone else (issue 12, "Bad input").
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

  private static final String ACTIVITY = "http://example.com/activities/bad-input";
  private static final String AGENT =
      URLEncoder.encode(
          "{\"objectType\":\"Agent\",\"mbox\":\"mailto:bad-input@example.com\"}",
          StandardCharsets.UTF_8);
  private static final String STATE =
      "xapi/activities/state?activityId="
          + URLEncoder.encode(ACTIVITY, StandardCharsets.UTF_8)
          + "&agent="
          + AGENT;

  /** The IT server runs with the default ABC_MAX_BODY_MB, 8. */
  private static final int OVER_LIMIT = 8 * 1024 * 1024 + 1;

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  private LrsCredentials newClient() {
    Http api = Http.at(base);
    return Tenants.newLrsClient(api, Tenants.newMunicipality(api), "all");
  }

  private Http lrs(LrsCredentials client) {
    return Http.at(base).xapi(client.key(), client.secret());
  }

  @Test
  void aBodyOverTheLimitIs413BeforeItIsReadAndTheServiceGoesOn() throws Exception {
    LrsCredentials client = newClient();
    Http lrs = lrs(client);
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (client.key() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));

    String document =
        upload("PUT", STATE + "&stateId=huge", "application/octet-stream", basic, false);
    assertThat(document).startsWith("HTTP/1.1 413").contains("application/problem+json");
    assertThat(document).contains("ABC_MAX_BODY_MB");
    assertThat(lrs.get(STATE + "&stateId=huge").statusCode()).isEqualTo(404);

    // Chunked (no Content-Length): refused as soon as the body read passes the limit.
    String statements = upload("POST", "xapi/statements", "application/json", basic, true);
    assertThat(statements).startsWith("HTTP/1.1 413").contains("ABC_MAX_BODY_MB");

    String admin =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (AppDeployment.ADMIN_USER + ":" + AppDeployment.ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
    assertThat(upload("POST", "api/v1/municipalities", "application/json", admin, false))
        .startsWith("HTTP/1.1 413");
    assertThat(upload("POST", "login.xhtml", "application/x-www-form-urlencoded", null, false))
        .startsWith("HTTP/1.1 413")
        .contains("Filen eller skjemaet er for stort");

    // Just under the limit is an ordinary document, and the service answers everyone after.
    byte[] large = new byte[OVER_LIMIT - 1024];
    Arrays.fill(large, (byte) 'a');
    assertThat(lrs.put(STATE + "&stateId=large", "application/octet-stream", large).statusCode())
        .isEqualTo(204);
    assertThat(lrs.bytes(STATE + "&stateId=large").body()).hasSize(large.length);
    assertThat(Http.at(new URL(base, "/")).get("health/ready").statusCode()).isEqualTo(200);
  }

  /**
   * Sends {@link #OVER_LIMIT} bytes over a plain socket and returns the whole answer: the server
   * answers 413 and closes while the body is still arriving, which Java's HTTP client reports as a
   * broken connection instead of the answer.
   */
  private String upload(
      String method, String path, String contentType, String authorization, boolean chunked)
      throws Exception {
    URI uri = URI.create(base.toString()).resolve(path);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(60_000);
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(uri.getRawPath());
      if (uri.getRawQuery() != null) {
        head.append('?').append(uri.getRawQuery());
      }
      head.append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':').append(uri.getPort());
      head.append("\r\nContent-Type: ").append(contentType);
      head.append("\r\nX-Experience-API-Version: 2.0.0\r\nX-Forwarded-For: 10.2.0.1");
      if (authorization != null) {
        head.append("\r\nAuthorization: ").append(authorization);
      }
      head.append(chunked ? "\r\nTransfer-Encoding: chunked" : "\r\nContent-Length: " + OVER_LIMIT);
      head.append("\r\nConnection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
      Thread sender =
          new Thread(
              () -> {
                byte[] block = new byte[64 * 1024];
                Arrays.fill(block, (byte) 'a');
                try {
                  for (int sent = 0; sent < OVER_LIMIT; sent += block.length) {
                    int n = Math.min(block.length, OVER_LIMIT - sent);
                    if (chunked) {
                      out.write(
                          (Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(block, 0, n);
                    if (chunked) {
                      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                  }
                  if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                  }
                } catch (IOException closedByTheServer) {
                  // expected: the server refused the rest
                }
              });
      sender.start();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      sender.join(60_000);
      return answer;
    }
  }

  @Test
  void jsonOfTheWrongShapeIs400AndStoresNothing() {
    Http admin = Http.at(base).asAdmin();
    String code = Tenants.newMunicipality(Http.at(base));
    for (String body : new String[] {"[]", "null", "\"x\"", "17"}) {
      for (String path :
          new String[] {
            "api/v1/municipalities",
            "api/v1/municipalities/" + code + "/lrs-clients",
            "api/v1/municipalities/" + code + "/users"
          }) {
        assertProblem(admin.post(path, body), 400, "The body must be a JSON object");
      }
    }
    String trailing = "{\"code\":\"0001\",\"name\":\"Etterslep\"},\"x\":1}";
    assertProblem(admin.post("api/v1/municipalities", trailing), 400, "content after");
    assertThat(admin.get("api/v1/municipalities").body()).doesNotContain("Etterslep");
    String deep = "{\"a\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
    assertProblem(admin.post("api/v1/municipalities", deep), 400, "nested deeper");
  }

  @Test
  void statementsWithTrailingContentDeepNestingOrInvalidUtf8AreRefusedAndNotStored() {
    Http lrs = lrs(newClient());
    String id = java.util.UUID.randomUUID().toString();
    String statement =
        "{\"id\":\""
            + id
            + "\",\"actor\":{\"mbox\":\"mailto:trailing@example.com\"},"
            + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
            + "\"object\":{\"id\":\"http://example.com/a\"}";
    assertProblem(
        lrs.post("xapi/statements", statement + "},\"result\":{\"success\":true}}"),
        400,
        "content after");
    assertProblem(lrs.post("xapi/statements", "[]xyz"), 400, "content after");
    String deep =
        statement
            + ",\"result\":{\"extensions\":{\"http://example.com/x\":"
            + "[".repeat(1000)
            + "]".repeat(1000)
            + "}}}";
    assertProblem(lrs.post("xapi/statements", deep), 400, "nested deeper");
    byte[] prefix = (statement + ",\"context\":{\"platform\":\"").getBytes(StandardCharsets.UTF_8);
    byte[] body = Arrays.copyOf(prefix, prefix.length + 4);
    body[prefix.length] = (byte) 0xFF; // never valid in UTF-8
    body[prefix.length + 1] = '"';
    body[prefix.length + 2] = '}';
    body[prefix.length + 3] = '}';
    assertProblem(lrs.send("POST", "xapi/statements", "application/json", body), 400, "UTF-8");
    assertThat(lrs.get("xapi/statements?statementId=" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void unknownOrRepeatedQueryParametersAre400AndChangeNothing() {
    LrsCredentials client = newClient();
    Http lrs = lrs(client);
    assertThat(
            lrs.put(STATE + "&stateId=kept", "application/json", "{\"a\":1}".getBytes())
                .statusCode())
        .isEqualTo(204);

    // Once deleted every document of the scope: since is not a DELETE parameter, foo none at all.
    assertProblem(lrs.delete(STATE + "&since=garbage&foo=bar"), 400, "is not a parameter");
    assertProblem(lrs.delete(STATE + "&foo=bar"), 400, "foo: is not a parameter of DELETE");
    assertProblem(lrs.delete(STATE + "&stateId=kept&stateId=kept"), 400, "must be given once");
    assertThat(lrs.get(STATE + "&stateId=kept").statusCode()).isEqualTo(200);

    String activity = URLEncoder.encode(ACTIVITY, StandardCharsets.UTF_8);
    assertProblem(
        lrs.get("xapi/activities/profile?activityId=" + activity + "&agent=" + AGENT),
        400,
        "agent: is not a parameter of GET /activities/profile");
    assertProblem(
        lrs.get("xapi/agents/profile?agent=" + AGENT + "&profileId=p&profileId=q"),
        400,
        "profileId: must be given once");
    assertProblem(
        lrs.get("xapi/activities?activityId=" + activity + "&foo=1"), 400, "is not a parameter");
    assertProblem(lrs.get("xapi/agents?agent=" + AGENT + "&agent=" + AGENT), 400, "given once");

    String id = java.util.UUID.randomUUID().toString();
    String statement =
        "{\"actor\":{\"mbox\":\"mailto:params@example.com\"},"
            + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
            + "\"object\":{\"id\":\"http://example.com/a\"}}";
    assertProblem(
        lrs.put(
            "xapi/statements?statementId=" + id + "&foo=1",
            "application/json",
            statement.getBytes(StandardCharsets.UTF_8)),
        400,
        "foo: is not a parameter of PUT /statements");
    assertThat(lrs.get("xapi/statements?statementId=" + id).statusCode()).isEqualTo(404);

    // The alternate request syntax (xAPI 1.0.3): its form fields are the parameters.
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (client.key() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
    String form =
        "Authorization="
            + URLEncoder.encode(auth, StandardCharsets.UTF_8)
            + "&X-Experience-API-Version=1.0.3&activityId="
            + activity
            + "&agent="
            + AGENT;
    Http plain = Http.at(base);
    assertProblem(
        plain.send(
            "POST",
            "xapi/activities/state?method=DELETE",
            "application/x-www-form-urlencoded",
            (form + "&foo=bar").getBytes(StandardCharsets.UTF_8)),
        400,
        "foo: is not a parameter");
    assertProblem(
        plain.send(
            "POST",
            "xapi/activities/state?method=DELETE",
            "application/x-www-form-urlencoded",
            (form + "&stateId=kept&stateId=other").getBytes(StandardCharsets.UTF_8)),
        400,
        "given once");
    assertThat(lrs.get(STATE + "&stateId=kept").statusCode()).isEqualTo(200);
  }

  @Test
  void smallerHolesAre400NotServerErrors() {
    Http admin = Http.at(base).asAdmin();
    String code = Tenants.newMunicipality(Http.at(base));
    String users = "api/v1/municipalities/" + code + "/users";
    assertProblem(
        admin.post(
            users,
            "{\"username\":\"leder-uten\",\"password\":\"password-1\",\"role\":\"UNIT_LEADER\"}"),
        400,
        "at least one unit for a unit leader");
    assertProblem(
        admin.post(
            users,
            "{\"username\":\"leder-null\",\"password\":\"password-1\",\"role\":\"UNIT_LEADER\","
                + "\"unitCodes\":null}"),
        400,
        "at least one unit for a unit leader");

    String roster =
        Tenants.STAFF_HEADER
            + "1001,Ola Nordmann,ola@example.com,X,7174,Helsefagarbeider,1e2,DAY,PERMANENT,"
            + "+999999999-01-01,\n";
    HttpResponse<String> imported =
        admin.put(
            "api/v1/municipalities/" + code + "/staff",
            "text/csv",
            roster.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(400);
    assertThat(imported.body()).contains("between 1900 and 2199").contains("'1e2' is not a number");

    LrsCredentials client = Tenants.newLrsClient(Http.at(base), code, "all");
    String statements =
        "api/v1/municipalities/" + code + "/lrs-clients/" + client.key() + "/statements";
    for (String limit : new String[] {"0", "101", "-1", "ti", "1e2"}) {
      assertProblem(admin.get(statements + "?limit=" + limit), 400, "limit");
    }
    assertThat(admin.get(statements + "?limit=100").statusCode()).isEqualTo(200);

    String longCode = "9".repeat(200_000);
    HttpResponse<String> echoed =
        admin.post("api/v1/municipalities", "{\"code\":\"" + longCode + "\",\"name\":\"x\"}");
    assertThat(echoed.statusCode()).isEqualTo(400);
    assertThat(echoed.body().length()).isLessThan(2_000);

    HttpResponse<String> options = Http.at(base).send("OPTIONS", "xapi/statements", null, null);
    assertThat(options.statusCode()).isLessThan(500);
    assertThat(options.body()).doesNotContainIgnoringCase("wadl").doesNotContain("<application");
    assertThat(Http.at(base).get("xapi/application.wadl").statusCode()).isEqualTo(404);
  }

  @Test
  void concurrentUnconditionalWritesOfOneDocumentAllSucceedAndTheMergeKeepsEveryKey()
      throws Exception {
    Http lrs = lrs(newClient());
    String merged = STATE + "&stateId=merged";
    int writers = 30;
    List<HttpResponse<String>> posts =
        together(writers, i -> lrs.post(merged, "{\"writer" + i + "\":" + i + "}"));
    assertThat(posts).extracting(HttpResponse::statusCode).containsOnly(204);
    JsonObject document = Http.json(lrs.get(merged)).asJsonObject();
    for (int i = 0; i < writers; i++) {
      assertThat(document.getInt("writer" + i)).isEqualTo(i);
    }

    // xAPI 1.0.3 allows a PUT without If-Match; each replaces the document, none fails.
    Http v103 = lrs.header("X-Experience-API-Version", "1.0.3");
    String replaced = STATE + "&stateId=replaced";
    List<HttpResponse<String>> puts =
        together(
            writers,
            i ->
                v103.put(
                    replaced,
                    "application/json",
                    ("{\"writer\":" + i + "}").getBytes(StandardCharsets.UTF_8)));
    assertThat(puts).extracting(HttpResponse::statusCode).containsOnly(204);
    assertThat(Http.json(v103.get(replaced)).asJsonObject().getInt("writer"))
        .isBetween(0, writers - 1);
  }

  /** Runs {@code request} for 0..n-1 on n threads released at the same moment. */
  private static List<HttpResponse<String>> together(
      int n, java.util.function.IntFunction<HttpResponse<String>> request) throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(n);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    try {
      List<java.util.concurrent.Future<HttpResponse<String>>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        int writer = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return request.apply(writer);
                }));
      }
      start.countDown();
      List<HttpResponse<String>> responses = new java.util.ArrayList<>();
      for (var future : futures) {
        responses.add(future.get(2, java.util.concurrent.TimeUnit.MINUTES));
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The fast variant of bench/fuzz.sh: 500 requests of the seeded bad-input corpus against this
   * server, none answered 5xx, no data table changed.
   */
  @Test
  void fiveHundredMalformedRequestsGetNo5xxAndChangeNoData() throws Exception {
    Http api = Http.at(base);
    String code = Tenants.newMunicipality(api);
    LrsCredentials client = Tenants.newLrsClient(api, code, "all");
    BadInputCorpus.Target target =
        new BadInputCorpus.Target(
            code,
            client.key(),
            client.secret(),
            AppDeployment.ADMIN_USER,
            AppDeployment.ADMIN_PASSWORD);
    String db = System.getProperty("abc.it.db.url");
    Map<String, Long> before = BadInputFuzz.rowCounts(db);
    BadInputFuzz.Outcome outcome =
        BadInputFuzz.send(base.toURI(), new BadInputCorpus(12, target).generate(500), 4);
    Map<String, Long> after = BadInputFuzz.rowCounts(db);
    assertThat(outcome.failures()).as(outcome.report()).isZero();
    // a few connections closed without an answer under load: open, see docs/reliability.md
    assertThat(outcome.unanswered()).as(outcome.report()).isLessThanOrEqualTo(10);
    assertThat(outcome.total()).isGreaterThan(450);
    assertThat(BadInputFuzz.changedTables(before, after)).as(outcome.report()).isEmpty();
  }

  private static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Http.json(response).asJsonObject().getString("detail")).contains(detail);
  }
}
