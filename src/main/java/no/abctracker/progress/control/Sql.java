package no.abctracker.progress.control;

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
 * The JDBC pieces the projection's tables share: {@code IN} lists and UTC times (multi-row inserts
 * are {@link no.abctracker.configuration.MultiRowInsert}).
 */
final class Sql {

  private Sql() {}

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
