package no.abctracker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import no.abctracker.testsupport.BundleNode;
import no.abctracker.testsupport.ResetTestDatabase;

/**
 * kill -9 under load: {@code clients} threads post batches of statements (each with its own id) to
 * the bundle; halfway through each cycle the process is killed with SIGKILL while requests are in
 * flight, then started again. Every statement the LRS acknowledged (200) must be in the database
 * afterwards. Prints per cycle what was acknowledged, what failed in flight, and what was lost
 * (must be 0); exits 1 if anything was lost.
 */
public final class KillUnderLoad {

  private static final String KEY = "kill9";
  private static final String SECRET = "kill9-secret";

  private KillUnderLoad() {}

  public static void main(String[] args) throws Exception {
    Options options =
        new Options(
            args,
            Map.of(
                "clients", "8",
                "batch", "10",
                "cycles", "3",
                "seconds", "20",
                "db", "jdbc:mariadb://127.0.0.1:3306/abc_kill9"));
    System.out.println("kill -9 under load:" + options.describe());
    String db = options.text("db");
    ResetTestDatabase.main(new String[] {db});
    Map<String, String> settings =
        Map.of(
            "ABC_DB_URL", db,
            "ABC_ADMIN_PASSWORD", "kill9-admin",
            "ABC_LRS_BOOTSTRAP_KEY", KEY,
            "ABC_LRS_BOOTSTRAP_SECRET", SECRET);
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    long totalLost = 0;
    for (int cycle = 1; cycle <= options.integer("cycles"); cycle++) {
      BundleNode node = BundleNode.named("kill9-node", settings).start();
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicLong acknowledgedNow = new AtomicLong();
      AtomicLong failed = new AtomicLong();
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < options.integer("clients"); c++) {
        Thread client =
            new Thread(
                () ->
                    post(
                        node,
                        options.integer("batch"),
                        running,
                        acknowledged,
                        acknowledgedNow,
                        failed));
        client.start();
        clients.add(client);
      }
      Duration half = options.seconds("seconds").dividedBy(2);
      Thread.sleep(half.toMillis());
      long beforeKill = acknowledgedNow.get();
      node.kill();
      Thread.sleep(2000);
      running.set(false);
      for (Thread client : clients) {
        client.join();
      }
      BundleNode restarted = BundleNode.named("kill9-node", settings).start();
      long lost = missing(db, acknowledged);
      totalLost += lost;
      System.out.printf(
          "cycle %d: %d statements acknowledged before the kill (%d in all so far), %d requests"
              + " failed in flight, %d acknowledged statements missing after the restart%n",
          cycle, beforeKill, acknowledged.size(), failed.get(), lost);
      restarted.close();
    }
    System.out.println(
        totalLost == 0 ? "PASS: nothing acknowledged was lost" : "FAIL: lost " + totalLost);
    System.exit(totalLost == 0 ? 0 : 1);
  }

  private static void post(
      BundleNode node,
      int batch,
      AtomicBoolean running,
      Set<String> acknowledged,
      AtomicLong acknowledgedNow,
      AtomicLong failed) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    String authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    while (running.get()) {
      List<String> ids = new ArrayList<>();
      StringBuilder body = new StringBuilder("[");
      for (int i = 0; i < batch; i++) {
        String id = UUID.randomUUID().toString();
        ids.add(id);
        body.append(i == 0 ? "" : ",")
            .append("{\"id\":\"")
            .append(id)
            .append("\",\"actor\":{\"mbox\":\"mailto:staff")
            .append(i)
            .append("@kill9.no\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},")
            .append("\"object\":{\"id\":\"https://abc-tracker.no/test/kill9\"}}");
      }
      try {
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(URI.create(node.url() + "xapi/statements"))
                    .header("Authorization", authorization)
                    .header("X-Experience-API-Version", "1.0.3")
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          acknowledged.addAll(ids);
          acknowledgedNow.addAndGet(ids.size());
        } else {
          failed.incrementAndGet();
        }
      } catch (java.io.IOException | InterruptedException inFlight) {
        failed.incrementAndGet();
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static long missing(String db, Set<String> acknowledged) throws Exception {
    long missing = 0;
    try (Connection c = DriverManager.getConnection(db, "root", "");
        PreparedStatement find =
            c.prepareStatement("SELECT COUNT(*) FROM xapi_statement WHERE statement_id = ?")) {
      for (String id : acknowledged) {
        find.setString(1, id);
        try (ResultSet rs = find.executeQuery()) {
          rs.next();
          missing += rs.getLong(1) == 1 ? 0 : 1;
        }
      }
    }
    return missing;
  }
}
