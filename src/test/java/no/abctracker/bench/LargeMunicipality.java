package no.abctracker.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A municipality the size of Oslo for the report benchmark, generated: a unit tree of five levels
 * (health and care, 15 districts and a response centre, service areas, units, wards and teams), a
 * roster in the contract's CSV formats (several employments for about one in ten, ended and future
 * ones, every shift pattern and employment kind, KS-like position codes, on call at 0 %), and each
 * person's history with the ABC course (about 60 % complete it, spread over the last 30 months with
 * campaigns, so that the coverage changes month by month). Deterministic for a seed and an end
 * date. E-mail addresses are {@link StatementGenerator#mbox}'s, so the generator's other statements
 * are these persons' too.
 */
final class LargeMunicipality {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
  static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
  static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";
  static final String EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced";
  static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";

  /** How long back the course history goes. */
  static final int HISTORY_MONTHS = 30;

  static final String[] DISTRICTS = {
    "Gamle Oslo", "Grünerløkka", "Sagene", "St. Hanshaugen", "Frogner", "Ullern", "Vestre Aker",
    "Nordre Aker", "Bjerke", "Grorud", "Stovner", "Alna", "Østensjø", "Nordstrand",
    "Søndre Nordstrand"
  };

  static final String[] FIRST_NAMES = {
    "Anne",
    "Inger",
    "Kari",
    "Marit",
    "Ingrid",
    "Liv",
    "Eva",
    "Berit",
    "Astrid",
    "Bjørg",
    "Hilde",
    "Anna",
    "Solveig",
    "Marianne",
    "Randi",
    "Ida",
    "Nina",
    "Maria",
    "Elisabeth",
    "Kristin",
    "Nora",
    "Emma",
    "Sara",
    "Fatima",
    "Amina",
    "Agnieszka",
    "Maja",
    "Jan",
    "Per",
    "Bjørn",
    "Ole",
    "Lars",
    "Kjell",
    "Knut",
    "Arne",
    "Hans",
    "Mohammed",
    "Ali",
    "Tomasz",
    "Jonas",
    "Emil",
    "Thomas"
  };

  static final String[] LAST_NAMES = {
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Johnsen",
    "Pettersen",
    "Eriksen",
    "Berg",
    "Haugen",
    "Hagen",
    "Johannessen",
    "Andreassen",
    "Jacobsen",
    "Dahl",
    "Jørgensen",
    "Halvorsen",
    "Henriksen",
    "Lund",
    "Sørensen",
    "Jakobsen",
    "Moen",
    "Gundersen",
    "Iversen",
    "Strand",
    "Solberg",
    "Ahmed",
    "Khan",
    "Nowak",
    "Kowalski",
    "Ali",
    "Hussain",
    "Mohamed",
    "Nguyen",
    "Svendsen"
  };

  /** KS-like four-digit position codes with titles (not the authoritative KS list). */
  record Position(String code, String title) {}

  static final Position NURSE = new Position("7174", "Sykepleier");
  static final Position HEALTH_WORKER = new Position("7520", "Helsefagarbeider");
  static final Position ASSISTANT = new Position("7522", "Assistent");
  static final Position SPECIALIST_NURSE = new Position("7523", "Spesialsykepleier");
  static final Position SOCIAL_EDUCATOR = new Position("7176", "Vernepleier");
  static final Position SUPPORT_WORKER = new Position("6673", "Miljøarbeider");
  static final Position OCCUPATIONAL_THERAPIST = new Position("6671", "Ergoterapeut");
  static final Position PHYSIOTHERAPIST = new Position("6672", "Fysioterapeut");
  static final Position SPECIALIST_LEAD = new Position("7153", "Fagleder");
  static final Position OPERATOR = new Position("7524", "Operatør responssenter");
  static final Position APPRENTICE = new Position("7525", "Lærling helsearbeiderfaget");
  static final Position HEAD_OF_SERVICE = new Position("9451", "Virksomhetsleder");
  static final Position HEAD_OF_UNIT = new Position("9452", "Avdelingsleder");

  record Unit(String code, String name, String parentCode, String type, int level) {}

  record Employment(
      Unit unit,
      Position position,
      int percent,
      String shift,
      String kind,
      LocalDate start,
      LocalDate end) {}

  record Person(
      int index, String employeeId, String fullName, String email, List<Employment> employments) {

    LocalDate firstStart() {
      return employments.stream().map(Employment::start).min(LocalDate::compareTo).orElseThrow();
    }
  }

  /** One statement of a person's course history: verb, module (index), when, later voided. */
  record Planned(String verb, int module, Instant at, boolean voided) {}

  private final long seed;
  private final LocalDate until;
  private final List<Unit> units = new ArrayList<>();
  private final List<Unit> workplaces = new ArrayList<>();
  private final List<Unit> managed = new ArrayList<>();
  private final List<Person> persons = new ArrayList<>();

  /**
   * @param unitCount at least 182 (the tree down to level 4); the rest are level-5 wards and teams
   * @param until the last day of the history, and the date "today" of the roster
   */
  LargeMunicipality(int unitCount, int staff, long seed, LocalDate until) {
    this.seed = seed;
    this.until = until;
    buildUnits(unitCount);
    for (int i = 0; i < staff; i++) {
      persons.add(person(i));
    }
  }

  List<Unit> units() {
    return units;
  }

  List<Person> persons() {
    return persons;
  }

  // --- units ---

  private void buildUnits(int unitCount) {
    Unit root = add("HO", "Helse og omsorg", null, "ADMINISTRATION", 1);
    workplaces.add(add("RS", "Trygghetsalarmsentralen", root.code(), "RESPONSE_CENTRE", 2));
    managed.add(root);
    List<List<Unit>> wardParents = new ArrayList<>();
    for (int d = 0; d < DISTRICTS.length; d++) {
      String b = String.format("B%02d", d + 1);
      Unit district = add(b, "Bydel " + DISTRICTS[d], root.code(), "ADMINISTRATION", 2);
      managed.add(district);
      Unit homeCare = add(b + "-HT", "Hjemmetjenesten", b, "HOME_CARE", 3);
      Unit nursingHomes = add(b + "-SH", "Sykehjem og helsehus", b, "INSTITUTION", 3);
      Unit housing = add(b + "-BO", "Bo- og miljøtjenester", b, "HOUSING", 3);
      Unit rehab = add(b + "-RD", "Rehabilitering og dagtilbud", b, "REHABILITATION", 3);
      managed.addAll(List.of(homeCare, nursingHomes, housing, rehab));
      Unit north = add(b + "-HT1", "Hjemmetjenesten sone nord", homeCare.code(), "HOME_CARE", 4);
      Unit south = add(b + "-HT2", "Hjemmetjenesten sone sør", homeCare.code(), "HOME_CARE", 4);
      Unit home =
          add(b + "-SH1", DISTRICTS[d] + " sykehjem", nursingHomes.code(), "INSTITUTION", 4);
      Unit health =
          add(b + "-SH2", DISTRICTS[d] + " helsehus", nursingHomes.code(), "INSTITUTION", 4);
      Unit shared = add(b + "-BO1", "Bofellesskap " + DISTRICTS[d], housing.code(), "HOUSING", 4);
      Unit care = add(b + "-BO2", "Omsorg+ " + DISTRICTS[d], housing.code(), "HOUSING", 4);
      workplaces.add(add(b + "-RD1", "Hverdagsrehabilitering", rehab.code(), "REHABILITATION", 4));
      workplaces.add(add(b + "-RD2", "Dagsenter", rehab.code(), "DAY_CENTRE", 4));
      managed.addAll(List.of(north, south, home, health));
      workplaces.addAll(List.of(shared, care));
      wardParents.add(
          List.of(home, health, north, south, home, health, north, south, shared, care));
    }
    if (units.size() > unitCount) {
      throw new IllegalArgumentException("at least " + units.size() + " units, asked " + unitCount);
    }
    // Wards and teams round-robin over the districts, so every district gets about as many.
    int[] children = new int[units.size()];
    for (int slot = 0; units.size() < unitCount; slot++) {
      for (int d = 0; d < DISTRICTS.length && units.size() < unitCount; d++) {
        Unit parent = wardParents.get(d).get(slot % wardParents.get(d).size());
        int n = ++children[units.indexOf(parent)];
        Unit ward =
            switch (parent.type()) {
              case "INSTITUTION" -> add(parent.code() + "-A" + n, "Avdeling " + n, parent, 5);
              case "HOME_CARE" -> add(parent.code() + "-T" + n, "Team " + n, parent, 5);
              default -> add(parent.code() + "-L" + n, "Leilighet " + n, parent, 5);
            };
        workplaces.add(ward);
      }
    }
    // A level-4 unit with wards is managed, not a workplace of its own (except housing).
    for (Unit u : List.copyOf(managed)) {
      if (u.level() == 4 && children[units.indexOf(u)] == 0) {
        workplaces.add(u);
      }
    }
  }

  private Unit add(String code, String name, Unit parent, int level) {
    return add(code, name, parent.code(), parent.type(), level);
  }

  private Unit add(String code, String name, String parent, String type, int level) {
    Unit unit = new Unit(code, name, parent, type, level);
    units.add(unit);
    return unit;
  }

  String unitsCsv() {
    StringBuilder csv = new StringBuilder("unit_code,name,parent_code,unit_type\n");
    for (Unit u : units) {
      csv.append(u.code())
          .append(',')
          .append(u.name())
          .append(',')
          .append(u.parentCode() == null ? "" : u.parentCode())
          .append(',')
          .append(u.type())
          .append('\n');
    }
    return csv.toString();
  }

  // --- staff ---

  private Person person(int i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    String name =
        FIRST_NAMES[r.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[r.nextInt(LAST_NAMES.length)];
    String email = StatementGenerator.mbox(i).substring("mailto:".length());
    List<Employment> employments = new ArrayList<>();
    // One leader per managed unit: the first persons of the roster.
    Employment first = i < managed.size() ? leader(managed.get(i), r) : employment(r, null);
    employments.add(first);
    if (r.nextInt(10) == 0) {
      employments.add(employment(r, first));
    }
    if (r.nextInt(100) < 6) { // left: every employment ended before the end date
      employments.replaceAll(e -> ended(e, r));
    }
    return new Person(i, String.valueOf(200000 + i), name, email, employments);
  }

  private Employment leader(Unit unit, SplittableRandom r) {
    Position position = unit.level() <= 3 ? HEAD_OF_SERVICE : HEAD_OF_UNIT;
    return new Employment(unit, position, 100, "DAY", "PERMANENT", start(r), null);
  }

  /** A care employment; {@code second} when {@code first} is the person's main one. */
  private Employment employment(SplittableRandom r, Employment first) {
    Unit unit = workplace(r);
    while (first != null && unit.equals(first.unit())) {
      unit = workplace(r);
    }
    String kind =
        first == null
            ? pick(
                r,
                new String[] {"PERMANENT", "TEMPORARY", "ON_CALL", "AGENCY", "APPRENTICE"},
                62,
                15,
                12,
                4,
                7)
            : pick(r, new String[] {"ON_CALL", "TEMPORARY", "PERMANENT"}, 50, 30, 20);
    int percent =
        kind.equals("ON_CALL")
            ? 0
            : first != null
                ? 10 + 5 * r.nextInt(7)
                : switch (pick(r, new String[] {"100", "75", "50", "1"}, 35, 25, 25, 15)) {
                  case "100" -> 100;
                  case "75" -> 75 + 5 * r.nextInt(5);
                  case "50" -> 50 + 5 * r.nextInt(5);
                  default -> 20 + 5 * r.nextInt(6);
                };
    LocalDate start = start(r);
    if (first != null && start.isBefore(first.start())) {
      start = first.start().plusDays(r.nextInt(400));
    }
    LocalDate end = null;
    if (kind.equals("TEMPORARY") && r.nextInt(10) < 5) {
      end = (start.isAfter(until) ? start : until).plusDays(30 + r.nextInt(330));
    }
    return new Employment(unit, position(unit, kind, r), percent, shift(unit, r), kind, start, end);
  }

  /** Mostly recent starts (about six years on average, at most 25), 2 % in the coming months. */
  private LocalDate start(SplittableRandom r) {
    if (r.nextInt(50) == 0) {
      return until.plusDays(1 + r.nextInt(120));
    }
    long days = (long) Math.min(25 * 365, -Math.log(1 - r.nextDouble()) * 6 * 365);
    return until.minusDays(days);
  }

  private Employment ended(Employment e, SplittableRandom r) {
    if (!e.start().isBefore(until.minusDays(1))) {
      return e;
    }
    long days = ChronoUnit.DAYS.between(e.start(), until.minusDays(1));
    LocalDate end = e.start().plusDays(r.nextLong(days + 1));
    return new Employment(e.unit(), e.position(), e.percent(), e.shift(), e.kind(), e.start(), end);
  }

  private Unit workplace(SplittableRandom r) {
    // Nursing homes and home care employ most; day centres and rehabilitation fewer.
    while (true) {
      Unit u = workplaces.get(r.nextInt(workplaces.size()));
      int weight =
          switch (u.type()) {
            case "INSTITUTION", "HOME_CARE" -> 10;
            case "HOUSING" -> 6;
            case "RESPONSE_CENTRE" -> 10;
            default -> 4;
          };
      if (r.nextInt(10) < weight) {
        return u;
      }
    }
  }

  private static String shift(Unit unit, SplittableRandom r) {
    String[] all = {"DAY", "TWO_SHIFT", "THREE_SHIFT", "NIGHT", "WEEKEND", "LONG_SHIFT"};
    return switch (unit.type()) {
      case "INSTITUTION" -> pick(r, all, 5, 20, 35, 15, 15, 10);
      case "HOME_CARE" -> pick(r, all, 25, 35, 15, 10, 10, 5);
      case "HOUSING" -> pick(r, all, 10, 15, 30, 10, 5, 30);
      case "RESPONSE_CENTRE" -> pick(r, all, 0, 0, 60, 10, 0, 30);
      default -> pick(r, all, 80, 20, 0, 0, 0, 0);
    };
  }

  private static Position position(Unit unit, String kind, SplittableRandom r) {
    if (kind.equals("APPRENTICE")) {
      return APPRENTICE;
    }
    Position[] care = {
      HEALTH_WORKER,
      NURSE,
      ASSISTANT,
      SPECIALIST_NURSE,
      SOCIAL_EDUCATOR,
      SUPPORT_WORKER,
      SPECIALIST_LEAD
    };
    return switch (unit.type()) {
      case "INSTITUTION" -> pick(r, care, 35, 28, 20, 7, 2, 3, 5);
      case "HOME_CARE" -> pick(r, care, 35, 35, 15, 5, 2, 3, 5);
      case "HOUSING" -> pick(r, care, 25, 10, 15, 2, 25, 20, 3);
      case "RESPONSE_CENTRE" -> r.nextInt(10) < 7 ? OPERATOR : NURSE;
      default ->
          pick(
              r,
              new Position[] {OCCUPATIONAL_THERAPIST, PHYSIOTHERAPIST, HEALTH_WORKER, NURSE},
              35,
              35,
              20,
              10);
    };
  }

  @SafeVarargs
  private static <T> T pick(SplittableRandom r, T[] values, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int n = r.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      n -= weights[i];
      if (n < 0) {
        return values[i];
      }
    }
    throw new IllegalStateException();
  }

  String staffCsv() {
    StringBuilder csv =
        new StringBuilder(
            "employee_id,full_name,email,unit_code,position_code,position_title,employment_percent,"
                + "shift_pattern,employment_kind,start_date,end_date\n");
    for (Person p : persons) {
      for (Employment e : p.employments()) {
        csv.append(p.employeeId())
            .append(',')
            .append(p.fullName())
            .append(',')
            .append(p.email())
            .append(',')
            .append(e.unit().code())
            .append(',')
            .append(e.position().code())
            .append(',')
            .append(e.position().title())
            .append(',')
            .append(e.percent())
            .append(',')
            .append(e.shift())
            .append(',')
            .append(e.kind())
            .append(',')
            .append(e.start())
            .append(',')
            .append(e.end() == null ? "" : e.end().toString())
            .append('\n');
      }
    }
    return csv.toString();
  }

  // --- the course history ---

  /**
   * The person's statements on the course's mandatory modules (indexes {@code 0..modules-1}): 60 %
   * complete all of them (completed or passed, some twice, after attempts, some failures), 20 %
   * some, the rest only look at them; about 1 % of the completions are voided later. Never before
   * the history starts or after the end date; completions not before the person started.
   */
  List<Planned> history(Person p, int modules) {
    SplittableRandom r = new SplittableRandom(seed * 7_919L + p.index());
    Instant end = until.atTime(LocalTime.of(22, 0)).atZone(OSLO).toInstant();
    Instant begin = until.minusMonths(HISTORY_MONTHS).atStartOfDay(OSLO).toInstant();
    Instant started = p.firstStart().atStartOfDay(OSLO).toInstant();
    Instant earliest = started.isAfter(begin) ? started : begin;
    List<Planned> planned = new ArrayList<>();
    int kind = r.nextInt(100);
    if (!earliest.isBefore(end)) {
      kind = 99; // starts in the future: nothing to complete yet
    }
    if (kind < 60) {
      Instant finished = when(r, earliest, end);
      for (int m = 0; m < modules; m++) {
        Instant at =
            m == modules - 1 ? finished : later(finished.minus(days(r, 40)), earliest, finished);
        module(planned, r, m, at, end);
      }
    } else if (kind < 80) {
      for (int m = 0; m < modules; m++) {
        if (r.nextInt(modules) < modules / 2) {
          module(planned, r, m, when(r, earliest, end), end);
        }
      }
    } else {
      for (int n = r.nextInt(4); n > 0; n--) {
        planned.add(new Planned(EXPERIENCED, r.nextInt(modules), when(r, begin, end), false));
      }
    }
    return planned;
  }

  /** Attempts before, the completion, sometimes a second one after. */
  private static void module(
      List<Planned> planned, SplittableRandom r, int m, Instant at, Instant end) {
    for (int n = 1 + r.nextInt(3); n > 0; n--) {
      planned.add(
          new Planned(r.nextBoolean() ? ATTEMPTED : EXPERIENCED, m, at.minus(days(r, 14)), false));
    }
    if (r.nextInt(10) == 0) {
      planned.add(new Planned(FAILED, m, at.minus(days(r, 3)), false));
    }
    String verb = r.nextInt(100) < 65 ? COMPLETED : PASSED;
    planned.add(new Planned(verb, m, at, r.nextInt(100) == 0));
    if (r.nextInt(5) == 0) {
      Instant again = at.plus(days(r, 10));
      planned.add(
          new Planned(
              verb.equals(COMPLETED) ? PASSED : COMPLETED,
              m,
              again.isAfter(end) ? end : again,
              r.nextInt(100) == 0));
    }
  }

  private static Duration days(SplittableRandom r, int max) {
    return Duration.ofMinutes(r.nextLong(max * 24L * 60));
  }

  /** {@code at}, or halfway between the earliest and the latest when it is too early. */
  private static Instant later(Instant at, Instant earliest, Instant latest) {
    return at.isBefore(earliest)
        ? earliest.plusMillis(Duration.between(earliest, latest).toMillis() / 2)
        : at;
  }

  /**
   * An instant between {@code earliest} and {@code end}, by month weights: campaigns in spring and
   * autumn, little in July and December, more in recent months.
   */
  private Instant when(SplittableRandom r, Instant earliest, Instant end) {
    Instant begin = until.minusMonths(HISTORY_MONTHS).atStartOfDay(OSLO).toInstant();
    for (int attempt = 0; attempt < 20; attempt++) {
      int back = r.nextInt(HISTORY_MONTHS);
      LocalDate month = until.minusMonths(back).withDayOfMonth(1);
      double weight =
          switch (month.getMonthValue()) {
                case 9, 10, 11 -> 2.0;
                case 2, 3, 4 -> 1.6;
                case 7 -> 0.2;
                case 12, 6, 8 -> 0.6;
                default -> 1.0;
              }
              * (1.5 - back / 60.0);
      if (r.nextDouble() * 3.0 > weight) {
        continue;
      }
      Instant from = month.atStartOfDay(OSLO).toInstant();
      Instant to = month.plusMonths(1).atStartOfDay(OSLO).toInstant();
      from = from.isBefore(begin) ? begin : from;
      to = to.isAfter(end) ? end : to;
      if (!from.isBefore(to)) {
        continue;
      }
      Instant at = from.plusMillis(r.nextLong(Duration.between(from, to).toMillis()));
      if (!at.isBefore(earliest)) {
        return at;
      }
    }
    // Whoever started late completes soon after starting.
    long span = Duration.between(earliest, end).toMillis();
    return earliest.plusMillis(r.nextLong(Math.max(1, Math.min(span, 60L * 24 * 3600 * 1000))));
  }
}
