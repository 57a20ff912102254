package no.abctracker.progress.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The JDBC pieces the projection's tables share: multi-row inserts (one round trip for many rows;
 * the driver sends a JDBC batch one statement at a time), {@code IN} lists, and UTC times.
 */
final class Sql {

  static final int ROWS_PER_STATEMENT = 500;

  private Sql() {}

  /**
   * {@code INSERT INTO table (columns) VALUES (…), (…) [suffix]} for every row, in statements of up
   * to {@link #ROWS_PER_STATEMENT} rows; each row holds one JDBC value per column.
   */
  static void insert(
      Connection db, String table, List<String> columns, List<Object[]> rows, String suffix)
      throws SQLException {
    String row = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
    String prefix = "INSERT INTO " + table + " (" + String.join(",", columns) + ") VALUES ";
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      int to = Math.min(rows.size(), from + ROWS_PER_STATEMENT);
      String sql = prefix + String.join(",", Collections.nCopies(to - from, row)) + suffix;
      try (PreparedStatement insert = db.prepareStatement(sql)) {
        int p = 1;
        for (int i = from; i < to; i++) {
          for (Object value : rows.get(i)) {
            insert.setObject(p++, value);
          }
        }
        insert.executeUpdate();
      }
    }
  }

  static String placeholders(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }

  /** Binds {@code values} from parameter {@code first} on; answers the next parameter index. */
  static int bind(PreparedStatement statement, int first, Collection<?> values)
      throws SQLException {
    int p = first;
    for (Object value : values) {
      statement.setObject(p++, value);
    }
    return p;
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(LocalDateTime utc) {
    return utc.toInstant(ZoneOffset.UTC);
  }

  /** {@code values} in chunks small enough for one statement's parameter list. */
  static <T> List<List<T>> chunks(List<T> values, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < values.size(); from += size) {
      chunks.add(values.subList(from, Math.min(values.size(), from + size)));
    }
    return chunks;
  }
}
