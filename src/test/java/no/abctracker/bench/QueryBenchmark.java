package no.abctracker.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code GET /xapi/statements?agent=…&verb=…&limit=10} at a given number of stored statements:
 * first tops the LRS up to {@code --target} statements by posting generated batches through the API
 * (timed), then runs {@code --queries} queries for random staff and verbs of the same pools. Every
 * answer is checked: 200, at most 10 statements, each with that actor and verb. Run with {@code
 * bench/query.sh}.
 */
public final class QueryBenchmark {

  static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry("base", "http://127.0.0.1:8383/xapi"),
          Map.entry("key", "bench"),
          Map.entry("secret", "bench-secret"),
          Map.entry("version", "1.0.3"),
          Map.entry("target", "1000000"),
          Map.entry("load-clients", "8"),
          Map.entry("load-batch", "50"),
          Map.entry("load-limit", "3600"),
          Map.entry("queries", "2000"),
          Map.entry("query-clients", "4"),
          Map.entry("query-limit", "600"),
          Map.entry("warmup-queries", "200"),
          Map.entry("staff", "20000"),
          Map.entry("seed", String.valueOf(System.currentTimeMillis())),
          Map.entry("db-server", "jdbc:mariadb://127.0.0.1:3306/"),
          Map.entry("lrs-db", "abc_perf"),
          Map.entry("db-user", "root"),
          Map.entry("db-password", ""));

  public static void main(String[] args) throws Exception {
    Options o = new Options(args, DEFAULTS);
    System.out.println("query benchmark: " + o.describe());
    System.out.println(
        Machine.describe(o.text("db-server"), o.text("db-user"), o.text("db-password")));
    long seed = o.number("seed");
    int staff = o.integer("staff");
    try (Lrs lrs = new Lrs(o.text("base"), o.text("key"), o.text("secret"), o.text("version"))) {
      var pids = CpuUse.watched(java.net.URI.create(o.text("base")).getPort());
      long stored = storedStatements(o);
      System.out.printf("stored statements before loading: %,d%n", stored);
      long missing = o.number("target") - stored;
      if (missing > 0) {
        List<StatementGenerator> generators = new ArrayList<>();
        for (int i = 0; i < o.integer("load-clients"); i++) {
          generators.add(new StatementGenerator(seed * 1000 + i, staff));
        }
        CpuUse before = CpuUse.now(pids);
        PostingRun.Result load =
            new PostingRun(lrs, generators, o.integer("load-batch"))
                .run(o.seconds("load-limit"), missing);
        System.out.print(load.report("loading through the API"));
        System.out.print(
            CpuUse.now(pids).since(before, load.elapsed().toNanos() / 1e9, load.statements()));
        System.out.printf("stored statements after loading: %,d%n", storedStatements(o));
      }
      StatementGenerator picks = new StatementGenerator(seed + 7, staff);
      run(
              lrs,
              picks,
              o.integer("warmup-queries"),
              o.integer("query-clients"),
              Duration.ofSeconds(120))
          .print("warm-up queries");
      CpuUse before = CpuUse.now(pids);
      QueryResult measured =
          run(
              lrs,
              picks,
              o.integer("queries"),
              o.integer("query-clients"),
              o.seconds("query-limit"));
      measured.print(
          String.format(
              "GET /xapi/statements?agent=&verb=&limit=10, %d clients",
              o.integer("query-clients")));
      if (measured.errors.get() > 0) {
        System.exit(1);
      }
    }
  }

  private static long storedStatements(Options o) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                o.text("db-server") + o.text("lrs-db"), o.text("db-user"), o.text("db-password"));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM xapi_statement")) {
      r.next();
      return r.getLong(1);
    }
  }

  private record QueryResult(
      long queries,
      AtomicLong errors,
      Map<String, Long> errorKinds,
      AtomicLong returned,
      AtomicLong empty,
      Latencies latencies,
      Duration elapsed) {
    void print(String title) {
      System.out.printf(
          "%s: %,d queries in %.1f s, %,.1f queries/s%n"
              + "  latency: %s%n"
              + "  statements returned: %,d (%.1f per query), empty pages: %,d%n"
              + "  errors: %,d %s%n",
          title,
          queries,
          elapsed.toNanos() / 1e9,
          queries / (elapsed.toNanos() / 1e9),
          latencies.summary(),
          returned.get(),
          returned.get() / (double) Math.max(1, queries),
          empty.get(),
          errors.get(),
          errorKinds.isEmpty() ? "" : errorKinds);
    }
  }

  private static QueryResult run(
      Lrs lrs, StatementGenerator picks, int queries, int clients, Duration limit)
      throws Exception {
    List<String[]> plan = new ArrayList<>(queries);
    for (int i = 0; i < queries; i++) {
      plan.add(new String[] {picks.randomMbox(), picks.randomVerb()});
    }
    AtomicLong next = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong returned = new AtomicLong();
    AtomicLong empty = new AtomicLong();
    Map<String, Long> kinds = new ConcurrentHashMap<>();
    List<Latencies> parts = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long deadline = System.nanoTime() + limit.toNanos();
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Latencies latencies = new Latencies();
      parts.add(latencies);
      running.add(
          pool.submit(
              () -> {
                long i;
                while ((i = next.getAndIncrement()) < queries && System.nanoTime() < deadline) {
                  String[] q = plan.get((int) i);
                  Lrs.Answer answer = lrs.statementsOf(q[0], q[1], 10);
                  latencies.record(answer.nanos());
                  String problem = check(answer, q[0], q[1], returned, empty);
                  if (problem != null) {
                    errors.incrementAndGet();
                    kinds.merge(problem, 1L, Long::sum);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    pool.shutdown();
    Latencies all = Latencies.merge(parts);
    return new QueryResult(all.count(), errors, kinds, returned, empty, all, elapsed);
  }

  /** Null when the answer is right, else what is wrong with it. */
  private static String check(
      Lrs.Answer answer, String mbox, String verb, AtomicLong returned, AtomicLong empty) {
    if (answer.status() != 200) {
      String body = answer.body() == null ? "" : answer.body();
      return answer.status() + " " + body.substring(0, Math.min(200, body.length()));
    }
    JsonObject result = Json.createReader(new StringReader(answer.body())).readObject();
    List<JsonValue> statements = result.getJsonArray("statements");
    if (statements.size() > 10) {
      return "more than limit=10 statements";
    }
    if (statements.isEmpty()) {
      empty.incrementAndGet();
    }
    returned.addAndGet(statements.size());
    for (JsonValue v : statements) {
      JsonObject s = v.asJsonObject();
      if (!mbox.equals(s.getJsonObject("actor").getString("mbox", ""))
          || !verb.equals(s.getJsonObject("verb").getString("id"))) {
        return "statement not matching agent and verb";
      }
    }
    return null;
  }
}
