package no.abctracker.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Statement ingest through {@code POST /xapi/statements}, then the same rows inserted with plain
 * JDBC batches into a fresh database with the LRS's schema, and the ratio of the two rates. Run
 * with {@code bench/ingest.sh}. With {@code --mappings=N} and/or {@code --rules=N} it compares
 * instead the rates with and without that many activity mappings and identity rules in place
 * ({@link MappingsComparison}).
 */
public final class IngestBenchmark {

  static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry("base", "http://127.0.0.1:8383/xapi"),
          Map.entry("key", "bench"),
          Map.entry("secret", "bench-secret"),
          Map.entry("version", "1.0.3"),
          Map.entry("clients", "8"),
          Map.entry("batch", "50"),
          Map.entry("warmup", "15"),
          Map.entry("duration", "60"),
          Map.entry("max-statements", "2000000"),
          Map.entry("staff", "20000"),
          Map.entry("catalogue", "false"),
          Map.entry("lag", "false"),
          Map.entry("admin", "admin"),
          Map.entry("admin-password", "adminadmin"),
          Map.entry("seed", String.valueOf(System.currentTimeMillis())),
          Map.entry("raw", "true"),
          Map.entry("raw-batch", "50"),
          Map.entry("db-server", "jdbc:mariadb://127.0.0.1:3306/"),
          Map.entry("db-user", "root"),
          Map.entry("db-password", ""),
          Map.entry("raw-db", "abc_perf_raw"),
          Map.entry("mappings", "0"),
          Map.entry("rules", "0"),
          Map.entry("rounds", "2"));

  public static void main(String[] args) throws Exception {
    Options o = new Options(args, DEFAULTS);
    System.out.println("ingest benchmark: " + o.describe());
    System.out.println(
        Machine.describe(o.text("db-server"), o.text("db-user"), o.text("db-password")));
    int clients = o.integer("clients");
    try (Lrs lrs = new Lrs(o.text("base"), o.text("key"), o.text("secret"), o.text("version"))) {
      Lrs.Answer about = lrs.about();
      System.out.println("GET /about: " + about.status() + " " + about.body());

      // Warm-up and measurement continue the same generators: no statement id repeats.
      List<StatementGenerator> generators = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        generators.add(
            new StatementGenerator(
                o.number("seed") * 1000 + i, o.integer("staff"), o.flag("catalogue")));
      }
      if (o.integer("mappings") > 0 || o.integer("rules") > 0) {
        new MappingsComparison(o, lrs, generators).run();
        return;
      }
      PostingRun posting = new PostingRun(lrs, generators, o.integer("batch"));
      ProjectionLag lag = null;
      if (o.flag("lag")) {
        lag =
            new ProjectionLag(
                o.text("base").replaceFirst("/xapi/?$", "/"),
                o.text("admin"),
                o.text("admin-password"),
                StatementGenerator.MUNICIPALITY);
        System.out.printf(
            "roster of %,d staff imported and projected in %.1f s%n",
            o.integer("staff"), lag.importRoster(o.integer("staff")));
        lag.start();
      }
      PostingRun.Result warmup = posting.run(o.seconds("warmup"), o.number("max-statements"));
      System.out.print(warmup.report("warm-up"));
      var pids = CpuUse.watched(java.net.URI.create(o.text("base")).getPort());
      CpuUse before = CpuUse.now(pids);
      PostingRun.Result measured = posting.run(o.seconds("duration"), o.number("max-statements"));
      CpuUse after = CpuUse.now(pids);
      System.out.print(
          measured.report(
              String.format(
                  "LRS POST /xapi/statements, %d clients, %d per request",
                  clients, o.integer("batch"))));
      System.out.print(
          after.since(before, measured.elapsed().toNanos() / 1e9, measured.statements()));
      if (lag != null) {
        double drain = lag.drain();
        System.out.print(lag.report());
        System.out.printf(
            "  from the last statement stored until nothing was pending: %.2f s%n", drain);
        lag.close();
      }

      if (o.flag("raw")) {
        long rows = Math.max(measured.statements(), 10_000);
        RawInsert raw =
            new RawInsert(
                o.text("db-server"), o.text("raw-db"), o.text("db-user"), o.text("db-password"));
        RawInsert.Result direct =
            raw.run(rows, clients, o.integer("raw-batch"), o.number("seed"), o.integer("staff"));
        System.out.print(direct.report());
        System.out.printf(
            "ratio LRS/raw JDBC: %.2f (%,.0f / %,.0f statements/s)%n",
            measured.statementsPerSecond() / direct.rowsPerSecond(),
            measured.statementsPerSecond(),
            direct.rowsPerSecond());
      }
      if (measured.errors() > 0) {
        System.exit(1);
      }
    }
  }
}
