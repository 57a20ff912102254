package no.abctracker.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How far the progress projector is behind while statements are posted: imports a roster of the
 * generator's staff pool (so that the actors are persons and their evidence is projected, not just
 * dequeued), then samples {@code GET …/progress/status} every second — queued rows and the age of
 * the oldest — and after the last statement is stored, times how long until nothing is pending.
 * Used by {@link IngestBenchmark} with {@code --lag=true}.
 */
final class ProjectionLag implements AutoCloseable {

  /** One sample: seconds since the start, queued rows, age of the oldest in seconds. */
  record Sample(double at, long pending, double oldestAge) {}

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI api;
  private final String authorization;
  private final String municipality;
  private final List<Sample> samples = new ArrayList<>();
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
  private long started;

  ProjectionLag(String appBase, String admin, String password, String municipality) {
    this.api = URI.create(appBase.endsWith("/") ? appBase : appBase + "/").resolve("api/v1/");
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((admin + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.municipality = municipality;
  }

  /**
   * Imports 10 units and one employment per person of the pool (e-mail {@link
   * StatementGenerator#mbox}), replacing the municipality's roster; answers the seconds it took,
   * including the projector's recompute of the persons it identified.
   */
  double importRoster(int staff) throws Exception {
    long t0 = System.nanoTime();
    StringBuilder units = new StringBuilder("unit_code,name,parent_code,unit_type\n");
    units.append("HO,Helse og omsorg,,ADMINISTRATION\n");
    for (int u = 1; u <= 10; u++) {
      units.append("U").append(u).append(",Enhet ").append(u).append(",HO,HOME_CARE\n");
    }
    put("units", units.toString());
    StringBuilder roster =
        new StringBuilder(
            "employee_id,full_name,email,unit_code,position_code,position_title,employment_percent,"
                + "shift_pattern,employment_kind,start_date,end_date\n");
    for (int i = 0; i < staff; i++) {
      roster
          .append(500000 + i)
          .append(",Ansatt ")
          .append(String.format("%05d", i))
          .append(',')
          .append(StatementGenerator.mbox(i).substring("mailto:".length()))
          .append(",U")
          .append(1 + i % 10)
          .append(",7174,Helsefagarbeider,")
          .append(i % 101)
          .append(",THREE_SHIFT,PERMANENT,2020-01-01,\n");
    }
    put("staff", roster.toString());
    awaitNothingPending(Duration.ofMinutes(10));
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Starts sampling once a second. */
  void start() {
    started = System.nanoTime();
    sampler.scheduleAtFixedRate(
        () -> {
          try {
            Sample s = sample();
            synchronized (samples) {
              samples.add(s);
            }
          } catch (Exception e) {
            System.out.println("  status sample failed: " + e);
          }
        },
        0,
        1,
        TimeUnit.SECONDS);
  }

  /** Stops sampling; answers the seconds until nothing was pending, polled every 50 ms. */
  double drain() throws Exception {
    sampler.shutdownNow();
    return awaitNothingPending(Duration.ofMinutes(30));
  }

  String report() {
    List<Sample> all;
    synchronized (samples) {
      all = List.copyOf(samples);
    }
    StringBuilder out = new StringBuilder("projection lag, sampled every second:\n");
    out.append("     t (s)   pending   oldest pending (s)\n");
    int every = Math.max(1, all.size() / 20);
    for (int i = 0; i < all.size(); i += every) {
      Sample s = all.get(i);
      out.append(String.format("  %8.0f  %8d  %8.2f%n", s.at(), s.pending(), s.oldestAge()));
    }
    long maxPending = all.stream().mapToLong(Sample::pending).max().orElse(0);
    double[] ages = all.stream().mapToDouble(Sample::oldestAge).sorted().toArray();
    out.append(
        String.format(
            "  %d samples: pending max %,d, mean %,.0f; oldest pending age p50 %.2f s, p95 %.2f s,"
                + " max %.2f s%n",
            all.size(),
            maxPending,
            all.stream().mapToLong(Sample::pending).average().orElse(0),
            percentile(ages, 0.50),
            percentile(ages, 0.95),
            ages.length == 0 ? 0 : ages[ages.length - 1]));
    return out.toString();
  }

  private static double percentile(double[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)];
  }

  private Sample sample() throws Exception {
    Instant now = Instant.now();
    JsonObject status = status();
    // A row queued between taking "now" and the query reads as a few ms in the future: age 0.
    double age =
        status.isNull("oldestPendingStored")
            ? 0
            : Math.max(
                0,
                Duration.between(Instant.parse(status.getString("oldestPendingStored")), now)
                        .toMillis()
                    / 1e3);
    return new Sample(
        (System.nanoTime() - started) / 1e9, status.getJsonNumber("pending").longValue(), age);
  }

  /** Polls {@code …/progress/status} every 50 ms until nothing is pending; answers the seconds. */
  double awaitNothingPending(Duration limit) throws Exception {
    long t0 = System.nanoTime();
    while (status().getJsonNumber("pending").longValue() > 0) {
      if (System.nanoTime() - t0 > limit.toNanos()) {
        throw new IllegalStateException("still pending after " + limit);
      }
      Thread.sleep(50);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** {@code GET …/municipalities/{m}/{what}} as JSON (200 expected). */
  jakarta.json.JsonValue getJson(String what) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(api.resolve("municipalities/" + municipality + "/" + what))
                .header("Authorization", authorization)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + what + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return Json.createReader(new StringReader(answer.body())).readValue();
  }

  JsonObject status() throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(
                    api.resolve("municipalities/" + municipality + "/progress/status"))
                .header("Authorization", authorization)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          "status answered " + answer.statusCode() + ": " + answer.body());
    }
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  private void put(String what, String csv) throws Exception {
    put(what, "text/csv", csv);
  }

  /**
   * {@code PUT …/municipalities/{m}/{what}} with a JSON body (activity mappings, identity rules);
   * answers the seconds until the answer came.
   */
  double putJson(String what, String json) throws Exception {
    long t0 = System.nanoTime();
    put(what, "application/json", json);
    return (System.nanoTime() - t0) / 1e9;
  }

  private void put(String what, String type, String body) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(api.resolve("municipalities/" + municipality + "/" + what))
                .header("Authorization", authorization)
                .header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofMinutes(5))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          "PUT " + what + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}
