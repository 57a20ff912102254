package no.abctracker.problems;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The one message catalogue of failures a person can see ({@code no.abctracker.problems.messages},
 * Bokmål and English): the text of each {@link MessageKey} and the title of each {@link Problem}
 * type ({@code type.<SimpleName>}). The pages render it in the page's language, the REST API by
 * {@code Accept-Language} (English unless Norwegian is asked for). Dates in a message are always
 * Norwegian ({@code dd.MM.yyyy}).
 */
public final class Messages {

  public static final String BUNDLE = "no.abctracker.problems.messages";

  public static final Locale BOKMAL = Locale.forLanguageTag("nb");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** Bokmål for Norwegian (nb, no, nn), English for anything else. */
  public static Locale supported(Locale locale) {
    String language = locale == null ? "" : locale.getLanguage();
    return switch (language) {
      case "nb", "no", "nn" -> BOKMAL;
      default -> Locale.ENGLISH;
    };
  }

  /** The first language of {@code acceptable} (a request's preference order) the catalogue has. */
  public static Locale preferred(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      String language = locale.getLanguage();
      if (List.of("nb", "no", "nn").contains(language)) {
        return BOKMAL;
      }
      if ("en".equals(language)) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
  }

  public static String text(Locale locale, Message message) {
    Locale language = supported(locale);
    String pattern = bundle(language).getString(message.key().name());
    Object[] arguments =
        message.arguments().stream().map(value -> argument(language, value)).toArray();
    return new MessageFormat(pattern, language).format(arguments);
  }

  public static String text(Locale locale, MessageKey key, Object... arguments) {
    return text(locale, Message.of(key, arguments));
  }

  /** The title of a problem type: its own {@code type.<SimpleName>}, else its nearest parent's. */
  public static String title(Locale locale, Class<?> problemType) {
    ResourceBundle bundle = bundle(locale);
    for (Class<?> type = problemType; type != null; type = type.getSuperclass()) {
      String key = "type." + type.getSimpleName();
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    return bundle.getString("type.Problem");
  }

  /**
   * Values as a person reads them: dates dd.MM.yyyy, lists joined by commas, a message in the same
   * language; numbers stay numbers (the pattern formats them, by the language's rules).
   */
  private static Object argument(Locale locale, Object value) {
    if (value instanceof LocalDate date) {
      return DATE.format(date);
    }
    if (value instanceof Message message) {
      return text(locale, message);
    }
    if (value instanceof MessageKey key) {
      return text(locale, Message.of(key));
    }
    if (value instanceof Collection<?> values) {
      return values.stream()
          .map(v -> String.valueOf(argument(locale, v)))
          .collect(Collectors.joining(", "));
    }
    return value;
  }
}
