package no.abctracker.progress;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of a municipality's projection — evidence, module and course completions — read with
 * plain JDBC as sorted lines, to compare two states row by row. Also empties those tables, so that
 * a replay can be shown to rebuild them from the statements alone.
 */
public record ProjectionSnapshot(Map<String, List<String>> tables) {

  static final Map<String, String> QUERIES =
      Map.of(
          "progress_evidence",
          "SELECT e.seq, e.statement_id, e.kind, e.actor_kind, e.actor_value, e.course_code,"
              + " e.module_code, e.activity_id, e.occurred_at, IF(e.voided, 'voided', 'counts')"
              + " FROM progress_evidence e"
              + " JOIN municipality m ON m.id = e.municipality_id WHERE m.code = ? ORDER BY e.seq",
          "module_completion",
          "SELECT p.employee_id, c.course_code, c.module_code, c.completed_at, c.statement_id"
              + " FROM module_completion c JOIN person p ON p.id = c.person_id"
              + " JOIN municipality m ON m.id = c.municipality_id WHERE m.code = ?"
              + " ORDER BY p.employee_id, c.course_code, c.module_code",
          "course_completion",
          "SELECT p.employee_id, c.course_code, c.completed_at, c.basis, c.version_code,"
              + " c.statement_id FROM course_completion c JOIN person p ON p.id = c.person_id"
              + " JOIN municipality m ON m.id = c.municipality_id WHERE m.code = ?"
              + " ORDER BY p.employee_id, c.course_code");

  public static ProjectionSnapshot of(String jdbcUrl, String user, String password, String code)
      throws SQLException {
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
      for (Map.Entry<String, String> query : QUERIES.entrySet()) {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(query.getValue())) {
          select.setString(1, code);
          try (ResultSet rs = select.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              StringBuilder row = new StringBuilder();
              for (int c = 1; c <= columns; c++) {
                row.append(c == 1 ? "" : " | ").append(rs.getString(c));
              }
              rows.add(row.toString());
            }
          }
        }
        tables.put(query.getKey(), rows);
      }
    }
    return new ProjectionSnapshot(tables);
  }

  /** Deletes the municipality's evidence and completions (not its statements). */
  public static void clear(String jdbcUrl, String user, String password, String code)
      throws SQLException {
    try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
      for (String table : List.of("progress_evidence", "module_completion", "course_completion")) {
        try (PreparedStatement delete =
            db.prepareStatement(
                "DELETE t FROM "
                    + table
                    + " t JOIN municipality m ON m.id = t.municipality_id WHERE m.code = ?")) {
          delete.setString(1, code);
          delete.executeUpdate();
        }
      }
    }
  }

  public List<String> rows(String table) {
    return tables.get(table);
  }

  /** Rows of {@code table} that match {@code fragment}. */
  public long count(String table, String fragment) {
    return tables.get(table).stream().filter(r -> r.contains(fragment)).count();
  }

  /** The rows that differ from {@code other}'s, per table, at most {@code limit} of each. */
  public List<String> differencesFrom(ProjectionSnapshot other, int limit) {
    List<String> differences = new ArrayList<>();
    for (String table : tables.keySet()) {
      List<String> mine = tables.get(table);
      List<String> theirs = other.tables.get(table);
      java.util.Set<String> theirSet = new java.util.HashSet<>(theirs);
      java.util.Set<String> mySet = new java.util.HashSet<>(mine);
      List<String> onlyMine = mine.stream().filter(r -> !theirSet.contains(r)).toList();
      List<String> onlyTheirs = theirs.stream().filter(r -> !mySet.contains(r)).toList();
      onlyMine.stream().limit(limit).forEach(r -> differences.add(table + " only before: " + r));
      onlyTheirs.stream().limit(limit).forEach(r -> differences.add(table + " only after: " + r));
      if (onlyMine.isEmpty() && onlyTheirs.isEmpty() && mine.size() != theirs.size()) {
        differences.add(table + ": " + mine.size() + " rows before, " + theirs.size() + " after");
      }
    }
    return differences;
  }

  public String summary() {
    StringBuilder s = new StringBuilder();
    tables.forEach((t, rows) -> s.append(t).append(' ').append(rows.size()).append(" rows; "));
    return s.toString();
  }
}
