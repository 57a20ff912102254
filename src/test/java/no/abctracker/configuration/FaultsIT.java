package no.abctracker.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.abctracker.testsupport.BundleNode;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.OwnMariaDb;
import no.abctracker.testsupport.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operator meets when things break: the database dies under a running node, a start that
 * cannot work, two nodes started at once on an empty database. Each runs the bundle as operators do
 * ({@link BundleNode}) against a MariaDB of the test's own ({@link OwnMariaDb}), which it kills.
 */
class FaultsIT {

  private static final String ADMIN_PASSWORD = "faults-admin-password";
  private static final String KEY = "faults-lms";
  private static final String SECRET = "faults-lms-secret";

  private static OwnMariaDb db;

  @BeforeAll
  static void database() throws Exception {
    db = OwnMariaDb.start("faults");
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
  }

  @Test
  void aDatabaseOutageIsAnsweredAtOnceWith503AndFullServiceReturnsWithinTenSeconds()
      throws Exception {
    try (BundleNode node = BundleNode.named("outage-node", settings("abc_outage")).start()) {
      Http lrs = Http.at(node.url()).xapi(KEY, SECRET);
      List<String> acknowledged = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        postAndRemember(lrs, acknowledged);
      }

      db.kill();

      for (int i = 0; i < 10; i++) {
        long started = System.nanoTime();
        HttpResponse<String> refused = lrs.post("xapi/statements", statement(UUID.randomUUID()));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(took).as("an LRS request during the outage").isLessThan(Duration.ofSeconds(3));
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type"))
            .hasValue("application/problem+json");
      }
      HttpResponse<String> api =
          Http.at(node.url()).basic("admin", ADMIN_PASSWORD).get("api/v1/municipalities");
      assertThat(api.statusCode()).isEqualTo(503);
      assertThat(api.headers().firstValue("Retry-After")).isPresent();
      assertNoInternals(api.body());

      HttpResponse<String> health = Http.at(node.url()).get("health/ready");
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body()).contains("DOWN");
      assertNoInternals(health.body());

      HttpResponse<String> login = logIn(node, "admin", "not-the-password");
      assertThat(login.statusCode()).isEqualTo(503);
      assertThat(login.headers().firstValue("Retry-After")).isPresent();
      assertThat(login.body()).contains("Midlertidig utilgjengelig");
      assertNoInternals(login.body());

      db.restart();
      long back = System.nanoTime();
      Duration recovery = null;
      while (recovery == null) {
        HttpResponse<String> posted = lrs.post("xapi/statements", statement(UUID.randomUUID()));
        if (posted.statusCode() == 200) {
          recovery = Duration.ofNanos(System.nanoTime() - back);
        } else {
          assertThat(posted.statusCode()).as(posted.body()).isEqualTo(503);
          assertThat(Duration.ofNanos(System.nanoTime() - back))
              .as("service back after the database")
              .isLessThan(Duration.ofSeconds(10));
          Thread.sleep(100);
        }
      }
      System.out.println("Full service " + recovery.toMillis() + " ms after the database answered");
      for (int i = 0; i < 5; i++) {
        postAndRemember(lrs, acknowledged);
      }
      assertThat(Http.at(node.url()).get("health/ready").statusCode()).isEqualTo(200);
      for (String id : acknowledged) {
        assertThat(lrs.get("xapi/statements?statementId=" + id).statusCode())
            .as("acknowledged statement " + id)
            .isEqualTo(200);
      }
    }
  }

  @Test
  void aStartThatCannotWorkEndsTheProcessNamingTheCause() throws Exception {
    int nothingThere;
    try (ServerSocket free = new ServerSocket(0)) {
      nothingThere = free.getLocalPort();
    }
    Map<String, String> unreachable = new java.util.HashMap<>(settings("abc_never"));
    unreachable.put("ABC_DB_URL", "jdbc:mariadb://127.0.0.1:" + nothingThere + "/abc_never");
    unreachable.put("ABC_DB_START_WAIT_SECONDS", "5");
    Map<String, String> badSetting = new java.util.HashMap<>(settings("abc_bad_setting"));
    badSetting.put("ABC_CHECK_IN_MINUTES", "0");

    try (BundleNode noDatabase = BundleNode.named("no-database", unreachable).launch();
        BundleNode wrongSetting = BundleNode.named("bad-setting", badSetting).launch()) {
      for (BundleNode node : List.of(noDatabase, wrongSetting)) {
        OptionalInt exit = node.exitWithin(Duration.ofMinutes(10));
        assertThat(exit)
            .as("the process ends instead of staying up without the application")
            .isPresent();
        assertThat(exit.getAsInt()).isNotZero();
      }
      assertThat(noDatabase.logText())
          .contains("ABC Tracker cannot start")
          .contains("127.0.0.1:" + nothingThere);
      assertThat(wrongSetting.logText())
          .contains("ABC Tracker cannot start")
          .contains("ABC_CHECK_IN_MINUTES");
    }
  }

  @Test
  void twoNodesStartedAtOnceOnAnEmptyDatabaseBothServe() throws Exception {
    Map<String, String> settings = settings("abc_two_starts");
    try (BundleNode first = BundleNode.named("two-starts-1", settings).launch();
        BundleNode second = BundleNode.named("two-starts-2", settings).launch()) {
      first.awaitReady();
      second.awaitReady();
      for (BundleNode node : List.of(first, second)) {
        assertThat(
                Http.at(node.url())
                    .basic("admin", ADMIN_PASSWORD)
                    .get("api/v1/municipalities")
                    .statusCode())
            .isEqualTo(200);
        assertThat(
                Http.at(node.url())
                    .xapi(KEY, SECRET)
                    .post("xapi/statements", statement(UUID.randomUUID()))
                    .statusCode())
            .isEqualTo(200);
      }
      assertMetricsAreForTheSystemAdministratorOnly(first);
      assertADeleteWithABodyReachesTheApplication(first);
    }
    try (Connection c = db.connect("abc_two_starts")) {
      assertThat(count(c, "SELECT COUNT(*) FROM user_account WHERE username = 'admin'"))
          .isEqualTo(1);
      assertThat(count(c, "SELECT COUNT(*) FROM municipality WHERE code = '9999'")).isEqualTo(1);
      assertThat(count(c, "SELECT COUNT(*) FROM lrs_client WHERE api_key = '" + KEY + "'"))
          .isEqualTo(1);
      assertThat(count(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")).isZero();
    }
  }

  /**
   * Payara Micro serves /metrics only inside the application at the root context, as the bundle
   * deploys it (not the tests' Arquillian deployment): so the bundle is where its guard is tested.
   */
  private static void assertMetricsAreForTheSystemAdministratorOnly(BundleNode node) {
    Http anonymous = Http.at(node.url());
    HttpResponse<String> refused = anonymous.get("metrics");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(refused.body()).doesNotContain("# TYPE");
    Http admin = anonymous.basic("admin", ADMIN_PASSWORD);
    HttpResponse<String> created =
        admin.post(
            "api/v1/municipalities/9999/users",
            "{\"username\":\"metrics-coordinator\",\"password\":\"password-2\","
                + "\"role\":\"COORDINATOR\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> coordinator =
        anonymous.basic("metrics-coordinator", "password-2").get("metrics");
    assertThat(coordinator.statusCode()).isEqualTo(403);
    assertThat(coordinator.body()).doesNotContain("# TYPE");
    HttpResponse<String> metrics = admin.get("metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("# TYPE");
  }

  /**
   * Grizzly refuses a body on DELETE with an empty 400 unless the listener allows it; the bundle's
   * pre-boot commands do (src/main/payara/pre-boot-commands.txt), so the documented withdrawal of a
   * registration, {@code DELETE …/registrations/{id}} with {@code {reason}}, works over HTTP.
   */
  private static void assertADeleteWithABodyReachesTheApplication(BundleNode node) {
    Http admin = Http.at(node.url()).basic("admin", ADMIN_PASSWORD);
    String municipality = "api/v1/municipalities/9999/";
    assertThat(
            admin
                .put(
                    municipality + "units",
                    "text/csv",
                    "unit_code,name,parent_code,unit_type\nHJT,Hjemmetjenesten,,HOME_CARE\n"
                        .getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            admin
                .put(
                    municipality + "staff",
                    "text/csv",
                    (Tenants.STAFF_HEADER
                            + "1001,Ola Nordmann,ola@kommune.no,HJT,7174,Helsefagarbeider,75,"
                            + "THREE_SHIFT,PERMANENT,2020-01-01,\n")
                        .getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> registered =
        admin.post(
            municipality + "staff/1001/registrations",
            "{\"course\":\"ABC\",\"completedOn\":\"2016-11-30\",\"reason\":\"Papirliste\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    String id = Http.json(registered).asJsonObject().getString("id");
    HttpResponse<String> withdrawn =
        admin.send(
            "DELETE",
            municipality + "staff/1001/registrations/" + id,
            "application/json",
            "{\"reason\":\"Feil person\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(withdrawn.body()).contains("Feil person");
  }

  private static Map<String, String> settings(String database) {
    return Map.of(
        "ABC_DB_URL", db.url(database),
        "ABC_ADMIN_PASSWORD", ADMIN_PASSWORD,
        "ABC_LRS_BOOTSTRAP_KEY", KEY,
        "ABC_LRS_BOOTSTRAP_SECRET", SECRET);
  }

  private static void postAndRemember(Http lrs, List<String> acknowledged) {
    String id = UUID.randomUUID().toString();
    HttpResponse<String> posted = lrs.post("xapi/statements", statement(UUID.fromString(id)));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    acknowledged.add(id);
  }

  private static String statement(UUID id) {
    return "{\"id\":\""
        + id
        + "\",\"actor\":{\"mbox\":\"mailto:kari@faults.no\"},"
        + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
        + "\"object\":{\"id\":\"https://abc-tracker.no/test/faults\"}}";
  }

  private static void assertNoInternals(String body) {
    assertThat(body)
        .doesNotContain("SQL")
        .doesNotContain("EclipseLink")
        .doesNotContain("Exception")
        .doesNotContain("127.0.0.1")
        .doesNotContain(String.valueOf(db.port()));
  }

  /** The login form posted as a browser does: the page first, then the form with its view state. */
  private static HttpResponse<String> logIn(BundleNode node, String user, String password)
      throws IOException, InterruptedException {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    URI page = URI.create(node.url() + "login.xhtml");
    String form =
        browser
            .send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
    assertThat(viewState.find()).as(form).isTrue();
    String body =
        "login=login&login%3Ausername="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&login%3Apassword="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&login%3Asubmit=x&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
    return browser.send(
        HttpRequest.newBuilder(page)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
