package no.abctracker.training.organisation.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import no.abctracker.problems.InvalidLines.LineError;
import no.abctracker.problems.MessageKey;
import no.abctracker.training.organisation.control.CsvFile.Row;

/** Reads one typed value from a CSV row, or records what is wrong with it and its line. */
final class CsvValues {

  private static final DateTimeFormatter NORWEGIAN_DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** The years a roster date may have: employments, not history or science fiction. */
  static final int FIRST_YEAR = 1900;

  static final int LAST_YEAR = 2199;

  private final Row row;
  private final List<LineError> errors;
  private boolean valid = true;

  CsvValues(Row row, List<LineError> errors) {
    this.row = row;
    this.errors = errors;
  }

  boolean valid() {
    return valid;
  }

  void fail(String column, MessageKey key, Object... arguments) {
    errors.add(new LineError(row.line(), column, key, arguments));
    valid = false;
  }

  String required(String column, int maxLength) {
    String value = row.get(column);
    if (value.isEmpty()) {
      fail(column, MessageKey.CSV_EMPTY, column);
    } else if (value.length() > maxLength) {
      fail(column, MessageKey.CSV_TOO_LONG, column, maxLength);
    }
    return value;
  }

  Optional<String> optional(String column, int maxLength) {
    String value = row.get(column);
    if (value.length() > maxLength) {
      fail(column, MessageKey.CSV_TOO_LONG, column, maxLength);
    }
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  <E extends Enum<E>> E oneOf(String column, Class<E> type) {
    String value = row.get(column);
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      if (value.isEmpty()) {
        fail(column, MessageKey.CSV_EMPTY_ONE_OF, column, allowed);
      } else {
        fail(column, MessageKey.CSV_UNKNOWN_VALUE, column, value, allowed);
      }
      return null;
    }
  }

  /** A date as {@code 2025-03-01} or as Norwegian {@code 01.03.2025}. */
  LocalDate date(String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      fail(column, MessageKey.CSV_EMPTY, column);
      return null;
    }
    return parseDate(column, value);
  }

  Optional<LocalDate> optionalDate(String column) {
    String value = row.get(column);
    return value.isEmpty() ? Optional.empty() : Optional.ofNullable(parseDate(column, value));
  }

  /** A percentage 0–100 with at most two decimals, decimal point or comma. */
  BigDecimal percent(String column) {
    String value = row.get(column);
    try {
      if (!value.matches("-?\\d+([.,]\\d+)?")) {
        // BigDecimal also reads 1e2, +50 and 5E-1: a roster has plain numbers only
        throw new NumberFormatException(value);
      }
      BigDecimal percent = new BigDecimal(value.replace(',', '.'));
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        fail(column, MessageKey.CSV_PERCENT_RANGE, column, value);
        return null;
      }
      if (percent.stripTrailingZeros().scale() > 2) {
        fail(column, MessageKey.CSV_PERCENT_DECIMALS, column, value);
        return null;
      }
      return percent.setScale(2);
    } catch (NumberFormatException notANumber) {
      if (value.isEmpty()) {
        fail(column, MessageKey.CSV_PERCENT_EMPTY, column);
      } else {
        fail(column, MessageKey.CSV_PERCENT_NOT_NUMBER, column, excerpt(value));
      }
      return null;
    }
  }

  private LocalDate parseDate(String column, String value) {
    LocalDate date;
    try {
      date =
          value.contains(".")
              ? LocalDate.parse(value, NORWEGIAN_DATE)
              : LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException notADate) {
      fail(column, MessageKey.CSV_DATE_INVALID, column, excerpt(value));
      return null;
    }
    // ISO dates may have signed years of up to nine digits, which the database cannot store.
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      fail(column, MessageKey.CSV_DATE_YEAR, column, excerpt(value), FIRST_YEAR, LAST_YEAR);
      return null;
    }
    return date;
  }

  private static String excerpt(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
