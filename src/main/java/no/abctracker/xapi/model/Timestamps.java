package no.abctracker.xapi.model;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * xAPI timestamps: ISO 8601 extended date-times (RFC 3339 is a profile of it). A missing offset is
 * read as UTC; the negative zero offset ("-00", "-0000", "-00:00") that ISO 8601 forbids is
 * rejected, as are dates without a time.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#46-iso-8601-timestamps">xAPI
 *     2.0 Data 4.6 ISO 8601 Timestamps</a>
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/xAPI-1.0.3/xAPI-Data.md#4.5">xAPI 1.0.3
 *     Data 4.5 ISO 8601 Timestamps</a>
 */
public final class Timestamps {

  private static final Pattern ISO_8601 =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?"
              + "(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)?");

  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

  private Timestamps() {}

  /**
   * Parses an xAPI timestamp.
   *
   * @throws IllegalArgumentException with a message saying what is wrong
   */
  public static OffsetDateTime parse(String value) {
    Matcher m = value == null ? null : ISO_8601.matcher(value);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(
          "must be an ISO 8601 timestamp like \"2024-05-04T17:00:00.000Z\", got \"" + value + "\"");
    }
    ZoneOffset offset = ZoneOffset.UTC;
    if (m.group(9) != null) {
      int hours = Integer.parseInt(m.group(10));
      int minutes = m.group(11) == null ? 0 : Integer.parseInt(m.group(11));
      if (hours == 0 && minutes == 0 && m.group(9).equals("-")) {
        throw new IllegalArgumentException(
            "must not use the offset \"-00:00\" (ISO 8601 forbids a negative zero); use \"Z\" or"
                + " \"+00:00\", got \""
                + value
                + "\"");
      }
      if (hours > 18 || minutes > 59) {
        throw new IllegalArgumentException("has an impossible time zone offset: \"" + value + "\"");
      }
      int sign = m.group(9).equals("-") ? -1 : 1;
      offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    String fraction = m.group(7) == null ? "" : m.group(7);
    int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
    try {
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
              nanos);
      return OffsetDateTime.of(local, offset);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("is not a real date and time: \"" + value + "\"", e);
    }
  }

  /** Whether {@code value} is a timestamp {@link #parse} accepts. */
  public static boolean isTimestamp(String value) {
    try {
      parse(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The form this LRS returns timestamps and {@code stored} in: UTC, millisecond precision, e.g.
   * {@code 2024-05-04T17:00:00.000Z}.
   */
  public static String format(OffsetDateTime time) {
    return MILLIS.format(time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
  }

  /** A received timestamp converted to UTC at millisecond precision (the same point in time). */
  public static String normalise(String value) {
    return format(parse(value));
  }

  /** Truncated to milliseconds, the precision the spec requires an LRS to keep and compare. */
  public static OffsetDateTime toMillis(OffsetDateTime time) {
    return time.truncatedTo(ChronoUnit.MILLIS);
  }
}
