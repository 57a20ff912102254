package no.abctracker.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import no.abctracker.kernel.Language;
import no.abctracker.kernel.MunicipalTime;
import no.abctracker.problems.Message;
import no.abctracker.problems.Messages;

/**
 * How the pages write dates, times and numbers: dates always Norwegian ({@code dd.MM.yyyy}), times
 * in Europe/Oslo, numbers and percentages in the page's language ({@code 72,5 %} in Bokmål, {@code
 * 72.5%} in English).
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(MunicipalTime.ZONE));
  }

  /** The Oslo day of an instant, {@code dd.MM.yyyy}. */
  public String day(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(MunicipalTime.ZONE));
  }

  /** The Oslo wall-clock time of an instant, {@code HH:mm}. */
  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(MunicipalTime.ZONE));
  }

  /**
   * The text of a language map (the catalogue's titles, keyed by BCP 47 tags such as {@code nb-NO}
   * and {@code en}) in the page's language, else Bokmål, else any.
   */
  public String text(Map<String, String> map) {
    return text(locale(), map);
  }

  static String text(Locale locale, Map<String, String> map) {
    if (map == null || map.isEmpty()) {
      return "";
    }
    String language = locale.getLanguage();
    for (String preferred : new String[] {language, "nb", "no"}) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        String tag = entry.getKey().toLowerCase(Locale.ROOT);
        if (tag.equals(preferred) || tag.startsWith(preferred + "-")) {
          return entry.getValue();
        }
      }
    }
    return map.values().iterator().next();
  }

  /** The page's language tag ({@code nb} or {@code en}). */
  public String languageTag() {
    return locale().getLanguage();
  }

  public String number(Number number) {
    return number(locale(), number);
  }

  public String percent(Number fraction) {
    return percent(locale(), fraction);
  }

  /** A percentage given in percent (an employment's 75) rather than as a fraction. */
  public String percentValue(Number percent) {
    return percent == null ? "" : percent(locale(), percent.doubleValue() / 100);
  }

  /** A message of the failure catalogue (a CSV line's error) in the page's language. */
  public String message(Message message) {
    return message == null ? "" : Messages.text(locale(), message);
  }

  public String label(Enum<?> value) {
    return value == null ? "" : Texts.label(locale(), value);
  }

  /** A number with up to two decimals: {@code 72,5} in Bokmål. */
  static String number(Locale locale, Number number) {
    if (number == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(number instanceof BigDecimal d ? d : number.doubleValue());
  }

  /** A fraction as a percentage with one decimal: 0.725 is {@code 72,5 %} in Bokmål. */
  static String percent(Locale locale, Number fraction) {
    if (fraction == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(1);
    return format.format(fraction.doubleValue());
  }

  private static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null || context.getViewRoot() == null
        ? Language.NB.locale()
        : context.getViewRoot().getLocale();
  }
}
