package no.abctracker.web.faces;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import no.abctracker.problems.BadRequest;

/**
 * Dates and times as people type them on the pages ({@code dd.MM.yyyy}, {@code HH:mm}), turned into
 * what the controls take; a bad one is a {@link BadRequest} naming the field, shown on the page.
 */
public final class PageInput {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

  private PageInput() {}

  /** A required date {@code dd.MM.yyyy}. */
  public static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new BadRequest(field + ": a date dd.MM.yyyy is required");
    }
    try {
      return LocalDate.parse(text.strip(), DATE);
    } catch (DateTimeParseException e) {
      throw new BadRequest(field + ": '" + text.strip() + "' is not a date dd.MM.yyyy");
    }
  }

  /** An optional date: null when left empty. */
  public static LocalDate optionalDate(String field, String text) {
    return text == null || text.isBlank() ? null : date(field, text);
  }

  /** A required time of day {@code HH:mm} (Europe/Oslo wall clock). */
  public static LocalTime time(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new BadRequest(field + ": a time HH:mm is required");
    }
    try {
      return LocalTime.parse(text.strip().replace('.', ':'), TIME);
    } catch (DateTimeParseException e) {
      throw new BadRequest(field + ": '" + text.strip() + "' is not a time HH:mm");
    }
  }
}
