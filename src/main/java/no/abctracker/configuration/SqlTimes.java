package no.abctracker.configuration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Reads {@code DATE} and {@code DATETIME} columns as {@code java.time} values without {@code
 * ResultSet#getObject(int, Class)}: behind Payara's connection pool that JDBC 4.1 method is called
 * through reflection, which looks the method up (throwing and catching a {@code
 * NoSuchMethodException}) on every call, about 3 µs a value; at the size of Oslo that was most of a
 * coverage report's CPU. MariaDB sends both types as text ({@code 2026-03-10}, {@code 2026-03-10
 * 09:00:00.123456}), and parsing it is exact and involves no time zone.
 */
public final class SqlTimes {

  private SqlTimes() {}

  /** The column's date, or null. */
  public static LocalDate date(ResultSet rs, int column) throws SQLException {
    return date(rs.getString(column));
  }

  /** The column's date and time as stored (this application stores UTC), or null. */
  public static LocalDateTime dateTime(ResultSet rs, int column) throws SQLException {
    return dateTime(rs.getString(column));
  }

  public static LocalDateTime dateTime(ResultSet rs, String column) throws SQLException {
    return dateTime(rs.getString(column));
  }

  static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  static LocalDateTime dateTime(String text) {
    return text == null ? null : LocalDateTime.parse(text.replace(' ', 'T'));
  }
}
