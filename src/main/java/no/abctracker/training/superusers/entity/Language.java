package no.abctracker.training.superusers.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The languages the coverage actions are written in: Norwegian Bokmål first, English second. */
public enum Language {
  NB("nb-NO"),
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag used as key of language maps. */
  public String tag() {
    return tag;
  }

  /** {@code nb}, {@code nb-NO}, {@code no} or none: Bokmål; {@code en} or {@code en-*}: English. */
  public static Optional<Language> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(NB);
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
