package no.abctracker.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ingest with and without a municipality's LMS configuration in the same run ({@code
 * bench/ingest.sh --mappings=500 --rules=3}): rounds of measurements, each measuring the batch rate
 * and the single-statement rate once without activity mappings and identity rules and once with
 * them (the order alternating between rounds, so a trend in the machine's load falls on both), then
 * the mean rates and the server's CPU per statement side by side.
 *
 * <p>The mappings name the generator's twelve module activities (so every completing statement's
 * lookup finds one) and fill up the rest with KS Læring-shaped SCORM activities; the rules name
 * three LMS homePages. Switching applies the change to the stored statements (the projector's remap
 * of the twelve activities): each measurement starts only when nothing is pending, and the time
 * that took is printed, not measured.
 */
final class MappingsComparison {

  private final Options o;
  private final Lrs lrs;
  private final List<StatementGenerator> generators;
  private final ProjectionLag api;

  MappingsComparison(Options o, Lrs lrs, List<StatementGenerator> generators) {
    this.o = o;
    this.lrs = lrs;
    this.generators = generators;
    this.api =
        new ProjectionLag(
            o.text("base").replaceFirst("/xapi/?$", "/"),
            o.text("admin"),
            o.text("admin-password"),
            StatementGenerator.MUNICIPALITY);
  }

  /** The totals of one configuration at one batch size over the rounds. */
  private static final class Total {
    long statements;
    double seconds;
    double serverCpu;
    double mariaDbCpu;
    final List<Double> rates = new ArrayList<>();
  }

  void run() throws Exception {
    int[] batches = {o.integer("batch"), 1};
    Map<String, Total> totals = new LinkedHashMap<>();
    var pids = CpuUse.watched(URI.create(o.text("base")).getPort());
    configure(false);
    PostingRun.Result warmup =
        new PostingRun(lrs, generators, batches[0])
            .run(o.seconds("warmup"), o.number("max-statements"));
    System.out.print(warmup.report("warm-up"));
    for (int round = 1; round <= o.integer("rounds"); round++) {
      boolean[] order = round % 2 == 1 ? new boolean[] {false, true} : new boolean[] {true, false};
      for (boolean with : order) {
        configure(with);
        for (int batch : batches) {
          api.awaitNothingPending(Duration.ofMinutes(30));
          CpuUse before = CpuUse.now(pids);
          PostingRun.Result r =
              new PostingRun(lrs, generators, batch)
                  .run(o.seconds("duration"), o.number("max-statements"));
          CpuUse after = CpuUse.now(pids);
          String title =
              String.format(
                  "round %d, %s, %d per request",
                  round, with ? "WITH mappings and rules" : "without", batch);
          System.out.print(r.report(title));
          double seconds = r.elapsed().toNanos() / 1e9;
          System.out.print(after.since(before, seconds, r.statements()));
          if (r.errors() > 0) {
            throw new IllegalStateException(r.errors() + " requests failed in " + title);
          }
          Total t = totals.computeIfAbsent(key(with, batch), k -> new Total());
          t.statements += r.statements();
          t.seconds += seconds;
          t.serverCpu += after.seconds(before, "LRS server");
          t.mariaDbCpu += after.seconds(before, "MariaDB");
          t.rates.add(r.statementsPerSecond());
        }
      }
    }
    configure(false);
    System.out.printf(
        "%nsummary (%d rounds of %d s per configuration and batch size; %d mappings, %d rules):%n",
        o.integer("rounds"), o.integer("duration"), o.integer("mappings"), o.integer("rules"));
    System.out.println(
        "  per request | configuration | statements/s (mean of rounds) | rounds"
            + " | server CPU ms/statement | MariaDB CPU ms/statement");
    for (int batch : batches) {
      for (boolean with : new boolean[] {false, true}) {
        Total t = totals.get(key(with, batch));
        System.out.printf(
            "  %d | %s | %,.0f | %s | %.3f | %.3f%n",
            batch,
            with ? "with" : "without",
            t.statements / t.seconds,
            t.rates.stream().map(x -> String.format("%,.0f", x)).toList(),
            t.serverCpu * 1000 / t.statements,
            t.mariaDbCpu * 1000 / t.statements);
      }
      Total without = totals.get(key(false, batch));
      Total with = totals.get(key(true, batch));
      System.out.printf(
          "  %d per request: rate with/without %.3f; server CPU per statement with/without %.3f%n",
          batch,
          (with.statements / with.seconds) / (without.statements / without.seconds),
          (with.serverCpu / with.statements) / (without.serverCpu / without.statements));
    }
    api.close();
  }

  private static String key(boolean with, int batch) {
    return with + "/" + batch;
  }

  /** Puts the mappings and rules in place (or removes them); prints how long applying took. */
  private void configure(boolean with) throws Exception {
    double mappings = api.putJson("activity-mappings", with ? mappings() : "[]");
    double rules = api.putJson("identity-rules", with ? rules() : "[]");
    double applied = api.awaitNothingPending(Duration.ofMinutes(30));
    System.out.printf(
        "%s mappings and rules: PUT answered in %.2f s and %.2f s, applied to the stored"
            + " statements %.1f s later%n",
        with ? "put in place" : "removed", mappings, rules, applied);
  }

  /** The generator's modules onto the ABC modules A-E, then SCORM activities up to the count. */
  private String mappings() {
    int count = o.integer("mappings");
    StringBuilder json = new StringBuilder("[");
    List<String> modules = StatementGenerator.MODULES;
    for (int i = 0; i < count; i++) {
      String activity =
          i < modules.size()
              ? StatementGenerator.COURSE + "/modules/" + modules.get(i)
              : "https://kslaring.no/mod/scorm/view.php?id=" + (100000 + i);
      json.append(i == 0 ? "" : ",")
          .append("{\"activityId\":\"")
          .append(activity)
          .append("\",\"course\":\"ABC\",\"module\":\"")
          .append((char) ('A' + i % 5))
          .append("\"}");
    }
    return json.append(']').toString();
  }

  private String rules() {
    String[] names = {"USERNAME", "EMAIL", "EMPLOYEE_ID"};
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < o.integer("rules"); i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"homePage\":\"https://lms")
          .append(i + 1)
          .append(".kommune9999.no\",\"accountName\":\"")
          .append(names[i % names.length])
          .append("\"}");
    }
    return json.append(']').toString();
  }
}
