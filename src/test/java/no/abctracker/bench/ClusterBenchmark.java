package no.abctracker.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.abctracker.progress.ProjectionSnapshot;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.BundleNode;
import no.abctracker.testsupport.FormClient;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.Tenants;
import no.abctracker.testsupport.TwoNodes;

/**
 * Two nodes and a real HAProxy on one database (a fresh one, dropped first), as operators run them:
 * a coordinator signs in and opens pages through the round-robin balancer; 8 LMS clients post
 * through it — batches and singles, voiding, and a batch and its voiding statement at the same
 * moment — while one node is killed ({@code kill -9}) and started again; then every acknowledged
 * statement must be stored, voided exactly when a voiding statement was acknowledged, and every
 * module and course completion must equal an independent recomputation from the acknowledged
 * statements ({@link CompletionCheck}) and a replay on a single node. Also measures statements per
 * second and CPU per statement with two nodes and with one. Exits non-zero on any difference. Run
 * with {@code bench/cluster.sh} (one database) or {@code bench/galera.sh} (a Galera cluster).
 */
public final class ClusterBenchmark {

  static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry("db", "jdbc:mariadb://127.0.0.1:3306/abc_cluster_bench"),
          Map.entry("db-user", "root"),
          Map.entry("db-password", ""),
          Map.entry("staff", "300"),
          Map.entry("clients", "8"),
          Map.entry("batch", "20"),
          Map.entry("seed", "20261207"),
          Map.entry("balancer-port", "9400"),
          Map.entry("node-ports", "9401,9402"),
          Map.entry("grid-ports", "9450,9451"),
          Map.entry("replay-port", "9403"),
          Map.entry("throughput", "30"),
          Map.entry("warmup", "20"),
          Map.entry("before-kill", "20"),
          Map.entry("after-restart", "20"),
          Map.entry("restart", "true"),
          Map.entry("replay", "true"),
          Map.entry("quick", "false"),
          Map.entry("heap", "768m"),
          Map.entry("logs", "target/cluster-bench"),
          Map.entry("label", "one MariaDB server"));

  static final String MUNICIPALITY = StatementGenerator.MUNICIPALITY;
  static final String PASSWORD = "passord-1234";

  private final Options o;
  private final Ledger ledger = new Ledger();
  private final List<String> failures = new ArrayList<>();
  private TwoNodes cluster;

  private ClusterBenchmark(Options o) {
    this.o = o;
  }

  public static void main(String[] args) throws Exception {
    Options o = new Options(args, DEFAULTS);
    if (o.flag("quick")) {
      // The CI variant: short, no throughput figures, the killed node stays down, no replay.
      o =
          new Options(
              merge(
                  args,
                  "--throughput=0",
                  "--before-kill=15",
                  "--after-restart=10",
                  "--restart=false",
                  "--replay=false"),
              DEFAULTS);
    }
    System.out.println("cluster benchmark (" + o.text("label") + "): " + o.describe());
    System.out.println(
        Machine.describe(
            ReplayBenchmark.serverOf(o.text("db")), o.text("db-user"), o.text("db-password")));
    long started = System.nanoTime();
    ClusterBenchmark bench = new ClusterBenchmark(o);
    boolean clean;
    try {
      clean = bench.run();
    } finally {
      bench.stopAll();
    }
    System.out.printf(
        "%s in %.0f s%n",
        clean ? "CLUSTER RUN CLEAN" : "CLUSTER RUN FOUND DIFFERENCES",
        (System.nanoTime() - started) / 1e9);
    System.exit(clean ? 0 : 1);
  }

  private boolean run() throws Exception {
    recreateDatabase();
    int[] nodePorts = ports("node-ports");
    int[] gridPorts = ports("grid-ports");
    cluster =
        TwoNodes.start(
            new TwoNodes.Ports(
                o.integer("balancer-port"), nodePorts[0], nodePorts[1], gridPorts[0], gridPorts[1]),
            settings(),
            "abc-bench-" + UUID.randomUUID(),
            o.text("heap"),
            new File(o.text("logs")));
    System.out.printf(
        "two nodes ready: node 1 in %.1f s, node 2 in %.1f s (started one after the other)%n",
        cluster.node(1).bootTime().toMillis() / 1e3, cluster.node(2).bootTime().toMillis() / 1e3);

    Http api = Http.at(cluster.url());
    Tenants.importCsv(
        api,
        MUNICIPALITY,
        "units",
        "unit_code,name,parent_code,unit_type\n" + "BENCH,Benkeposten,,INSTITUTION\n");
    Tenants.importCsv(api, MUNICIPALITY, "staff", roster(o.integer("staff")));
    CompletionCheck.Course course = course(api);
    pageCheck(api);

    ClusterClients clients =
        new ClusterClients(
            cluster.url() + "xapi",
            "bench",
            "bench-secret",
            o.integer("staff"),
            o.integer("batch"),
            ledger);

    System.out.println(
        "chaos: batches, singles, voiding and races from "
            + o.integer("clients")
            + " clients through the balancer");
    clients.start(o.integer("clients"), ClusterClients.Mix.CHAOS, o.number("seed") + 2);
    Thread.sleep(o.seconds("before-kill").toMillis());
    long before = ledger.count("statements");
    cluster.node(2).kill();
    System.out.printf("  killed node 2 (kill -9) after %,d statements%n", before);
    if (o.flag("restart")) {
      cluster.node(2).start();
      System.out.printf(
          "  node 2 started again and ready in %.1f s (%,d statements meanwhile)%n",
          cluster.node(2).bootTime().toMillis() / 1e3, ledger.count("statements") - before);
    }
    Thread.sleep(o.seconds("after-restart").toMillis());
    clients.stop();
    System.out.printf(
        "  %,d races (a batch and its voiding statement at once), %,d requests sent again,"
            + " answers other than 2xx: %s%n",
        ledger.count("races"), ledger.count("requests sent again"), errorAnswers());

    int throughput = o.integer("throughput");
    if (throughput > 0 && cluster.node(2).isAlive()) {
      // Both JVMs warm (node 2 was just restarted), then the two figures one after the other.
      clients.start(o.integer("clients"), ClusterClients.Mix.BATCHES, o.number("seed") + 1);
      Thread.sleep(o.seconds("warmup").toMillis());
      clients.stop();
      measure(clients, "two nodes", throughput, 3);
      cluster.node(2).close();
      Thread.sleep(3000); // the balancer marks it down after two failed checks a second apart
      measure(clients, "one node", throughput, 4);
    }

    // On Galera a void lost between database nodes is repaired by VoidingRepair within one of its
    // 5-second runs after the last store: two runs' time, then the projector's queue.
    Thread.sleep(11_000);
    awaitProjected(Http.at(cluster.node(1).url()), Duration.ofMinutes(10));
    System.out.println("transactions run again after a write conflict: " + retried());
    CompletionCheck.Result result =
        CompletionCheck.of(
            ledger, course, checkDb(), o.text("db-user"), o.text("db-password"), MUNICIPALITY);
    System.out.println("compared with the acknowledged statements:");
    System.out.print(result.report());
    if (!result.clean()) {
      failures.add("the stored statements or completions differ from what was acknowledged");
    }
    if (!ledger.refusals().isEmpty()) {
      failures.add(ledger.refusals().size() + " requests refused");
      ledger.refusals().stream().limit(10).forEach(r -> System.out.println("  refused: " + r));
    }
    if (o.flag("replay")) {
      replayOnOneNode();
    }
    failures.forEach(f -> System.out.println("FAILED: " + f));
    return failures.isEmpty();
  }

  /** Posts batches for {@code seconds} and prints statements per second and CPU per statement. */
  private void measure(ClusterClients clients, String what, int seconds, long seedOffset)
      throws InterruptedException {
    Map<String, Long> pids = new LinkedHashMap<>();
    for (int n = 1; n <= 2; n++) {
      if (cluster.node(n).isAlive()) {
        pids.put("node " + n, cluster.node(n).pid());
      }
    }
    ProcessHandle.allProcesses()
        .filter(p -> p.info().command().orElse("").endsWith("mariadbd"))
        .forEach(p -> pids.put("mariadbd " + p.pid(), p.pid()));
    pids.put("this benchmark", ProcessHandle.current().pid());
    long statements = ledger.count("statements");
    CpuUse cpu = CpuUse.now(pids);
    long start = System.nanoTime();
    clients.start(o.integer("clients"), ClusterClients.Mix.BATCHES, o.number("seed") + seedOffset);
    Thread.sleep(seconds * 1000L);
    clients.stop();
    double elapsed = (System.nanoTime() - start) / 1e9;
    long posted = ledger.count("statements") - statements;
    System.out.printf(
        "throughput, %s (%d clients, batches of %d): %,d statements in %.1f s = %,.0f statements/s%n",
        what, o.integer("clients"), o.integer("batch"), posted, elapsed, posted / elapsed);
    System.out.print(CpuUse.now(pids).since(cpu, elapsed, posted));
  }

  /** A coordinator signs in and opens a page four times through the balancer (no stickiness). */
  private void pageCheck(Http api) throws Exception {
    String user =
        Tenants.newUser(
            api,
            MUNICIPALITY,
            "koord-bench-" + UUID.randomUUID().toString().substring(0, 8),
            PASSWORD,
            "COORDINATOR",
            null,
            null);
    FormClient browser = new FormClient(cluster.url());
    String login = browser.get("login.xhtml").body();
    HttpResponse<String> signedIn =
        browser.post(
            "login.xhtml", FormClient.loginForm(user, PASSWORD, FormClient.viewState(login)), null);
    boolean ok = signedIn.headers().firstValue("Location").orElse("").endsWith("/app/index.xhtml");
    for (int i = 0; i < 4 && ok; i++) {
      HttpResponse<String> page = browser.get("app/staff.xhtml");
      ok = page.statusCode() == 200 && page.body().contains("Ansatt 0");
    }
    System.out.println(
        "page check: a coordinator signed in and opened the staff list 4 times"
            + " through the balancer: "
            + (ok ? "ok" : "FAILED"));
    if (!ok) {
      failures.add("a coordinator could not work through the balancer");
    }
  }

  /** The incremental projection must equal a replay on one node alone (the cluster stopped). */
  private void replayOnOneNode() throws Exception {
    cluster.close();
    ProjectionSnapshot incremental =
        ProjectionSnapshot.of(checkDb(), o.text("db-user"), o.text("db-password"), MUNICIPALITY);
    ProjectionSnapshot.clear(checkDb(), o.text("db-user"), o.text("db-password"), MUNICIPALITY);
    try (BundleNode single =
        BundleNode.of(
                BundleNode.bundle(),
                o.integer("replay-port"),
                settings(),
                List.of(),
                o.text("heap"),
                new File(o.text("logs"), "replay-node.log"))
            .start()) {
      Http admin = Http.at(single.url()).asAdmin();
      HttpResponse<String> replay =
          admin.post("api/v1/municipalities/" + MUNICIPALITY + "/progress/replay", "{}");
      if (replay.statusCode() != 200) {
        failures.add("replay answered " + replay.statusCode() + ": " + replay.body());
        return;
      }
      awaitProjected(Http.at(single.url()), Duration.ofMinutes(10));
    }
    ProjectionSnapshot replayed =
        ProjectionSnapshot.of(checkDb(), o.text("db-user"), o.text("db-password"), MUNICIPALITY);
    List<String> differences = incremental.differencesFrom(replayed, 10);
    System.out.println(
        "replay on one node alone, compared row by row with the cluster's"
            + " projection: "
            + (differences.isEmpty() ? "identical" : "DIFFERENT")
            + " ("
            + replayed.summary()
            + ")");
    differences.forEach(d -> System.out.println("  " + d));
    if (!differences.isEmpty()) {
      failures.add("the cluster's projection differs from a replay on one node");
    }
  }

  /** Each running node's count of transactions retried after a deadlock or conflict. */
  private String retried() {
    StringBuilder out = new StringBuilder();
    for (int n = 1; n <= 2; n++) {
      if (cluster.node(n).isAlive()) {
        HttpResponse<String> metrics = Http.at(cluster.node(n).url()).get("metrics");
        String count =
            metrics
                .body()
                .lines()
                .filter(l -> l.startsWith("abc_transactions_retried"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .findFirst()
                .orElse("0");
        out.append("node ").append(n).append(' ').append(count).append("; ");
      }
    }
    return out.toString().strip();
  }

  private void stopAll() throws InterruptedException {
    if (cluster != null) {
      cluster.close();
    }
  }

  private Map<String, String> settings() {
    return Map.of(
        "ABC_DB_URL",
        o.text("db"),
        "ABC_DB_USER",
        o.text("db-user"),
        "ABC_DB_PASSWORD",
        o.text("db-password"),
        "ABC_ADMIN_USER",
        AppDeployment.ADMIN_USER,
        "ABC_ADMIN_PASSWORD",
        AppDeployment.ADMIN_PASSWORD,
        "ABC_LRS_BOOTSTRAP_KEY",
        "bench",
        "ABC_LRS_BOOTSTRAP_SECRET",
        "bench-secret");
  }

  /** The database the checks read: the first node of a list (all have every committed row). */
  private String checkDb() {
    return o.text("db");
  }

  private void recreateDatabase() throws Exception {
    String url = o.text("db");
    String name = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
    if (!name.startsWith("abc_cluster_") && !name.startsWith("abc_galera_")) {
      throw new IllegalArgumentException(
          "--db must name a database abc_cluster_… or abc_galera_…"
              + " (it is dropped first), got "
              + name);
    }
    try (Connection db =
            DriverManager.getConnection(
                ReplayBenchmark.serverOf(url), o.text("db-user"), o.text("db-password"));
        Statement s = db.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + name + "`");
    }
  }

  private static String roster(int staff) {
    StringBuilder csv = new StringBuilder(Tenants.STAFF_HEADER);
    for (int i = 0; i < staff; i++) {
      csv.append(CompletionCheck.employeeId(i))
          .append(",Ansatt ")
          .append(String.format("%05d", i))
          .append(',')
          .append(StatementGenerator.mbox(i).substring("mailto:".length()))
          .append(",BENCH,7174,Helsefagarbeider,")
          .append(i % 5 == 0 ? 0 : 50 + i % 50)
          .append(",THREE_SHIFT,")
          .append(i % 5 == 0 ? "ON_CALL" : "PERMANENT")
          .append(",2020-01-01,\n");
    }
    return csv.toString();
  }

  /** The catalogue's ABC course as the API answers it: module codes in the generator's order. */
  private static CompletionCheck.Course course(Http api) {
    for (JsonValue value : Http.json(api.asAdmin().get("api/v1/courses")).asJsonArray()) {
      JsonObject course = value.asJsonObject();
      if (course.getString("activityId").equals(StatementGenerator.CATALOGUE_COURSE)) {
        Map<String, String> codes = new LinkedHashMap<>();
        Set<String> mandatory = new HashSet<>();
        for (JsonValue m : course.getJsonArray("modules")) {
          JsonObject module = m.asJsonObject();
          codes.put(module.getString("activityId"), module.getString("code"));
          if (module.getBoolean("mandatory")) {
            mandatory.add(module.getString("code"));
          }
        }
        List<String> modules =
            StatementGenerator.CATALOGUE_MODULES.stream()
                .map(slug -> codes.get(StatementGenerator.CATALOGUE_COURSE + "/modules/" + slug))
                .toList();
        return new CompletionCheck.Course(course.getString("code"), modules, Set.copyOf(mandatory));
      }
    }
    throw new IllegalStateException(
        "The catalogue has no course " + StatementGenerator.CATALOGUE_COURSE);
  }

  private static void awaitProjected(Http node, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long started = System.nanoTime();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> status =
          node.asAdmin().get("api/v1/municipalities/" + MUNICIPALITY + "/progress/status");
      if (status.statusCode() == 200 && Http.json(status).asJsonObject().getInt("pending") == 0) {
        System.out.printf(
            "projector drained %.1f s after the last statement%n",
            (System.nanoTime() - started) / 1e9);
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("The projector did not drain in " + timeout);
  }

  private String errorAnswers() {
    StringBuilder out = new StringBuilder();
    for (int status : List.of(-1, -2, 400, 401, 403, 409, 500, 502, 503, 504)) {
      long n = ledger.count("answers " + status);
      if (n > 0) {
        out.append(status < 0 ? "no answer" : String.valueOf(status))
            .append(" ×")
            .append(n)
            .append(' ');
      }
    }
    return out.length() == 0 ? "none" : out.toString().strip();
  }

  private int[] ports(String name) {
    String[] parts = o.text(name).split(",");
    return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
  }

  private static String[] merge(String[] args, String... defaults) {
    Map<String, String> all = new LinkedHashMap<>();
    for (String d : defaults) {
      all.put(d.substring(0, d.indexOf('=')), d);
    }
    for (String a : args) {
      all.put(a.contains("=") ? a.substring(0, a.indexOf('=')) : a, a);
    }
    return all.values().toArray(String[]::new);
  }
}
