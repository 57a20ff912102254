package no.abctracker.training.superusers.entity;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import no.abctracker.kernel.Language;

/**
 * A welfare technology super-users can be appointed for, e.g. {@code MEDICINE_DISPENSER}.
 *
 * @param code as in the xAPI profiles' technology extension
 * @param label language map (nb-NO, en) of the name, as in a list
 * @param phrase language map of the name as it reads inside a sentence ("no qualified super-user
 *     for medicine dispensers"); the label where no phrase is given
 */
public record Technology(String code, Map<String, String> label, Map<String, String> phrase) {

  /** The profile's pattern for technology codes. */
  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  public Technology {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("A technology code is like MEDICINE_DISPENSER: " + code);
    }
    label = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(label));
    phrase = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phrase));
  }

  /** A technology only a catalogue course names: its code, readable, as label in every language. */
  public static Technology named(String code) {
    String readable = code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    java.util.Map<String, String> label = new java.util.LinkedHashMap<>();
    label.put("nb-NO", readable);
    label.put("en", readable);
    return new Technology(code, label, Map.of());
  }

  public String label(Language language) {
    return label.getOrDefault(language.tag(), label.getOrDefault("nb-NO", code));
  }

  public String phrase(Language language) {
    return phrase.getOrDefault(language.tag(), label(language));
  }
}
