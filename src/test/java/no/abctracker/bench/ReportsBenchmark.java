package no.abctracker.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import no.abctracker.progress.GeneratedMunicipality;
import no.abctracker.testsupport.Http;

/**
 * The coverage reports at the size of Oslo. {@code --generate} builds the municipality through the
 * running server's real paths ({@link LargeMunicipality}: units and staff CSV through the API, the
 * course history and other LMS traffic through {@code POST /xapi/statements} with the bootstrap LRS
 * client, then voids) and waits until the projector has applied everything; {@code --measure} (the
 * default without {@code --generate}) times the coverage report per grouping at dates over the last
 * 24 months, the 24-month trend and the gap list, sequentially, and prints the data sizes. Run with
 * {@code bench/reports.sh}.
 */
public final class ReportsBenchmark {

  static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry("base", "http://127.0.0.1:8383/"),
          Map.entry("key", "bench"),
          Map.entry("secret", "bench-secret"),
          Map.entry("version", "1.0.3"),
          Map.entry("admin", "admin"),
          Map.entry("admin-password", "adminadmin"),
          Map.entry("municipality", StatementGenerator.MUNICIPALITY),
          Map.entry("course", "ABC"),
          Map.entry("units", "300"),
          Map.entry("staff", "20000"),
          Map.entry("statements", "2000000"),
          Map.entry("sample", "0"),
          Map.entry("post-limit", "3600"),
          Map.entry("clients", "8"),
          Map.entry("batch", "50"),
          Map.entry("seed", "20261130"),
          Map.entry("until", LocalDate.now(LargeMunicipality.OSLO).toString()),
          Map.entry("generate", "false"),
          Map.entry("measure", ""),
          Map.entry("warmup", "20"),
          Map.entry("requests", "200"),
          Map.entry("trend-requests", "20"),
          Map.entry("gaps-requests", "10"),
          Map.entry("inbox-requests", "200"),
          Map.entry("series", "coverage,trend,gaps,inbox"),
          Map.entry("months", "24"),
          Map.entry(
              "groupings", "unit,shift_pattern,employment_band,position_code,employment_kind"),
          Map.entry("db", "jdbc:mariadb://127.0.0.1:3306/abc_perf_reports"),
          Map.entry("db-user", "root"),
          Map.entry("db-password", ""),
          Map.entry("timeout", "3600"));

  private final Options o;
  private final Http admin;
  private final String api;
  private final LocalDate until;
  private final Map<String, Long> cpuWatched;

  private ReportsBenchmark(Options o) throws Exception {
    this.o = o;
    this.admin = Http.at(new URL(o.text("base"))).basic(o.text("admin"), o.text("admin-password"));
    this.api = "api/v1/municipalities/" + o.text("municipality");
    this.until = LocalDate.parse(o.text("until"));
    this.cpuWatched = CpuUse.watched(new URL(o.text("base")).getPort());
  }

  public static void main(String[] args) throws Exception {
    Options o = new Options(args, DEFAULTS);
    System.out.println("reports benchmark: " + o.describe());
    System.out.println(
        Machine.describe(
            ReplayBenchmark.serverOf(o.text("db")), o.text("db-user"), o.text("db-password")));
    ReportsBenchmark bench = new ReportsBenchmark(o);
    boolean generate = o.flag("generate");
    boolean measure = o.text("measure").isEmpty() ? !generate : o.flag("measure");
    long errors = 0;
    if (generate) {
      errors += bench.generate();
    }
    bench.printSizes();
    if (measure) {
      errors += bench.measure();
    }
    if (errors > 0) {
      System.out.printf("%,d errors%n", errors);
      System.exit(1);
    }
  }

  // --- generate ---

  /** The course's mandatory modules as the catalogue names them: activity ids and titles. */
  record Catalogue(String courseId, List<String> moduleIds, List<String> moduleNames) {}

  private long generate() throws Exception {
    long started = System.nanoTime();
    Catalogue catalogue = catalogue();
    System.out.printf(
        "course %s: %s, mandatory modules %s%n",
        o.text("course"), catalogue.courseId(), catalogue.moduleIds());
    LargeMunicipality town =
        new LargeMunicipality(o.integer("units"), o.integer("staff"), o.number("seed"), until);
    put("units", town.unitsCsv());
    put("staff", town.staffCsv());

    int modules = catalogue.moduleIds().size();
    List<List<LargeMunicipality.Planned>> histories = new ArrayList<>();
    long course = 0;
    long voids = 0;
    for (LargeMunicipality.Person p : town.persons()) {
      List<LargeMunicipality.Planned> history = town.history(p, modules);
      histories.add(history);
      course += history.size();
      voids += history.stream().filter(LargeMunicipality.Planned::voided).count();
    }
    long noise = Math.max(0, o.number("statements") - course - voids);
    System.out.printf(
        "statements to send: %,d on the course's modules (%,d of them voided later), %,d voids,"
            + " %,d other LMS statements (other activities)%n",
        course, voids, voids, noise);

    long postStarted = System.nanoTime();
    Posting posting = new Posting(o.integer("batch"), o.number("sample"));
    ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
    progress.scheduleAtFixedRate(
        () -> System.out.println("  " + posting.progress(postStarted)), 15, 15, TimeUnit.SECONDS);
    long postDeadline = postStarted + o.seconds("post-limit").toNanos();
    try (Lrs lrs =
        new Lrs(o.text("base") + "xapi", o.text("key"), o.text("secret"), o.text("version"))) {
      int clients = o.integer("clients");
      Instant end = until.atTime(LocalTime.of(23, 0)).atZone(LargeMunicipality.OSLO).toInstant();
      Duration span =
          Duration.between(end.minus(LargeMunicipality.HISTORY_MONTHS * 31L, ChronoUnit.DAYS), end);
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<?>> running = new ArrayList<>();
      int staff = o.integer("staff");
      for (int t = 0; t < clients; t++) {
        int client = t;
        StatementGenerator onCourse =
            new StatementGenerator(
                o.number("seed") * 1000 + client,
                staff,
                catalogue.courseId(),
                catalogue.moduleIds(),
                catalogue.moduleNames(),
                end,
                span);
        // Other activities than the catalogue's: LMS traffic that never counts.
        StatementGenerator other =
            new StatementGenerator(
                o.number("seed") * 1000 + 500 + client,
                staff,
                StatementGenerator.COURSE,
                StatementGenerator.MODULES,
                end,
                span);
        running.add(
            pool.submit(
                () -> {
                  // The course history first (with its voids), then the other traffic: a run
                  // stopped by --post-limit lacks only statements that never count.
                  List<StatementGenerator.Generated> batch = new ArrayList<>();
                  List<String> voided = new ArrayList<>();
                  for (int i = client; i < staff; i += clients) {
                    for (LargeMunicipality.Planned planned : histories.get(i)) {
                      StatementGenerator.Generated s =
                          onCourse.statement(
                              onCourse.uuid(), i, planned.verb(), planned.module(), planned.at());
                      if (planned.voided()) {
                        voided.add(s.id().toString());
                      }
                      batch = posting.add(lrs, batch, s);
                    }
                  }
                  posting.flush(lrs, batch);
                  batch = new ArrayList<>();
                  for (String target : voided) {
                    batch =
                        posting.add(
                            lrs,
                            batch,
                            new StatementGenerator.Generated(
                                null,
                                null,
                                null,
                                target,
                                null,
                                null,
                                GeneratedMunicipality.voiding(target)));
                  }
                  posting.flush(lrs, batch);
                  batch = new ArrayList<>();
                  for (int i = client;
                      i < staff && System.nanoTime() < postDeadline;
                      i += clients) {
                    long share = noise * (i + 1) / staff - noise * i / staff;
                    for (long n = 0; n < share; n++) {
                      batch = posting.add(lrs, batch, other.next());
                    }
                  }
                  posting.flush(lrs, batch);
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      pool.shutdown();
    } finally {
      progress.shutdownNow();
    }
    double postSeconds = (System.nanoTime() - postStarted) / 1e9;
    System.out.println("posted: " + posting.progress(postStarted));
    System.out.println("  latency per request: " + posting.latencies().summary(0.5, 0.95, 0.99));
    long drainStarted = System.nanoTime();
    JsonObject status = awaitProjected(o.seconds("timeout"));
    System.out.printf(
        "projector empty %.1f s after the last statement (%s)%n",
        (System.nanoTime() - drainStarted) / 1e9, status);
    System.out.printf(
        "generated in %.1f s (statements %.1f s, %,.0f statements/s)%n",
        (System.nanoTime() - started) / 1e9, postSeconds, posting.stored.get() / postSeconds);
    return posting.errors.get();
  }

  /**
   * Batches to the LRS from several threads; a failed batch is retried (the same ids and content,
   * so a batch stored before its answer was lost is accepted again), errors are counted.
   */
  static final class Posting {
    final int size;
    final long sample;
    final AtomicLong taken = new AtomicLong();
    final AtomicLong stored = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final Map<Integer, Long> byStatus = new ConcurrentHashMap<>();
    final List<Latencies> perThread = Collections.synchronizedList(new ArrayList<>());
    final ThreadLocal<Latencies> latencies =
        ThreadLocal.withInitial(
            () -> {
              Latencies l = new Latencies();
              perThread.add(l);
              return l;
            });

    /** With {@code sample} > 0, only the first {@code sample} statements are sent. */
    Posting(int size, long sample) {
      this.size = size;
      this.sample = sample;
    }

    List<StatementGenerator.Generated> add(
        Lrs lrs, List<StatementGenerator.Generated> batch, StatementGenerator.Generated s) {
      if (sample > 0 && taken.incrementAndGet() > sample) {
        return batch;
      }
      batch.add(s);
      if (batch.size() < size) {
        return batch;
      }
      flush(lrs, batch);
      return new ArrayList<>(size);
    }

    void flush(Lrs lrs, List<StatementGenerator.Generated> batch) {
      if (batch.isEmpty()) {
        return;
      }
      for (int attempt = 1; ; attempt++) {
        Lrs.Answer answer = lrs.post(batch);
        latencies.get().record(answer.nanos());
        if (answer.ok()) {
          stored.addAndGet(batch.size());
          return;
        }
        errors.incrementAndGet();
        byStatus.merge(answer.status(), 1L, Long::sum);
        if (errors.get() <= 3) {
          System.out.println(
              "  error "
                  + answer.status()
                  + ": "
                  + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        if (attempt == 3) {
          return;
        }
        sleep(1000L * attempt);
      }
    }

    Latencies latencies() {
      return Latencies.merge(List.copyOf(perThread));
    }

    String progress(long since) {
      double seconds = (System.nanoTime() - since) / 1e9;
      return String.format(
          "%,d statements stored in %.0f s (%,.0f/s), errors %d %s",
          stored.get(), seconds, stored.get() / seconds, errors.get(), byStatus);
    }
  }

  private Catalogue catalogue() {
    JsonObject course =
        Http.json(expect(admin.get("api/v1/courses/" + o.text("course")), 200)).asJsonObject();
    List<String> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (JsonValue v : course.getJsonArray("modules")) {
      JsonObject module = v.asJsonObject();
      if (module.getBoolean("mandatory")) {
        ids.add(module.getString("activityId"));
        names.add(module.getJsonObject("title").getString("nb-NO"));
      }
    }
    return new Catalogue(course.getString("activityId"), ids, names);
  }

  private void put(String what, String csv) {
    long t0 = System.nanoTime();
    HttpResponse<String> answer =
        expect(admin.put(api + "/" + what, "text/csv", csv.getBytes(StandardCharsets.UTF_8)), 200);
    System.out.printf(
        "PUT …/%s (%,d lines) in %.1f s: %s%n",
        what, csv.lines().count() - 1, (System.nanoTime() - t0) / 1e9, answer.body());
  }

  private JsonObject awaitProjected(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      JsonObject status =
          Http.json(expect(admin.get(api + "/progress/status"), 200)).asJsonObject();
      if (status.getInt("pending") == 0) {
        return status;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the projector did not catch up: " + status);
      }
      sleep(200);
    }
  }

  // --- measure ---

  private long measure() {
    long errors = 0;
    String course = "course=" + o.text("course");
    int months = o.integer("months");
    LocalDate from = until.minusMonths(months);
    long days = ChronoUnit.DAYS.between(from, until);
    List<String> groupings =
        series("coverage") ? List.of(o.text("groupings").split(",")) : List.<String>of();
    System.out.printf(
        "coverage: %d sequential requests per grouping after %d warm-up requests each, asOf"
            + " spread over %s … %s%n",
        o.integer("requests"), o.integer("warmup"), from, until);
    for (String g : groupings) {
      for (int i = 0; i < o.integer("warmup"); i++) {
        admin.get(coverage(course, g, until.minusDays(i * 37L % days)));
      }
    }
    for (String g : groupings) {
      int n = o.integer("requests");
      Timed timed = time(n, i -> coverage(course, g, from.plusDays(days * i / Math.max(1, n - 1))));
      errors += timed.errors();
      boolean met = timed.latencies().millisAt(0.5) < 100 && timed.latencies().millisAt(0.99) < 300;
      System.out.printf(
          "  groupBy=%-16s %s  answer %,d bytes  errors %d  target p50 < 100 ms, p99 < 300 ms:"
              + " %s%n",
          g,
          timed.latencies().summary(0.5, 0.95, 0.99),
          timed.bytes(),
          timed.errors(),
          met ? "met" : "MISSED");
      timed.sample().ifPresent(s -> System.out.println("    e.g. " + s));
    }

    String trend =
        api
            + "/reports/coverage/trend?"
            + course
            + "&groupBy=unit&from="
            + from
            + "&to="
            + until
            + "&interval=month";
    if (!series("trend")) {
      return errors + inbox() + gaps();
    }
    admin.get(trend);
    admin.get(trend);
    Timed trends = time(o.integer("trend-requests"), i -> trend);
    errors += trends.errors();
    System.out.printf(
        "trend groupBy=unit, %d months (%s … %s), %d requests: %s  answer %,d bytes  errors %d"
            + "  target < 1 s: %s%n",
        months,
        from,
        until,
        o.integer("trend-requests"),
        trends.latencies().summary(0.5, 0.95),
        trends.bytes(),
        trends.errors(),
        trends.latencies().millisAt(1.0) < 1000 ? "met" : "MISSED");
    trends.sample().ifPresent(s -> System.out.println("    e.g. " + s));
    return errors + inbox() + gaps();
  }

  private boolean series(String name) {
    return List.of(o.text("series").split(",")).contains(name);
  }

  /**
   * The unmatched inbox ({@code …/unmatched/actors} and {@code …/activities}), its first page of
   * 100 and a page further on (offset 1,000): target p99 < 100 ms whatever the number of
   * statements.
   */
  private long inbox() {
    if (!series("inbox")) {
      return 0;
    }
    long errors = 0;
    int n = o.integer("inbox-requests");
    for (String what : List.of("actors", "activities")) {
      for (String page : List.of("limit=100", "limit=100&offset=1000")) {
        String path = api + "/unmatched/" + what + "?" + page;
        for (int i = 0; i < Math.min(20, n); i++) {
          admin.get(path);
        }
        Timed timed = time(n, i -> path);
        errors += timed.errors();
        System.out.printf(
            "inbox %s?%s, %d requests: %s  answer %,d bytes  errors %d  target p99 < 100 ms:"
                + " %s%n",
            what,
            page,
            n,
            timed.latencies().summary(0.5, 0.95, 0.99),
            timed.bytes(),
            timed.errors(),
            timed.latencies().millisAt(0.99) < 100 ? "met" : "MISSED");
        timed.sample().ifPresent(s -> System.out.println("    e.g. " + s));
      }
    }
    return errors;
  }

  private long gaps() {
    if (!series("gaps")) {
      return 0;
    }
    long errors = 0;
    String course = "course=" + o.text("course");
    String gaps = api + "/reports/gaps?" + course;
    admin.get(gaps);
    Timed gapTimes = time(o.integer("gaps-requests"), i -> gaps);
    errors += gapTimes.errors();
    System.out.printf(
        "gaps, whole municipality, %d requests: %s  answer %,d bytes  errors %d%n",
        o.integer("gaps-requests"),
        gapTimes.latencies().summary(0.5, 0.95),
        gapTimes.bytes(),
        gapTimes.errors());
    gapTimes.sample().ifPresent(s -> System.out.println("    e.g. " + s));
    return errors;
  }

  private String coverage(String course, String groupBy, LocalDate asOf) {
    return api + "/reports/coverage?" + course + "&groupBy=" + groupBy + "&asOf=" + asOf;
  }

  record Timed(Latencies latencies, long errors, long bytes, java.util.Optional<String> sample) {}

  /** {@code n} sequential GETs; latencies of the 2xx answers, the first error or answer kept. */
  private Timed time(int n, java.util.function.IntFunction<String> path) {
    // CPU per request of the server and MariaDB: steadier than latency on a shared machine.
    CpuUse before = CpuUse.now(cpuWatched);
    long started = System.nanoTime();
    Latencies latencies = new Latencies();
    long errors = 0;
    long bytes = 0;
    String sample = null;
    for (int i = 0; i < n; i++) {
      String p = path.apply(i);
      long t0 = System.nanoTime();
      HttpResponse<String> answer = admin.get(p);
      long elapsed = System.nanoTime() - t0;
      if (answer.statusCode() == 200) {
        latencies.record(elapsed);
        bytes = answer.body().length();
        if (sample == null) {
          sample = p + " → " + answer.body().substring(0, Math.min(400, answer.body().length()));
        }
      } else {
        errors++;
        if (errors == 1) {
          sample =
              p
                  + " → "
                  + answer.statusCode()
                  + " "
                  + answer.body().substring(0, Math.min(300, answer.body().length()));
        }
      }
    }
    System.out.print(
        CpuUse.now(cpuWatched)
            .since(before, (System.nanoTime() - started) / 1e9, n, 1, "ms/request"));
    return new Timed(
        Latencies.merge(List.of(latencies)), errors, bytes, java.util.Optional.ofNullable(sample));
  }

  // --- sizes ---

  private void printSizes() {
    String code = o.text("municipality");
    String course = o.text("course");
    String[][] counts = {
      {
        "open units",
        "SELECT COUNT(*) FROM org_unit WHERE municipality_id = ? AND closed_on IS NULL"
      },
      {"persons", "SELECT COUNT(*) FROM person WHERE municipality_id = ?"},
      {"employments", "SELECT COUNT(*) FROM employment WHERE municipality_id = ?"},
      {
        "employments active on the end date",
        "SELECT COUNT(*) FROM employment WHERE municipality_id = ? AND start_date <= '"
            + until
            + "' AND (end_date IS NULL OR end_date >= '"
            + until
            + "')"
      },
      {"statements", "SELECT COUNT(*) FROM xapi_statement WHERE municipality_id = ?"},
      {
        "voided statements",
        "SELECT COUNT(*) FROM xapi_statement WHERE municipality_id = ? AND voided"
      },
      {"evidence rows", "SELECT COUNT(*) FROM progress_evidence WHERE municipality_id = ?"},
      {"inbox: actors tallied", "SELECT COUNT(*) FROM statement_actor WHERE municipality_id = ?"},
      {
        "inbox: activities tallied",
        "SELECT COUNT(*) FROM statement_activity WHERE municipality_id = ?"
      },
      {
        "module completions (" + course + ")",
        "SELECT COUNT(*) FROM module_completion WHERE municipality_id = ? AND course_code = '"
            + course
            + "'"
      },
      {
        "course completions (" + course + ")",
        "SELECT COUNT(*) FROM course_completion WHERE municipality_id = ? AND course_code = '"
            + course
            + "'"
      }
    };
    try (Connection c =
        DriverManager.getConnection(o.text("db"), o.text("db-user"), o.text("db-password"))) {
      long id;
      try (PreparedStatement ps =
          c.prepareStatement("SELECT id FROM municipality WHERE code = ?")) {
        ps.setString(1, code);
        try (ResultSet r = ps.executeQuery()) {
          if (!r.next()) {
            System.out.println("municipality " + code + " is not in " + o.text("db"));
            return;
          }
          id = r.getLong(1);
        }
      }
      StringBuilder out = new StringBuilder("data of municipality " + code + ":");
      for (String[] count : counts) {
        try (PreparedStatement ps = c.prepareStatement(count[1])) {
          ps.setLong(1, id);
          try (ResultSet r = ps.executeQuery()) {
            r.next();
            out.append(String.format("%n  %-36s %,12d", count[0], r.getLong(1)));
          }
        }
      }
      System.out.println(out);
    } catch (SQLException e) {
      System.out.println("sizes: cannot read " + o.text("db") + ": " + e.getMessage());
    }
  }

  // --- plumbing ---

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.request().uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body().substring(0, Math.min(2000, response.body().length())));
    }
    return response;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
