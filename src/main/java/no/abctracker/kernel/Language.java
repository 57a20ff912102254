package no.abctracker.kernel;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two languages of ABC Tracker: Norwegian Bokmål first, English second — of the pages, the
 * reports and exports, and the language maps the app writes (course titles, coverage actions).
 */
public enum Language {
  NB("nb-NO", "nb"),
  EN("en", "en");

  private final String tag;
  private final String code;

  Language(String tag, String code) {
    this.tag = tag;
    this.code = code;
  }

  /** The BCP 47 tag used as key of language maps ({@code nb-NO}, {@code en}). */
  public String tag() {
    return tag;
  }

  /** The page's language code ({@code nb}, {@code en}): {@code <html lang>}, {@code ?lang=}. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** {@code nb}, {@code nb-NO}, {@code no} or none: Bokmål; {@code en} or {@code en-*}: English. */
  public static Optional<Language> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(NB);
    }
    return named(value);
  }

  /** Like {@link #parse}, but a missing or blank value names no language. */
  public static Optional<Language> named(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String lower = value.strip().toLowerCase(Locale.ROOT);
    if (lower.equals("nb") || lower.equals("nb-no") || lower.equals("no")) {
      return Optional.of(NB);
    }
    if (lower.equals("en") || lower.startsWith("en-")) {
      return Optional.of(EN);
    }
    return Optional.empty();
  }

  /** The text of {@code map} in this language, else Bokmål, else any. */
  public String of(Map<String, String> map) {
    if (map.containsKey(tag)) {
      return map.get(tag);
    }
    if (map.containsKey(NB.tag)) {
      return map.get(NB.tag);
    }
    return map.values().stream().findFirst().orElse("");
  }
}
