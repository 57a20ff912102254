package no.abctracker.progress;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.abctracker.testsupport.Http;

/**
 * A municipality generated and loaded through the real API and LRS as its users would: units, a
 * roster with several employments per person and ended ones, statements from an LMS (every
 * completion verb, every actor form, unknown actors, activities outside the catalogue, voids, voids
 * that arrive before their target), a second roster that adds persons whose statements arrived
 * before them and moves e-mail addresses between persons, cohorts of the group version with
 * attendance recorded, removed, sessions added and cancelled, and manual registrations, some
 * withdrawn, and a Moodle whose accounts (usernames, numeric ids) and activities count only through
 * identity rules, links and activity mappings that are added, changed and removed between the
 * batches. Deterministic for a seed. Used by {@code ProgressIT} (small) and the replay benchmark
 * (at least 2,000 staff and 100,000 statements).
 */
public final class GeneratedMunicipality {

  /** How big: staff (persons), statements sent by the LMS, cohorts, posting threads, seed. */
  public record Size(int staff, int statements, int cohorts, int clients, long seed) {}

  static final String ABC = "https://abc-tracker.no/xapi/courses/velferdsteknologiens-abc";
  static final String SB = "https://abc-tracker.no/xapi/courses/superbruker-medisindispenser";
  static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final String PASSWORD = "generated-password";
  static final int BATCH = 50;

  /** The Moodle (KS Læring) the municipality's staff also use: its wwwroot. */
  static final String MOODLE = "https://kurs.generert.kommune.no";

  static final String[] SHIFTS = {"DAY", "TWO_SHIFT", "THREE_SHIFT", "NIGHT", "WEEKEND"};
  static final String[] KINDS = {"PERMANENT", "TEMPORARY", "ON_CALL", "AGENCY", "APPRENTICE"};

  /** Verb ids and their weights (completion verbs, then those that never count). */
  static final String[][] VERBS = {
    {"http://adlnet.gov/expapi/verbs/completed", "30"},
    {"http://adlnet.gov/expapi/verbs/passed", "15"},
    {"https://w3id.org/xapi/adl/verbs/satisfied", "3"},
    {"https://w3id.org/xapi/adl/verbs/waived", "2"},
    {"http://id.tincanapi.com/verb/completed", "3"},
    {"http://adlnet.gov/expapi/verbs/attempted", "25"},
    {"http://adlnet.gov/expapi/verbs/experienced", "15"},
    {"http://adlnet.gov/expapi/verbs/failed", "10"}
  };

  private final Http admin;
  private final Size size;
  private final PrintStream log;
  private final SplittableRandom random;
  private String code;
  private String homePage;
  private Http lrs;
  private Http coordinator;
  private final List<Person> persons = new ArrayList<>();
  private final List<String> countingIds = new ArrayList<>();
  private long statementsSent;

  /** A generated person; {@code email} may be null (identified by account only). */
  record Person(int n, String employeeId, String name, String email, boolean late) {}

  private GeneratedMunicipality(Http admin, Size size, PrintStream log) {
    this.admin = admin;
    this.size = size;
    this.log = log;
    this.random = new SplittableRandom(size.seed());
  }

  /**
   * Creates the municipality and loads everything through {@code admin} (the API as a system
   * administrator, whose base is the application root). Does not wait for the projector.
   */
  public static GeneratedMunicipality load(Http admin, Size size, PrintStream log)
      throws Exception {
    GeneratedMunicipality town = new GeneratedMunicipality(admin, size, log);
    town.loadAll();
    return town;
  }

  public String code() {
    return code;
  }

  public long statementsSent() {
    return statementsSent;
  }

  private void loadAll() throws Exception {
    long started = System.nanoTime();
    createMunicipality();
    for (int n = 1; n <= size.staff(); n++) {
      boolean withEmail = random.nextInt(10) != 0;
      persons.add(
          new Person(
              n,
              String.valueOf(100000 + n),
              "Ansatt " + n,
              withEmail ? "ansatt" + n + "@generert.kommune.no" : null,
              n % 7 == 0));
    }
    put("units", units());
    put("staff", roster(false));
    log.printf("roster of %,d early persons imported%n", persons.size() - persons.size() / 7);

    List<String> voidsFirst = new ArrayList<>();
    List<String> postponed = new ArrayList<>();
    List<String> firstHalf = statements(size.statements() / 2, voidsFirst, postponed);
    List<String> firstBatches = batches(voidsFirst);
    firstBatches.addAll(batches(firstHalf));
    post(firstBatches);
    log.printf(
        "%,d statements posted (voids of %d statements not yet sent among them)%n",
        statementsSent, voidsFirst.size());

    List<Cohort> cohorts = new ArrayList<>();
    for (int c = 0; c < size.cohorts(); c++) {
      cohorts.add(cohortWithAttendance(c));
    }
    log.printf("%d cohorts with attendance recorded%n", cohorts.size());

    connectMoodle(true);
    // Let the projector apply the mappings to the first half before the second half arrives: under
    // the load of both on two cores the stores' voiding links deadlocked past their retries (503).
    awaitProjected(Duration.ofMinutes(5));
    log.printf("Moodle connected: identity rule, links and activity mappings%n");

    put("staff", roster(true));
    log.printf("second roster: %,d persons, late ones included, addresses moved%n", size.staff());

    List<String> voids = new ArrayList<>();
    List<String> shuffled = new ArrayList<>(countingIds);
    Collections.shuffle(shuffled, new java.util.Random(size.seed()));
    for (String target : shuffled.subList(0, shuffled.size() / 30)) {
      voids.add(voiding(target));
    }
    List<String> secondHalf =
        statements(
            size.statements() - size.statements() / 2 - voids.size() - postponed.size(),
            null,
            null);
    secondHalf.addAll(voids);
    secondHalf.addAll(postponed);
    Collections.shuffle(secondHalf, new java.util.Random(size.seed() + 1));
    post(batches(secondHalf));
    log.printf("%,d statements posted in all (%d voids)%n", statementsSent, voids.size());

    connectMoodle(false);
    log.printf("Moodle's mappings changed: some removed, some moved to other modules%n");

    for (Cohort cohort : cohorts) {
      changeAttendance(cohort);
    }
    registrations();
    log.printf(
        "generated municipality %s loaded in %.1f s%n", code, (System.nanoTime() - started) / 1e9);
  }

  // --- the Moodle ---

  /**
   * The municipality says who Moodle's accounts are and what its activities are: usernames by an
   * identity rule, every 11th person's numeric Moodle id by a link, SCORM activities 0-9 mapped to
   * modules and course 0 to the ABC course itself. The second time ({@code first} false) some
   * mappings are removed and others point elsewhere, so the projector withdraws and moves what they
   * gave; activities 10 and 11 and course 1 are never mapped.
   */
  private void connectMoodle(boolean first) {
    expect(
        admin.put(
            api("/identity-rules"),
            "application/json",
            ("[{\"homePage\":\"" + MOODLE + "\",\"accountName\":\"USERNAME\"}]")
                .getBytes(StandardCharsets.UTF_8)),
        200);
    StringBuilder links = new StringBuilder("employee_id,home_page,account_name\n");
    for (Person p : persons) {
      if (p.n() % 11 == 0 && (!p.late() || !first)) {
        links
            .append(p.employeeId())
            .append(',')
            .append(MOODLE)
            .append(',')
            .append(p.n())
            .append('\n');
      }
    }
    put("identity-links", links.toString());
    List<String> mappings = new ArrayList<>();
    for (int a = 0; a < 10; a++) {
      if (!first && a % 3 == 0) {
        continue;
      }
      char module = (char) ('A' + (first || a % 3 == 1 ? a : a + 2) % 5);
      mappings.add(
          "{\"activityId\":\""
              + MOODLE
              + "/mod/scorm/view.php?id="
              + a
              + "\",\"course\":\"ABC\",\"module\":\""
              + module
              + "\"}");
    }
    mappings.add("{\"activityId\":\"" + MOODLE + "/course/view.php?id=0\",\"course\":\"ABC\"}");
    expect(
        admin.put(
            api("/activity-mappings"),
            "application/json",
            ("[" + String.join(",", mappings) + "]").getBytes(StandardCharsets.UTF_8)),
        200);
  }

  // --- organisation ---

  private void createMunicipality() {
    for (int attempt = 0; attempt < 50 && code == null; attempt++) {
      String candidate = String.format("%04d", 1000 + random.nextInt(9000));
      HttpResponse<String> created =
          admin.post(
              "api/v1/municipalities",
              "{\"code\":\"" + candidate + "\",\"name\":\"Generert kommune " + candidate + "\"}");
      if (created.statusCode() == 201) {
        code = candidate;
      } else {
        expect(created, 409);
      }
    }
    if (code == null) {
      throw new IllegalStateException("no free municipality code");
    }
    homePage = json(expect(admin.get(api("")), 200)).getString("accountHomePage");
    JsonObject client =
        json(
            expect(
                admin.post(
                    api("/lrs-clients"), "{\"name\":\"Generated LMS\",\"scopes\":[\"all\"]}"),
                201));
    lrs = admin.xapi(client.getString("key"), client.getString("secret"));
    String username = "koordinator-" + code;
    expect(
        admin.post(
            api("/users"),
            "{\"username\":\""
                + username
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"role\":\"COORDINATOR\"}"),
        201);
    coordinator = admin.basic(username, PASSWORD);
  }

  private static String units() {
    StringBuilder csv = new StringBuilder("unit_code,name,parent_code,unit_type\n");
    csv.append("HO,Helse og omsorg,,ADMINISTRATION\n");
    for (int u = 1; u <= 12; u++) {
      csv.append("U")
          .append(u)
          .append(",Enhet ")
          .append(u)
          .append(",HO,")
          .append(u % 2 == 0 ? "INSTITUTION" : "HOME_CARE")
          .append('\n');
    }
    return csv.toString();
  }

  /**
   * The roster: early persons only, or everyone with e-mail addresses moved (every 97th person gets
   * a new address and hands the old one to the next person).
   */
  private String roster(boolean everyone) {
    StringBuilder csv =
        new StringBuilder(
            "employee_id,full_name,email,unit_code,position_code,position_title,employment_percent,"
                + "shift_pattern,employment_kind,start_date,end_date,username\n");
    SplittableRandom rows = new SplittableRandom(size.seed() * 31);
    for (Person p : persons) {
      if (p.late() && !everyone) {
        continue;
      }
      String email = p.email() == null ? "" : p.email();
      if (everyone && p.n() % 97 == 1) {
        email = "ny.ansatt" + p.n() + "@generert.kommune.no";
      } else if (everyone && p.n() % 97 == 2 && persons.get(p.n() - 2).email() != null) {
        email = persons.get(p.n() - 2).email();
      }
      int employments = p.n() % 5 == 0 ? 2 : p.n() % 23 == 0 ? 3 : 1;
      for (int e = 0; e < employments; e++) {
        boolean ended = (p.n() + e) % 13 == 0;
        csv.append(p.employeeId())
            .append(',')
            .append(p.name())
            .append(',')
            .append(email)
            .append(",U")
            .append(1 + (p.n() + e * 5) % 12)
            .append(',')
            .append(7000 + e)
            .append(",Helsefagarbeider,")
            .append(e == 0 ? 20 + rows.nextInt(81) : rows.nextInt(50))
            .append(',')
            .append(SHIFTS[(p.n() + e) % SHIFTS.length])
            .append(',')
            .append(KINDS[(p.n() * 3 + e) % KINDS.length])
            .append(",20")
            .append(10 + (p.n() + e) % 12)
            .append("-0")
            .append(1 + e)
            .append("-01,")
            .append(ended ? "2023-12-31" : "")
            .append(",bruker")
            .append(p.n())
            .append('\n');
      }
    }
    return csv.toString();
  }

  // --- statements ---

  /**
   * {@code count} statements; with {@code voidsFirst} and {@code postponed}, every 200th counting
   * statement is held back for the second half and voided in the first (its void arrives first).
   */
  private List<String> statements(int count, List<String> voidsFirst, List<String> postponed) {
    List<String> statements = new ArrayList<>(count);
    Instant from = Instant.parse("2023-01-01T00:00:00Z");
    long span = Duration.ofDays(900).toMillis();
    while (statements.size() < count) {
      String id = uuid();
      String verb = verb();
      boolean counts =
          !verb.endsWith("attempted") && !verb.endsWith("experienced") && !verb.endsWith("failed");
      int what = random.nextInt(1000);
      String object =
          what < 650
              ? ABC + "/modules/" + (char) ('a' + random.nextInt(5))
              : what < 800
                  ? SB + "/modules/" + (1 + random.nextInt(4))
                  : what < 810
                      ? ABC
                      : what < 815
                          ? SB
                          : what < 900
                              ? MOODLE + "/mod/scorm/view.php?id=" + what % 12
                              : what < 910
                                  ? MOODLE + "/course/view.php?id=" + what % 2
                                  : "https://lms.kommune.no/page/" + what;
      Instant at = from.plusMillis(random.nextLong(span));
      String timestamp =
          random.nextInt(4) == 0
              ? at.atOffset(ZoneOffset.ofHours(random.nextBoolean() ? 1 : 2)).toString()
              : at.toString();
      String json =
          "{\"id\":\""
              + id
              + "\",\"actor\":"
              + actor()
              + ",\"verb\":{\"id\":\""
              + verb
              + "\",\"display\":{\"en-US\":\""
              + verb.substring(verb.lastIndexOf('/') + 1)
              + "\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\""
              + object
              + "\"},\"timestamp\":\""
              + timestamp
              + "\"}";
      if (counts && voidsFirst != null && random.nextInt(200) == 0) {
        voidsFirst.add(voiding(id));
        postponed.add(json);
        continue;
      }
      if (counts) {
        countingIds.add(id);
      }
      statements.add(json);
    }
    return statements;
  }

  /** An actor: a known person in one of their forms (95 %) or someone never in the roster. */
  private String actor() {
    if (random.nextInt(20) == 0) {
      return "{\"mbox\":\"mailto:ukjent" + random.nextInt(1000) + "@elsewhere.no\"}";
    }
    Person p = persons.get(random.nextInt(persons.size()));
    int form = random.nextInt(12);
    if (form >= 10) {
      // Moodle: the username (any case) or, for every 11th person, only the numeric user id.
      String name = p.n() % 11 == 0 && form == 11 ? String.valueOf(p.n()) : "Bruker" + p.n();
      return "{\"objectType\":\"Agent\",\"name\":\""
          + p.name()
          + "\",\"account\":{\"homePage\":\""
          + MOODLE
          + "\",\"name\":\""
          + name
          + "\"}}";
    }
    if (p.email() == null || form < 3) {
      return "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\""
          + homePage
          + "\",\"name\":\""
          + p.employeeId()
          + "\"}}";
    }
    String mbox = "mailto:" + p.email();
    if (form < 5) {
      return "{\"mbox_sha1sum\":\"" + sha1(mbox) + "\"}";
    }
    return "{\"objectType\":\"Agent\",\"name\":\""
        + p.name()
        + "\",\"mbox\":\""
        + (form == 9 ? "mailto:" + p.email().toUpperCase() : mbox)
        + "\"}";
  }

  private String verb() {
    int total = 0;
    for (String[] v : VERBS) {
      total += Integer.parseInt(v[1]);
    }
    int pick = random.nextInt(total);
    for (String[] v : VERBS) {
      pick -= Integer.parseInt(v[1]);
      if (pick < 0) {
        return v[0];
      }
    }
    throw new IllegalStateException();
  }

  /** A statement voiding {@code target}, as the LMS of the generated municipality sends it. */
  public static String voiding(String target) {
    return "{\"actor\":{\"mbox\":\"mailto:lms@generert.kommune.no\"},\"verb\":{\"id\":\""
        + VOIDED
        + "\",\"display\":{\"en-US\":\"voided\"}},\"object\":{\"objectType\":\"StatementRef\","
        + "\"id\":\""
        + target
        + "\"}}";
  }

  private static List<String> batches(List<String> statements) {
    List<String> batches = new ArrayList<>();
    for (int from = 0; from < statements.size(); from += BATCH) {
      batches.add(
          "["
              + String.join(
                  ",", statements.subList(from, Math.min(statements.size(), from + BATCH)))
              + "]");
    }
    return batches;
  }

  /** Posts the batches from {@code clients} threads; every one must be stored. */
  /**
   * Posts a batch, sending it again after a 503 as the contract tells an LMS to (every statement
   * has its id, so a resend stores nothing twice): on a loaded machine the stores' locking reads of
   * voiding links deadlock past their retries now and then.
   */
  private HttpResponse<String> postAsAnLmsDoes(String batch) throws InterruptedException {
    HttpResponse<String> response = lrs.post("xapi/statements", batch);
    for (int resend = 0; resend < 5 && response.statusCode() == 503; resend++) {
      Thread.sleep(200L * (resend + 1));
      response = lrs.post("xapi/statements", batch);
    }
    return response;
  }

  private void post(List<String> batches) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(size.clients());
    try {
      List<Future<Integer>> posted = new ArrayList<>();
      for (String batch : batches) {
        posted.add(
            pool.submit(
                () -> {
                  expect(postAsAnLmsDoes(batch), 200);
                  return count(batch);
                }));
      }
      for (Future<Integer> f : posted) {
        statementsSent += f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static int count(String batch) {
    int n = 0;
    for (int i = batch.indexOf("\"verb\""); i >= 0; i = batch.indexOf("\"verb\"", i + 1)) {
      n++;
    }
    return n;
  }

  // --- cohorts ---

  record Cohort(int index, String id, List<JsonObject> sessions, List<Person> members) {}

  /**
   * A cohort of the group version with five sessions; 15 early persons enrolled, each attending
   * each session with probability 0.8 (nobody attends session 5 of every third cohort).
   */
  private Cohort cohortWithAttendance(int c) {
    LocalDate today = LocalDate.now(OSLO);
    JsonObject created =
        json(
            expect(
                coordinator.post(
                    api("/cohorts"),
                    "{\"name\":\"Gruppe "
                        + c
                        + "\",\"courseCode\":\"ABC\",\"versionCode\":\"2016\",\"startDate\":\""
                        + today.minusDays(100)
                        + "\",\"endDate\":\""
                        + today.plusDays(30)
                        + "\"}"),
                201));
    String id = created.getString("id");
    List<JsonObject> sessions = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      sessions.add(session(id, today.minusDays(90 - 15L * n - c % 10)));
    }
    List<Person> members = new ArrayList<>();
    while (members.size() < 15) {
      Person p = persons.get(random.nextInt(persons.size()));
      if (!p.late() && !members.contains(p)) {
        members.add(p);
      }
    }
    enrol(id, members);
    for (int n = 0; n < 5; n++) {
      if (n == 4 && c % 3 == 0) {
        continue;
      }
      List<Person> attended = new ArrayList<>();
      for (Person p : members) {
        if (random.nextInt(10) < 8) {
          attended.add(p);
        }
      }
      attend(id, sessions.get(n), attended);
    }
    return new Cohort(c, id, sessions, members);
  }

  /**
   * Later changes: two attendances removed (their statements voided), a late person enrolled and
   * attending, and the schedule changed: every third cohort loses its unattended fifth session,
   * every third plus one gains a sixth that some attend, every third plus two gains a sixth that is
   * cancelled again.
   */
  private void changeAttendance(Cohort cohort) {
    for (int removed = 0; removed < 2; removed++) {
      JsonObject session = cohort.sessions().get(random.nextInt(4));
      List<String> attended =
          json(expect(coordinator.get(attendancePath(cohort.id(), session)), 200))
              .getJsonArray("attended")
              .stream()
              .map(a -> a.asJsonObject().getString("employeeId"))
              .toList();
      if (!attended.isEmpty()) {
        String employee = attended.get(random.nextInt(attended.size()));
        expect(coordinator.delete(attendancePath(cohort.id(), session) + "/" + employee), 204);
      }
    }
    Person late = persons.get(7 * (1 + random.nextInt(persons.size() / 7)) - 1);
    enrol(cohort.id(), List.of(late));
    for (int n = 0; n < 4; n++) {
      attend(cohort.id(), cohort.sessions().get(n), List.of(late));
    }
    LocalDate today = LocalDate.now(OSLO);
    switch (cohort.index() % 3) {
      case 0 -> cancel(cohort.id(), cohort.sessions().get(4));
      case 1 -> {
        JsonObject sixth = session(cohort.id(), today.minusDays(2));
        attend(cohort.id(), sixth, cohort.members().subList(0, 10));
      }
      default -> cancel(cohort.id(), session(cohort.id(), today.minusDays(1)));
    }
  }

  private JsonObject session(String cohort, LocalDate day) {
    return json(
        expect(
            coordinator.post(
                api("/cohorts/" + cohort + "/sessions"),
                "{\"kind\":\"JOINT\",\"title\":\"Samling\",\"startsAt\":\""
                    + day
                    + "T09:00\",\"endsAt\":\""
                    + day
                    + "T15:00\"}"),
            201));
  }

  private void cancel(String cohort, JsonObject session) {
    expect(
        coordinator.delete(api("/cohorts/" + cohort + "/sessions/" + session.getString("id"))),
        204);
  }

  private void enrol(String cohort, List<Person> members) {
    expect(coordinator.post(api("/cohorts/" + cohort + "/members"), employeeIds(members)), 200);
  }

  private void attend(String cohort, JsonObject session, List<Person> attended) {
    if (!attended.isEmpty()) {
      expect(coordinator.post(attendancePath(cohort, session), employeeIds(attended)), 200);
    }
  }

  private String attendancePath(String cohort, JsonObject session) {
    return api("/cohorts/" + cohort + "/sessions/" + session.getString("id") + "/attendance");
  }

  private static String employeeIds(List<Person> persons) {
    return "{\"employeeIds\":["
        + String.join(",", persons.stream().map(p -> "\"" + p.employeeId() + "\"").toList())
        + "]}";
  }

  // --- manual registrations ---

  /** One registration per 50 persons (a module or the course), every third withdrawn. */
  private void registrations() {
    for (int r = 0; r < Math.max(3, size.staff() / 50); r++) {
      Person p = persons.get(random.nextInt(persons.size()));
      String module = r % 2 == 0 ? "" : ",\"module\":\"" + (char) ('A' + random.nextInt(5)) + "\"";
      JsonObject created =
          json(
              expect(
                  coordinator.post(
                      api("/staff/" + p.employeeId() + "/registrations"),
                      "{\"course\":\"ABC\""
                          + module
                          + ",\"completedOn\":\"20"
                          + (10 + random.nextInt(14))
                          + "-06-10\",\"reason\":\"Papirliste\"}"),
                  201));
      if (r % 3 == 0) {
        expect(
            coordinator.send(
                "DELETE",
                api("/staff/" + p.employeeId() + "/registrations/" + created.getString("id")),
                "application/json",
                "{\"reason\":\"Registrert ved en feil\"}".getBytes(StandardCharsets.UTF_8)),
            200);
      }
    }
  }

  // --- the projector ---

  /** Polls the projection status until nothing is pending; answers how long that took. */
  public Duration awaitProjected(Duration timeout) {
    long started = System.nanoTime();
    long deadline = started + timeout.toNanos();
    while (true) {
      JsonObject status = json(expect(admin.get(api("/progress/status")), 200));
      if (status.getInt("pending") == 0) {
        return Duration.ofNanos(System.nanoTime() - started);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "The projector did not catch up within " + timeout + ": " + status);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** {@code POST …/progress/replay}; answers its outcome. */
  public JsonObject replay() {
    return json(expect(admin.post(api("/progress/replay"), ""), 200));
  }

  // --- plumbing ---

  private void put(String what, String csv) {
    expect(admin.put(api("/" + what), "text/csv", csv.getBytes(StandardCharsets.UTF_8)), 200);
  }

  private String api(String rest) {
    return "api/v1/municipalities/" + code + rest;
  }

  private String uuid() {
    return new UUID(
            (random.nextLong() & ~0xF000L) | 0x4000L,
            (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
        .toString();
  }

  private static String sha1(String mbox) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(mbox.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.request().uri()
              + " answered "
              + response.statusCode()
              + " (expected "
              + status
              + "): "
              + response.body());
    }
    return response;
  }

  private static JsonObject json(HttpResponse<String> response) {
    JsonValue value = Http.json(response);
    return value.asJsonObject();
  }
}
