package no.abctracker.xapi.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601 durations ({@code result.duration}), e.g. {@code PT1H0M0.1S} or {@code P3W}. Any
 * precision beyond 0.01 s is accepted but may be truncated, and is ignored when comparing.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#47-iso-8601-durations">xAPI
 *     2.0 Data 4.7 ISO 8601 Durations</a>
 */
public final class Durations {

  private static final String NUM = "(\\d+(?:[.,]\\d+)?)";
  private static final Pattern DURATION =
      Pattern.compile(
          "P(?:"
              + NUM
              + "Y)?(?:"
              + NUM
              + "M)?(?:"
              + NUM
              + "D)?(?:T(?:"
              + NUM
              + "H)?(?:"
              + NUM
              + "M)?(?:"
              + NUM
              + "S)?)?");
  private static final Pattern WEEKS = Pattern.compile("P" + NUM + "W");

  private Durations() {}

  public static boolean isDuration(String value) {
    if (value == null) {
      return false;
    }
    if (WEEKS.matcher(value).matches()) {
      return true;
    }
    Matcher m = DURATION.matcher(value);
    if (!m.matches() || value.equals("P") || value.endsWith("T")) {
      return false;
    }
    // only the smallest component given may carry a fraction
    boolean seenFraction = false;
    for (int i = 1; i <= 6; i++) {
      if (m.group(i) == null) {
        continue;
      }
      if (seenFraction) {
        return false;
      }
      seenFraction = m.group(i).contains(".") || m.group(i).contains(",");
    }
    return true;
  }

  /**
   * The duration with any seconds precision beyond 0.01 s cut off, for comparing statements.
   * Durations that are not ISO 8601 are returned unchanged.
   */
  public static String toHundredths(String value) {
    if (!isDuration(value)) {
      return value;
    }
    Matcher s = Pattern.compile("(\\d+(?:[.,]\\d+)?)S$").matcher(value);
    if (!s.find()) {
      return value;
    }
    BigDecimal seconds =
        new BigDecimal(s.group(1).replace(',', '.')).setScale(2, RoundingMode.DOWN);
    return value.substring(0, s.start()) + seconds.stripTrailingZeros().toPlainString() + "S";
  }
}
