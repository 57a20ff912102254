package no.abctracker.training.courses.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Language maps keep their profile order (Bokmål first), so titles render predictably. */
final class LanguageMaps {

  private LanguageMaps() {}

  static Map<String, String> copyOf(Map<String, String> map) {
    if (map == null || map.isEmpty()) {
      throw new IllegalArgumentException("a language map needs at least one language");
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
