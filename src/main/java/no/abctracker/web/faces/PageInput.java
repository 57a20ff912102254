package no.abctracker.web.faces;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.MessageKey;

/**
 * Dates and times as people type them on the pages ({@code dd.MM.yyyy}, {@code HH:mm}), turned into
 * what the controls take; a bad one is a {@link BadRequest} quoting what was typed and how to write
 * it, shown on the page in its language.
 */
public final class PageInput {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

  private PageInput() {}

  /** A required date {@code dd.MM.yyyy}. */
  public static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      throw new BadRequest(MessageKey.DATE_REQUIRED);
    }
    try {
      return LocalDate.parse(text.strip(), DATE);
    } catch (DateTimeParseException e) {
      throw new BadRequest(MessageKey.DATE_INVALID, text.strip());
    }
  }

  /** An optional date: null when left empty. */
  public static LocalDate optionalDate(String text) {
    return text == null || text.isBlank() ? null : date(text);
  }

  /** A required time of day {@code HH:mm} (Europe/Oslo wall clock). */
  public static LocalTime time(String text) {
    if (text == null || text.isBlank()) {
      throw new BadRequest(MessageKey.TIME_REQUIRED);
    }
    try {
      return LocalTime.parse(text.strip().replace('.', ':'), TIME);
    } catch (DateTimeParseException e) {
      throw new BadRequest(MessageKey.TIME_INVALID, text.strip());
    }
  }
}
