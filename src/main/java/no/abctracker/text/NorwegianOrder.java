package no.abctracker.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** Norwegian Bokmål collation ({@link Collator} for {@code nb-NO}): Æ, Ø and Å come last. */
public final class NorwegianOrder {

  /** Names in Norwegian order; null sorts first. Thread-safe: the collator's compare is. */
  public static final Comparator<String> TEXT = Comparator.nullsFirst(collator()::compare);

  private NorwegianOrder() {}

  /** Things ordered by a text of theirs (a person's name, a unit's name) in Norwegian order. */
  public static <T> Comparator<T> by(Function<? super T, String> text) {
    return Comparator.comparing(text, TEXT);
  }

  private static Collator collator() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("nb-NO"));
    collator.setStrength(Collator.TERTIARY);
    return collator;
  }
}
