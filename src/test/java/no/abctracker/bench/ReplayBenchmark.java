package no.abctracker.bench;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.abctracker.progress.GeneratedMunicipality;
import no.abctracker.progress.ProjectionSnapshot;
import no.abctracker.testsupport.Http;

/**
 * Replay equals incremental at full size: generates a municipality (default 2,000 staff, 100,000
 * LMS statements, 20 cohorts; see {@link GeneratedMunicipality}) through the running server's API
 * and LRS, waits until the projector has applied everything, snapshots the evidence and completion
 * tables, replays with the tables intact (nothing may change), then empties them and replays again,
 * and compares the rebuilt rows with the incremental ones, row by row. Prints the timings; exits
 * non-zero on any difference. Run with {@code bench/replay.sh}.
 */
public final class ReplayBenchmark {

  static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry("base", "http://127.0.0.1:8383/"),
          Map.entry("admin", "admin"),
          Map.entry("admin-password", "adminadmin"),
          Map.entry("staff", "2000"),
          Map.entry("statements", "100000"),
          Map.entry("cohorts", "20"),
          Map.entry("clients", "8"),
          Map.entry("seed", "20261130"),
          Map.entry("db", "jdbc:mariadb://127.0.0.1:3306/abc_perf"),
          Map.entry("db-user", "root"),
          Map.entry("db-password", ""),
          Map.entry("timeout", "1800"));

  public static void main(String[] args) throws Exception {
    Options o = new Options(args, DEFAULTS);
    System.out.println("replay benchmark: " + o.describe());
    System.out.println(
        Machine.describe(serverOf(o.text("db")), o.text("db-user"), o.text("db-password")));
    Http admin = Http.at(new URL(o.text("base"))).basic(o.text("admin"), o.text("admin-password"));
    Duration timeout = o.seconds("timeout");

    long started = System.nanoTime();
    GeneratedMunicipality town =
        GeneratedMunicipality.load(
            admin,
            new GeneratedMunicipality.Size(
                o.integer("staff"),
                o.integer("statements"),
                o.integer("cohorts"),
                o.integer("clients"),
                o.number("seed")),
            System.out);
    double loaded = seconds(started);
    Duration drained = town.awaitProjected(timeout);
    System.out.printf(
        "loaded %,d LMS statements and the rest in %.1f s; projector drained %.1f s after%n",
        town.statementsSent(), loaded, drained.toMillis() / 1e3);

    ProjectionSnapshot incremental = snapshot(o, town);
    System.out.println("incremental: " + incremental.summary());

    long replayStarted = System.nanoTime();
    JsonObject unchanged = town.replay();
    double evidenceSeconds = seconds(replayStarted);
    Duration recomputed = town.awaitProjected(timeout);
    System.out.printf(
        "replay on intact tables: %s; evidence %.1f s, recompute %.1f s%n",
        unchanged, evidenceSeconds, recomputed.toMillis() / 1e3);
    List<String> sameAfterReplay = incremental.differencesFrom(snapshot(o, town), 10);

    ProjectionSnapshot.clear(o.text("db"), o.text("db-user"), o.text("db-password"), town.code());
    replayStarted = System.nanoTime();
    JsonObject rebuilt = town.replay();
    evidenceSeconds = seconds(replayStarted);
    recomputed = town.awaitProjected(timeout);
    System.out.printf(
        "replay on emptied tables: %s; evidence %.1f s, recompute %.1f s%n",
        rebuilt, evidenceSeconds, recomputed.toMillis() / 1e3);
    ProjectionSnapshot replayed = snapshot(o, town);
    List<String> differences = incremental.differencesFrom(replayed, 10);

    boolean nothingChanged =
        unchanged.getInt("added") + unchanged.getInt("changed") + unchanged.getInt("removed") == 0;
    System.out.println("replayed:    " + replayed.summary());
    System.out.printf(
        "compared row by row: %s%n",
        differences.isEmpty() && sameAfterReplay.isEmpty() && nothingChanged
            ? "identical"
            : "DIFFERENT");
    sameAfterReplay.forEach(d -> System.out.println("  after replay on intact tables: " + d));
    differences.forEach(d -> System.out.println("  after rebuild: " + d));
    if (!differences.isEmpty() || !sameAfterReplay.isEmpty() || !nothingChanged) {
      System.exit(1);
    }
  }

  static ProjectionSnapshot snapshot(Options o, GeneratedMunicipality town) throws Exception {
    return ProjectionSnapshot.of(
        o.text("db"), o.text("db-user"), o.text("db-password"), town.code());
  }

  static String serverOf(String jdbcUrl) {
    return jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1);
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
