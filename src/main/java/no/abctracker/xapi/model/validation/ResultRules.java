package no.abctracker.xapi.model.validation;

import java.math.BigDecimal;
import java.util.Set;
import no.abctracker.xapi.model.Durations;

/**
 * The Result and its Score.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#245-result">xAPI 2.0
 *     Data 2.4.5 Result</a>
 */
public final class ResultRules {

  private static final Set<String> PROPERTIES =
      Set.of("score", "success", "completion", "response", "duration", "extensions");
  private static final Set<String> SCORE_PROPERTIES = Set.of("scaled", "raw", "min", "max");

  private ResultRules() {}

  public static void result(Node node) {
    node.object();
    node.onlyProperties(PROPERTIES, "a Result");
    node.optional("score").ifPresent(ResultRules::score);
    node.optional("success").ifPresent(Node::bool);
    node.optional("completion").ifPresent(Node::bool);
    node.optional("response").ifPresent(Node::string);
    node.optional("duration").ifPresent(ResultRules::duration);
    node.optional("extensions").ifPresent(Extensions::extensions);
  }

  /**
   * A duration is an ISO 8601 duration.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#47-iso-8601-durations">xAPI
   *     2.0 Data 4.7 ISO 8601 Durations</a>
   */
  static void duration(Node node) {
    String value = node.string();
    if (!Durations.isDuration(value)) {
      throw node.fail("must be an ISO 8601 duration like \"PT1H0M0.5S\", got \"" + value + "\"");
    }
  }

  /**
   * A Score: scaled in [-1, 1]; raw within [min, max]; min below max.
   *
   * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2451-score">xAPI 2.0
   *     Data 2.4.5.1 Score</a>
   */
  static void score(Node node) {
    node.object();
    node.onlyProperties(SCORE_PROPERTIES, "a Score");
    node.optional("scaled")
        .ifPresent(
            scaled -> {
              BigDecimal value = scaled.number().bigDecimalValue();
              if (value.compareTo(BigDecimal.ONE) > 0
                  || value.compareTo(BigDecimal.ONE.negate()) < 0) {
                throw scaled.fail("must be between -1 and 1, got " + value);
              }
            });
    BigDecimal min = node.optional("min").map(n -> n.number().bigDecimalValue()).orElse(null);
    BigDecimal max = node.optional("max").map(n -> n.number().bigDecimalValue()).orElse(null);
    BigDecimal raw = node.optional("raw").map(n -> n.number().bigDecimalValue()).orElse(null);
    if (min != null && max != null && min.compareTo(max) >= 0) {
      throw node.field("min").fail("must be less than max (" + max + "), got " + min);
    }
    if (raw != null && min != null && raw.compareTo(min) < 0) {
      throw node.field("raw").fail("must not be less than min (" + min + "), got " + raw);
    }
    if (raw != null && max != null && raw.compareTo(max) > 0) {
      throw node.field("raw").fail("must not be greater than max (" + max + "), got " + raw);
    }
  }
}
