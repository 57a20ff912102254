package no.abctracker.xapi.model.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Language maps (verb display, activity name and description, attachment display) and language tags
 * (context language): keys are RFC 5646 language tags, values strings.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#42-language-maps">xAPI
 *     2.0 Data 4.2 Language Maps</a>
 */
public final class LanguageMaps {

  // RFC 5646 section 2.1 "Language-Tag" ABNF, case-insensitively.
  private static final String ALNUM = "[a-z0-9]";
  private static final String LANGTAG =
      "(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})"
          + "(?:-[a-z]{4})?"
          + "(?:-(?:[a-z]{2}|[0-9]{3}))?"
          + "(?:-(?:"
          + ALNUM
          + "{5,8}|[0-9]"
          + ALNUM
          + "{3}))*"
          + "(?:-[0-9a-wyz](?:-"
          + ALNUM
          + "{2,8})+)*"
          + "(?:-x(?:-"
          + ALNUM
          + "{1,8})+)?";
  private static final String PRIVATE_USE = "x(?:-" + ALNUM + "{1,8})+";
  private static final String GRANDFATHERED =
      "en-gb-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn"
          + "|i-tao|i-tay|i-tsu|sgn-be-fr|sgn-be-nl|sgn-ch-de|art-lojban|cel-gaulish|no-bok"
          + "|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang";
  private static final Pattern TAG =
      Pattern.compile(
          "(?:" + GRANDFATHERED + "|" + LANGTAG + "|" + PRIVATE_USE + ")",
          Pattern.CASE_INSENSITIVE);

  private LanguageMaps() {}

  /**
   * An unmodifiable copy of a language map the app keeps (a course's, a module's title), in its
   * given order (Bokmål first, so titles render predictably).
   *
   * @throws IllegalArgumentException when it has no language
   */
  public static Map<String, String> copyOf(Map<String, String> map) {
    if (map == null || map.isEmpty()) {
      throw new IllegalArgumentException("a language map needs at least one language");
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  public static boolean isLanguageTag(String value) {
    return value != null && TAG.matcher(value).matches();
  }

  /** A language tag value (context {@code language}). */
  public static String languageTag(Node node) {
    String value = node.string();
    if (!isLanguageTag(value)) {
      throw node.fail("must be an RFC 5646 language tag like \"en-US\", got \"" + value + "\"");
    }
    return value;
  }

  /** A language map: an object whose keys are language tags and whose values are strings. */
  public static void languageMap(Node node) {
    if (!node.isObject()) {
      throw node.fail("must be a language map, e.g. {\"en-US\": \"attended\"}");
    }
    for (Map.Entry<String, jakarta.json.JsonValue> entry : node.object().entrySet()) {
      Node value = node.field(entry.getKey());
      if (!isLanguageTag(entry.getKey())) {
        throw value.fail("is not an RFC 5646 language tag; use a key like \"en-US\"");
      }
      value.string();
    }
  }
}
