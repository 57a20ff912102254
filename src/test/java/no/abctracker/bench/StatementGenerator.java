package no.abctracker.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Realistic statements as an LMS would send them for the ABC course: a staff member from a pool
 * (e-mail identified), a verb among completed/passed/attempted/experienced, an ABC module as the
 * object, the course as context parent, a registration, a result and a timestamp in the past year.
 * Each has a unique id. One instance per thread (not thread-safe).
 */
final class StatementGenerator {

  static final String MUNICIPALITY = "9999";
  static final String COURSE = "https://abc-tracker.no/xapi/activities/abc";

  static final List<String> VERBS =
      List.of(
          "http://adlnet.gov/expapi/verbs/completed",
          "http://adlnet.gov/expapi/verbs/passed",
          "http://adlnet.gov/expapi/verbs/attempted",
          "http://adlnet.gov/expapi/verbs/experienced");

  static final List<String> MODULES =
      List.of(
          "velferdsteknologi-og-tjenesteinnovasjon",
          "varslings-og-lokaliseringsteknologi",
          "digitalt-tilsyn",
          "elektroniske-medisineringsstotter",
          "trygghetsskapende-teknologi",
          "kommunikasjon-og-samhandling",
          "personvern-og-informasjonssikkerhet",
          "etikk-og-velferdsteknologi",
          "kartlegging-og-behov",
          "implementering-i-praksis",
          "oppfolging-og-evaluering",
          "dokumentasjon-og-erfaringer");

  /** The ABC course of the shipped catalogue and its modules: statements that become evidence. */
  static final String CATALOGUE_COURSE =
      "https://abc-tracker.no/xapi/courses/velferdsteknologiens-abc";

  static final List<String> CATALOGUE_MODULES = List.of("a", "b", "c", "d", "e");

  static final Duration ONE_YEAR = Duration.ofDays(365);

  private final SplittableRandom random;
  private final int staffPool;
  private final String course;
  private final List<String> moduleIds;
  private final List<String> moduleNames;
  private final Instant now;
  private final long spanMillis;

  StatementGenerator(long seed, int staffPool) {
    this(seed, staffPool, false);
  }

  /**
   * With {@code catalogue}, the object is a module of the catalogue's ABC course (a-e), so that
   * completed and passed statements (half of them) count as progress evidence.
   */
  StatementGenerator(long seed, int staffPool, boolean catalogue) {
    this(
        seed,
        staffPool,
        catalogue ? CATALOGUE_COURSE : COURSE,
        catalogue ? CATALOGUE_MODULES : MODULES,
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        ONE_YEAR);
  }

  /**
   * Timestamps in the {@code span} before {@code until} (a fixed instant makes the statements a
   * function of the seed alone); objects the modules {@code course/modules/{slug}}.
   */
  StatementGenerator(
      long seed,
      int staffPool,
      String course,
      List<String> moduleSlugs,
      Instant until,
      Duration span) {
    this(
        seed,
        staffPool,
        course,
        moduleSlugs.stream().map(slug -> course + "/modules/" + slug).toList(),
        moduleSlugs.stream().map(slug -> slug.replace('-', ' ')).toList(),
        until,
        span);
  }

  /** Modules given by their activity ids and names, as the course catalogue answers them. */
  StatementGenerator(
      long seed,
      int staffPool,
      String course,
      List<String> moduleIds,
      List<String> moduleNames,
      Instant until,
      Duration span) {
    this.random = new SplittableRandom(seed);
    this.staffPool = staffPool;
    this.course = course;
    this.moduleIds = List.copyOf(moduleIds);
    this.moduleNames = List.copyOf(moduleNames);
    this.now = until.truncatedTo(ChronoUnit.MILLIS);
    this.spanMillis = span.toMillis();
  }

  /** One generated statement: the fields queries filter on, and the JSON that is sent. */
  record Generated(
      UUID id,
      String mbox,
      String verb,
      String activity,
      UUID registration,
      Instant timestamp,
      String json) {}

  static String mbox(int staff) {
    return String.format("mailto:ansatt.%05d@kommune%s.no", staff, MUNICIPALITY);
  }

  String module(int index) {
    return moduleIds.get(index);
  }

  int moduleCount() {
    return moduleIds.size();
  }

  String randomMbox() {
    return mbox(random.nextInt(staffPool));
  }

  String randomVerb() {
    return VERBS.get(random.nextInt(VERBS.size()));
  }

  Generated next() {
    UUID id = uuid();
    int staff = random.nextInt(staffPool);
    String verb = VERBS.get(random.nextInt(VERBS.size()));
    int moduleIndex = random.nextInt(moduleIds.size());
    Instant timestamp = now.minusMillis(random.nextLong(spanMillis));
    return statement(id, staff, verb, moduleIndex, timestamp);
  }

  /** A random version 4 UUID from this generator's seed. */
  UUID uuid() {
    return new UUID(
        (random.nextLong() & ~0xF000L) | 0x4000L,
        (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
  }

  /**
   * The statement of staff member {@code staff} with this verb on module {@code moduleIndex} at
   * {@code timestamp}; the result (score, success, duration) fits the verb and is drawn from this
   * generator.
   */
  Generated statement(UUID id, int staff, String verb, int moduleIndex, Instant timestamp) {
    String mbox = mbox(staff);
    String activity = module(moduleIndex);
    UUID registration = UUID.nameUUIDFromBytes((mbox + "#abc").getBytes());

    StringBuilder json = new StringBuilder(900);
    json.append("{\"id\":\"").append(id).append('"');
    json.append(",\"actor\":{\"objectType\":\"Agent\",\"name\":\"Ansatt ")
        .append(String.format("%05d", staff))
        .append("\",\"mbox\":\"")
        .append(mbox)
        .append("\"}");
    json.append(",\"verb\":{\"id\":\"")
        .append(verb)
        .append("\",\"display\":{\"en-US\":\"")
        .append(verb.substring(verb.lastIndexOf('/') + 1))
        .append("\"}}");
    json.append(",\"object\":{\"objectType\":\"Activity\",\"id\":\"")
        .append(activity)
        .append("\",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/module\"")
        .append(",\"name\":{\"nb-NO\":\"ABC modul ")
        .append(moduleIndex + 1)
        .append(": ")
        .append(moduleNames.get(moduleIndex))
        .append("\"}}}");
    switch (verb.substring(verb.lastIndexOf('/') + 1)) {
      case "completed", "passed" ->
          json.append(",\"result\":{\"completion\":true,\"success\":true,\"score\":{\"scaled\":")
              .append(String.format("%.2f", 0.6 + random.nextDouble() * 0.4).replace(',', '.'))
              .append("},\"duration\":\"PT")
              .append(5 + random.nextInt(55))
              .append("M\"}");
      case "attempted" -> json.append(",\"result\":{\"completion\":false}");
      case "failed" ->
          json.append(",\"result\":{\"completion\":true,\"success\":false,\"score\":{\"scaled\":")
              .append(String.format("%.2f", random.nextDouble() * 0.6).replace(',', '.'))
              .append("}}");
      default ->
          json.append(",\"result\":{\"duration\":\"PT")
              .append(1 + random.nextInt(30))
              .append("M\"}");
    }
    json.append(",\"context\":{\"registration\":\"")
        .append(registration)
        .append("\",\"platform\":\"ABC e-laering\",\"language\":\"nb-NO\"")
        .append(",\"contextActivities\":{\"parent\":[{\"objectType\":\"Activity\",\"id\":\"")
        .append(course)
        .append("\"}],\"grouping\":[{\"objectType\":\"Activity\",\"id\":\"")
        .append(course)
        .append("/cohorts/")
        .append(staff % 50)
        .append("\"}]}}");
    json.append(",\"timestamp\":\"").append(timestamp).append("\"}");
    return new Generated(id, mbox, verb, activity, registration, timestamp, json.toString());
  }
}
