package no.abctracker.progress.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.abctracker.configuration.MultiRowInsert;
import no.abctracker.configuration.SqlTimes;
import no.abctracker.progress.entity.Basis;
import no.abctracker.progress.entity.Completions;
import no.abctracker.progress.entity.CourseCompletion;
import no.abctracker.progress.entity.ModuleCompletion;

/**
 * The SQL of {@code module_completion} and {@code course_completion}: read the completions of some
 * persons, and write only what differs from what a recompute says they should be. Only the holder
 * of the municipality's projector lock writes here; should two writers ever race anyway, a write
 * applies only to rows as the writer read them ({@link #write}), so a writer that computed from an
 * older snapshot never overwrites newer evidence's completion, nor moves it later.
 */
final class CompletionTable {

  private static final int IDS_PER_QUERY = 1000;

  private CompletionTable() {}

  static Map<Long, Completions> ofPersons(
      Connection db, long municipalityId, Collection<Long> personIds) throws SQLException {
    return read(db, municipalityId, personIds, "");
  }

  /**
   * The completions as committed now (a locking read sees past the transaction's snapshot), locked
   * until the transaction ends.
   */
  private static Map<Long, Completions> locked(
      Connection db, long municipalityId, Collection<Long> personIds) throws SQLException {
    return read(db, municipalityId, personIds, " FOR UPDATE");
  }

  private static Map<Long, Completions> read(
      Connection db, long municipalityId, Collection<Long> personIds, String lock)
      throws SQLException {
    Map<Long, List<ModuleCompletion>> modules = new HashMap<>();
    Map<Long, List<CourseCompletion>> courses = new HashMap<>();
    for (List<Long> chunk : Sql.chunks(List.copyOf(personIds), IDS_PER_QUERY)) {
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT person_id, course_code, module_code, completed_at, statement_id"
                  + " FROM module_completion WHERE person_id IN ("
                  + Sql.placeholders(chunk.size())
                  + ") AND municipality_id = ?"
                  + lock)) {
        select.setLong(Sql.bind(select, 1, chunk), municipalityId);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            modules
                .computeIfAbsent(rs.getLong(1), p -> new ArrayList<>())
                .add(
                    new ModuleCompletion(
                        rs.getString(2),
                        rs.getString(3),
                        Sql.instant(SqlTimes.dateTime(rs, 4)),
                        rs.getString(5)));
          }
        }
      }
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT person_id, course_code, completed_at, basis, version_code, statement_id"
                  + " FROM course_completion WHERE person_id IN ("
                  + Sql.placeholders(chunk.size())
                  + ") AND municipality_id = ?"
                  + lock)) {
        select.setLong(Sql.bind(select, 1, chunk), municipalityId);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            courses
                .computeIfAbsent(rs.getLong(1), p -> new ArrayList<>())
                .add(
                    new CourseCompletion(
                        rs.getString(2),
                        Sql.instant(SqlTimes.dateTime(rs, 3)),
                        Basis.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6)));
          }
        }
      }
    }
    Set<Long> persons = new HashSet<>(modules.keySet());
    persons.addAll(courses.keySet());
    Map<Long, Completions> completions = new HashMap<>();
    for (Long person : persons) {
      completions.put(
          person,
          new Completions(
              modules.getOrDefault(person, List.of()), courses.getOrDefault(person, List.of())));
    }
    return completions;
  }

  /**
   * Makes the stored completions of each person in {@code wanted} equal to it ({@code current} is
   * what this transaction read): upserts what is new or changed, deletes what is no longer there.
   * First it locks the rows it changes as committed now; a row that is neither what it read nor
   * already what it wants was written by another transaction since: {@link ConcurrentProjection},
   * and the caller rolls back. Writing what is already there is not a conflict (two runs that
   * applied the same work agree).
   */
  static void write(
      Connection db,
      long municipalityId,
      Map<Long, Completions> current,
      Map<Long, Completions> wanted)
      throws SQLException {
    List<Object[]> moduleRows = new ArrayList<>();
    List<Object[]> moduleGone = new ArrayList<>();
    List<Object[]> courseRows = new ArrayList<>();
    List<Object[]> courseGone = new ArrayList<>();
    Set<Long> changing = new HashSet<>();
    for (Map.Entry<Long, Completions> entry : wanted.entrySet()) {
      if (!current.getOrDefault(entry.getKey(), Completions.NONE).equals(entry.getValue())) {
        changing.add(entry.getKey());
      }
    }
    if (changing.isEmpty()) {
      return;
    }
    Map<Long, Completions> committed = locked(db, municipalityId, changing);
    for (Long person : changing) {
      unchangedSinceRead(
          person,
          current.getOrDefault(person, Completions.NONE),
          committed.getOrDefault(person, Completions.NONE),
          wanted.get(person));
    }
    for (Map.Entry<Long, Completions> entry : wanted.entrySet()) {
      long person = entry.getKey();
      Completions now = current.getOrDefault(person, Completions.NONE);
      Completions next = entry.getValue();
      for (ModuleCompletion m : next.modules()) {
        if (!now.modules().contains(m)) {
          moduleRows.add(
              new Object[] {
                municipalityId,
                person,
                m.courseCode(),
                m.moduleCode(),
                Sql.utc(m.completedAt()),
                m.statementId()
              });
        }
      }
      for (ModuleCompletion m : now.modules()) {
        if (next.module(m.courseCode(), m.moduleCode()).isEmpty()) {
          moduleGone.add(new Object[] {person, m.courseCode(), m.moduleCode()});
        }
      }
      for (CourseCompletion c : next.courses()) {
        if (!now.courses().contains(c)) {
          courseRows.add(
              new Object[] {
                municipalityId,
                person,
                c.courseCode(),
                Sql.utc(c.completedAt()),
                c.basis().name(),
                c.versionCode(),
                c.statementId()
              });
        }
      }
      for (CourseCompletion c : now.courses()) {
        if (next.course(c.courseCode()).isEmpty()) {
          courseGone.add(new Object[] {person, c.courseCode()});
        }
      }
    }
    MultiRowInsert.insertAll(
        db,
        "module_completion",
        List.of(
            "municipality_id",
            "person_id",
            "course_code",
            "module_code",
            "completed_at",
            "statement_id"),
        moduleRows,
        " ON DUPLICATE KEY UPDATE completed_at = VALUES(completed_at),"
            + " statement_id = VALUES(statement_id)");
    MultiRowInsert.insertAll(
        db,
        "course_completion",
        List.of(
            "municipality_id",
            "person_id",
            "course_code",
            "completed_at",
            "basis",
            "version_code",
            "statement_id"),
        courseRows,
        " ON DUPLICATE KEY UPDATE completed_at = VALUES(completed_at), basis = VALUES(basis),"
            + " version_code = VALUES(version_code), statement_id = VALUES(statement_id)");
    delete(
        db,
        "DELETE FROM module_completion WHERE person_id = ? AND course_code = ? AND module_code = ?",
        moduleGone);
    delete(db, "DELETE FROM course_completion WHERE person_id = ? AND course_code = ?", courseGone);
  }

  /**
   * Each row this write changes must be committed as {@code read} had it, or already be as {@code
   * wanted} has it.
   */
  private static void unchangedSinceRead(
      long person, Completions read, Completions committed, Completions wanted) {
    Set<List<String>> modules = new HashSet<>();
    for (Completions c : List.of(read, wanted)) {
      c.modules().forEach(m -> modules.add(List.of(m.courseCode(), m.moduleCode())));
    }
    for (List<String> key : modules) {
      var was = read.module(key.get(0), key.get(1));
      var wants = wanted.module(key.get(0), key.get(1));
      var is = committed.module(key.get(0), key.get(1));
      if (!was.equals(wants) && !is.equals(was) && !is.equals(wants)) {
        throw new ConcurrentProjection(person, "of module " + key.get(0) + "/" + key.get(1));
      }
    }
    Set<String> courses = new HashSet<>();
    for (Completions c : List.of(read, wanted)) {
      c.courses().forEach(course -> courses.add(course.courseCode()));
    }
    for (String course : courses) {
      var was = read.course(course);
      var wants = wanted.course(course);
      var is = committed.course(course);
      if (!was.equals(wants) && !is.equals(was) && !is.equals(wants)) {
        throw new ConcurrentProjection(person, "of course " + course);
      }
    }
  }

  private static void delete(Connection db, String sql, List<Object[]> keys) throws SQLException {
    if (keys.isEmpty()) {
      return;
    }
    try (PreparedStatement delete = db.prepareStatement(sql)) {
      for (Object[] key : keys) {
        for (int i = 0; i < key.length; i++) {
          delete.setObject(i + 1, key[i]);
        }
        delete.addBatch();
      }
      delete.executeBatch();
    }
  }
}
