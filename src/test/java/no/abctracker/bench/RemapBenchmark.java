package no.abctracker.bench;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One activity mapping that touches many stored statements ({@code bench/remap.sh}): imports a
 * roster of the generator's staff (so the mapping makes evidence for persons), posts {@code
 * --statements} statements on one KS Læring-shaped activity no mapping names yet, waits until the
 * projector is idle, then maps that activity to ABC module A with one {@code PUT
 * …/activity-mappings} and times the call and how long until {@code …/progress/status} has nothing
 * pending (the remap applied), sampling the status, the remap's progress as the LMS page shows it
 * ({@code …/activity-mappings/applying}), and the CPU used.
 */
public final class RemapBenchmark {

  static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry("base", "http://127.0.0.1:8383/xapi"),
          Map.entry("key", "bench"),
          Map.entry("secret", "bench-secret"),
          Map.entry("version", "1.0.3"),
          Map.entry("admin", "admin"),
          Map.entry("admin-password", "adminadmin"),
          Map.entry("clients", "8"),
          Map.entry("batch", "50"),
          Map.entry("statements", "100000"),
          Map.entry("staff", "2000"),
          Map.entry("post", "true"),
          Map.entry("seed", String.valueOf(System.currentTimeMillis())));

  public static void main(String[] args) throws Exception {
    Options o = new Options(args, DEFAULTS);
    System.out.println("remap benchmark: " + o.describe());
    String activity = "https://kslaring.no/mod/scorm/view.php?id=" + (o.number("seed") % 900_000);
    try (Lrs lrs = new Lrs(o.text("base"), o.text("key"), o.text("secret"), o.text("version"));
        ProjectionLag api =
            new ProjectionLag(
                o.text("base").replaceFirst("/xapi/?$", "/"),
                o.text("admin"),
                o.text("admin-password"),
                StatementGenerator.MUNICIPALITY)) {
      long stored = o.flag("post") ? post(o, lrs, api, activity) : o.number("statements");
      // with --post=false the statements of an earlier run (same --seed) are mapped again:
      // first the mapping is removed (withdrawn from all of them), then put back
      if (!o.flag("post")) {
        time(api, "removing the mapping", "[]", stored, o);
      }
      time(
          api,
          "one mapping",
          "[{\"activityId\":\"" + activity + "\",\"course\":\"ABC\",\"module\":\"A\"}]",
          stored,
          o);
    }
  }

  /** Imports the roster and posts the statements on the activity; answers how many were stored. */
  private static long post(Options o, Lrs lrs, ProjectionLag api, String activity)
      throws Exception {
    System.out.printf(
        "roster of %,d staff imported in %.1f s%n",
        o.integer("staff"), api.importRoster(o.integer("staff")));
    List<StatementGenerator> generators = new ArrayList<>();
    for (int i = 0; i < o.integer("clients"); i++) {
      generators.add(
          new StatementGenerator(
              o.number("seed") * 1000 + i,
              o.integer("staff"),
              "https://kslaring.no/course/view.php?id=77",
              List.of(activity),
              List.of("Velferdsteknologiens ABC modul A (SCORM)"),
              Instant.now(),
              StatementGenerator.ONE_YEAR));
    }
    PostingRun.Result posted =
        new PostingRun(lrs, generators, o.integer("batch"))
            .run(Duration.ofHours(2), o.number("statements"));
    System.out.print(posted.report("statements on " + activity));
    if (posted.errors() > 0) {
      System.exit(1);
    }
    System.out.printf(
        "projector idle %.1f s after the last statement%n",
        api.awaitNothingPending(Duration.ofMinutes(30)));
    return posted.statements();
  }

  /** Puts these mappings, then samples until nothing is pending; prints the times and the CPU. */
  private static void time(ProjectionLag api, String what, String mappings, long stored, Options o)
      throws Exception {
    var pids = CpuUse.watched(URI.create(o.text("base")).getPort());
    CpuUse before = CpuUse.now(pids);
    long t0 = System.nanoTime();
    double call = api.putJson("activity-mappings", mappings);
    System.out.printf("%s: PUT …/activity-mappings answered in %.3f s%n", what, call);
    System.out.println("     t (s)   pending   remaps: statements left of total");
    double lastPrint = -1;
    while (true) {
      JsonObject status = api.status();
      double at = (System.nanoTime() - t0) / 1e9;
      long pending = status.getJsonNumber("pending").longValue();
      if (at - lastPrint >= 1 || pending == 0) {
        System.out.printf(
            "  %8.2f  %8d   %s%n", at, pending, api.getJson("activity-mappings/applying"));
        lastPrint = at;
      }
      if (pending == 0) {
        break;
      }
      if (at > 1800) {
        throw new IllegalStateException("still pending after 30 minutes");
      }
      Thread.sleep(50);
    }
    double applied = (System.nanoTime() - t0) / 1e9;
    CpuUse after = CpuUse.now(pids);
    System.out.printf(
        "%s over %,d stored statements: call %.3f s, applied (nothing pending) %.2f s"
            + " after the call was sent%n",
        what, stored, call, applied);
    System.out.print(after.since(before, applied, stored));
  }
}
