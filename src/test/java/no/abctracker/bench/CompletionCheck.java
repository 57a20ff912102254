package no.abctracker.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Compares what the database holds with the {@link Ledger}: every acknowledged statement stored (0
 * lost), every statement an acknowledged voiding statement names stored as voided and no other, and
 * the module and course completions recomputed here, independently, from the acknowledged
 * statements by the product's rule — a module is completed at the earliest timestamp of its
 * non-voided completed or passed statements, a course when all its mandatory modules are, at the
 * latest of those. Every difference is listed with the statements behind it.
 */
final class CompletionCheck {

  static final Set<String> COMPLETING =
      Set.of("http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/passed");

  /** The catalogue's course: its code, module codes in generator order, mandatory ones. */
  record Course(String code, List<String> modules, Set<String> mandatory) {}

  record Result(
      int acknowledged,
      List<String> lost,
      List<String> voiding,
      List<String> modules,
      List<String> courses,
      int expectedModules,
      int expectedCourses) {

    boolean clean() {
      return lost.isEmpty() && voiding.isEmpty() && modules.isEmpty() && courses.isEmpty();
    }

    String report() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "  acknowledged statements: %,d; lost: %d; voiding not as acknowledged: %d%n"
                  + "  module completions expected %,d, differences %d; course completions"
                  + " expected %,d, differences %d%n",
              acknowledged,
              lost.size(),
              voiding.size(),
              expectedModules,
              modules.size(),
              expectedCourses,
              courses.size()));
      for (List<String> list : List.of(lost, voiding, modules, courses)) {
        list.stream().limit(12).forEach(line -> out.append("    ").append(line).append('\n'));
        if (list.size() > 12) {
          out.append("    … and ").append(list.size() - 12).append(" more\n");
        }
      }
      return out.toString();
    }
  }

  private CompletionCheck() {}

  static String employeeId(int staff) {
    return String.valueOf(200000 + staff);
  }

  static Result of(
      Ledger ledger, Course course, String jdbcUrl, String user, String password, String code)
      throws SQLException {
    Map<String, Boolean> stored = new HashMap<>();
    Map<String, Instant> modulesStored = new TreeMap<>();
    Map<String, String> moduleEvidence = new HashMap<>();
    Map<String, Instant> coursesStored = new TreeMap<>();
    try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
      query(
          db,
          "SELECT s.statement_id, s.voided FROM xapi_statement s JOIN municipality m"
              + " ON m.id = s.municipality_id WHERE m.code = ?",
          code,
          null,
          rs -> stored.put(rs.getString(1), rs.getBoolean(2)));
      query(
          db,
          "SELECT p.employee_id, c.module_code, c.completed_at, c.statement_id"
              + " FROM module_completion c JOIN person p ON p.id = c.person_id"
              + " JOIN municipality m ON m.id = c.municipality_id"
              + " WHERE m.code = ? AND c.course_code = ?",
          code,
          course.code(),
          rs -> {
            String key = rs.getString(1) + " " + rs.getString(2);
            modulesStored.put(key, instant(rs, 3));
            moduleEvidence.put(key, rs.getString(4));
          });
      query(
          db,
          "SELECT p.employee_id, c.completed_at FROM course_completion c"
              + " JOIN person p ON p.id = c.person_id JOIN municipality m ON m.id = c.municipality_id"
              + " WHERE m.code = ? AND c.course_code = ?",
          code,
          course.code(),
          rs -> coursesStored.put(rs.getString(1), instant(rs, 2)));
    }

    List<String> lost = new ArrayList<>();
    for (UUID id : ledger.statements().keySet()) {
      if (!stored.containsKey(id.toString())) {
        lost.add("lost: statement " + id + " " + ledger.statements().get(id));
      }
    }
    for (UUID id : ledger.voidings().keySet()) {
      if (!stored.containsKey(id.toString())) {
        lost.add("lost: voiding statement " + id + " of " + ledger.voidings().get(id));
      }
    }

    Set<UUID> voided = ledger.voidedTargets();
    List<String> voiding = new ArrayList<>();
    for (UUID target : voided) {
      if (Boolean.FALSE.equals(stored.get(target.toString()))) {
        voiding.add(
            "not voided although its voiding statement was acknowledged: "
                + ledger.statements().get(target));
      }
    }
    for (Ledger.Sent sent : ledger.statements().values()) {
      if (Boolean.TRUE.equals(stored.get(sent.id().toString())) && !voided.contains(sent.id())) {
        voiding.add("voided, but no voiding statement was acknowledged: " + sent);
      }
    }

    // The independent recomputation.
    Map<String, List<Ledger.Sent>> evidence = new TreeMap<>();
    for (Ledger.Sent sent : ledger.statements().values()) {
      if (COMPLETING.contains(sent.verb()) && !voided.contains(sent.id())) {
        evidence
            .computeIfAbsent(
                employeeId(sent.staff()) + " " + course.modules().get(sent.module()),
                k -> new ArrayList<>())
            .add(sent);
      }
    }
    Map<String, Instant> modulesExpected = new TreeMap<>();
    Set<String> ties = new HashSet<>();
    evidence.forEach(
        (key, sent) -> {
          Instant first = sent.stream().map(Ledger.Sent::timestamp).min(Instant::compareTo).get();
          modulesExpected.put(key, first);
          if (sent.stream().filter(s -> s.timestamp().equals(first)).count() > 1) {
            ties.add(key);
          }
        });
    List<String> modules = new ArrayList<>();
    Set<String> keys = new HashSet<>(modulesExpected.keySet());
    keys.addAll(modulesStored.keySet());
    for (String key : new java.util.TreeSet<>(keys)) {
      Instant expected = modulesExpected.get(key);
      Instant actual = modulesStored.get(key);
      if (expected == null || !expected.equals(actual)) {
        modules.add(
            "module "
                + key
                + ": expected "
                + (expected == null ? "not completed" : expected)
                + ", stored "
                + (actual == null ? "not completed" : actual + " by " + moduleEvidence.get(key))
                + "; completing statements acknowledged: "
                + describe(ledger, evidenceOf(ledger, course, key), voided));
      } else if (!ties.contains(key)
          && evidence.get(key).stream()
              .filter(s -> s.timestamp().equals(expected))
              .noneMatch(s -> s.id().toString().equals(moduleEvidence.get(key)))) {
        modules.add("module " + key + ": stored with evidence " + moduleEvidence.get(key));
      }
    }

    Map<String, Instant> coursesExpected = new TreeMap<>();
    Map<String, Map<String, Instant>> byPerson = new HashMap<>();
    modulesExpected.forEach(
        (key, at) -> {
          String[] parts = key.split(" ");
          byPerson.computeIfAbsent(parts[0], p -> new HashMap<>()).put(parts[1], at);
        });
    byPerson.forEach(
        (person, done) -> {
          if (!course.mandatory().isEmpty() && done.keySet().containsAll(course.mandatory())) {
            coursesExpected.put(
                person, course.mandatory().stream().map(done::get).max(Instant::compareTo).get());
          }
        });
    List<String> courses = new ArrayList<>();
    Set<String> persons = new HashSet<>(coursesExpected.keySet());
    persons.addAll(coursesStored.keySet());
    for (String person : new java.util.TreeSet<>(persons)) {
      Instant expected = coursesExpected.get(person);
      Instant actual = coursesStored.get(person);
      if (expected == null || !expected.equals(actual)) {
        courses.add(
            "course of "
                + person
                + ": expected "
                + (expected == null ? "not completed" : expected)
                + ", stored "
                + (actual == null ? "not completed" : actual));
      }
    }
    return new Result(
        ledger.size(),
        lost,
        voiding,
        modules,
        courses,
        modulesExpected.size(),
        coursesExpected.size());
  }

  private static List<Ledger.Sent> evidenceOf(Ledger ledger, Course course, String key) {
    return ledger.statements().values().stream()
        .filter(s -> COMPLETING.contains(s.verb()))
        .filter(s -> (employeeId(s.staff()) + " " + course.modules().get(s.module())).equals(key))
        .sorted(java.util.Comparator.comparing(Ledger.Sent::timestamp))
        .toList();
  }

  private static String describe(Ledger ledger, List<Ledger.Sent> sent, Set<UUID> voided) {
    StringBuilder out = new StringBuilder();
    for (Ledger.Sent s : sent) {
      out.append(s.id())
          .append(" at ")
          .append(s.timestamp())
          .append(voided.contains(s.id()) ? " (voided)" : "")
          .append("; ");
    }
    return out.toString();
  }

  interface Row {
    void accept(ResultSet rs) throws SQLException;
  }

  private static void query(Connection db, String sql, String first, String second, Row row)
      throws SQLException {
    try (PreparedStatement select = db.prepareStatement(sql)) {
      select.setString(1, first);
      if (second != null) {
        select.setString(2, second);
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          row.accept(rs);
        }
      }
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    LocalDateTime at = rs.getObject(column, LocalDateTime.class);
    return at == null ? null : at.toInstant(ZoneOffset.UTC);
  }
}
