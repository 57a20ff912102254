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

  void fail(String column, String message) {
    errors.add(new LineError(row.line(), column, message));
    valid = false;
  }

  String required(String column, int maxLength) {
    String value = row.get(column);
    if (value.isEmpty()) {
      fail(column, column + " is empty");
    } else if (value.length() > maxLength) {
      fail(column, column + " is longer than " + maxLength + " characters");
    }
    return value;
  }

  Optional<String> optional(String column, int maxLength) {
    String value = row.get(column);
    if (value.length() > maxLength) {
      fail(column, column + " is longer than " + maxLength + " characters");
    }
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  <E extends Enum<E>> E oneOf(String column, Class<E> type) {
    String value = row.get(column);
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      fail(
          column,
          (value.isEmpty() ? column + " is empty" : "Unknown " + column + " '" + value + "'")
              + "; one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
      return null;
    }
  }

  /** A date as {@code 2025-03-01} or as Norwegian {@code 01.03.2025}. */
  LocalDate date(String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      fail(column, column + " is empty");
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
        fail(column, column + " " + value + " is not between 0 and 100 (0 = on call)");
        return null;
      }
      if (percent.stripTrailingZeros().scale() > 2) {
        fail(column, column + " " + value + " has more than two decimals");
        return null;
      }
      return percent.setScale(2);
    } catch (NumberFormatException notANumber) {
      fail(
          column,
          (value.isEmpty()
                  ? column + " is empty"
                  : column + " '" + excerpt(value) + "' is not a number")
              + "; expected 0-100 (0 = on call)");
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
      fail(
          column,
          column + " '" + excerpt(value) + "' is not a date; expected YYYY-MM-DD or DD.MM.YYYY");
      return null;
    }
    // ISO dates may have signed years of up to nine digits, which the database cannot store.
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      fail(
          column,
          column + " " + excerpt(value) + " is not between " + FIRST_YEAR + " and " + LAST_YEAR);
      return null;
    }
    return date;
  }

  private static String excerpt(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
