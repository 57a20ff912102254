package no.abctracker.xapi.model.validation;

import java.util.Set;
import java.util.regex.Pattern;
import no.abctracker.xapi.model.Timestamps;

/**
 * The top-level statement: its properties, id, version, timestamps and the voiding rule.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#24-statement-properties">xAPI
 *     2.0 Data 2.4 Statement Properties</a>
 */
public final class StatementRules {

  public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
  private static final Set<String> PROPERTIES =
      Set.of(
          "id",
          "actor",
          "verb",
          "object",
          "result",
          "context",
          "timestamp",
          "stored",
          "authority",
          "version",
          "attachments");
  private static final Pattern VERSION_1 = Pattern.compile("1\\.0(\\.\\d+)?");
  private static final Pattern VERSION_2 = Pattern.compile("2\\.0(\\.\\d+)?");

  private StatementRules() {}

  public static void statement(Node node) {
    node.object();
    node.onlyProperties(PROPERTIES, "a Statement");
    node.optional("id").ifPresent(Uuids::uuid);
    body(node, false);
    node.optional("stored").ifPresent(StatementRules::timestamp);
    node.optional("authority").ifPresent(AuthorityRules::authority);
    node.optional("version").ifPresent(StatementRules::version);
    voiding(node);
  }

  /** What a Statement and a SubStatement have in common. */
  static void body(Node node, boolean subStatement) {
    ActorRules.actor(node.required("actor"));
    VerbRules.verb(node.required("verb"));
    Node object = node.required("object");
    ObjectRules.object(object, subStatement);
    node.optional("result").ifPresent(ResultRules::result);
    String objectType = object.objectType().orElse("Activity");
    node.optional("context").ifPresent(context -> ContextRules.context(context, objectType));
    node.optional("timestamp").ifPresent(StatementRules::timestamp);
    node.optional("attachments").ifPresent(AttachmentRules::attachments);
  }

  /**
   * timestamp and stored are ISO 8601 timestamps; "-00:00" offsets are rejected.
   *
   * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#247-timestamp">xAPI
   *     2.0 Data 2.4.7 Timestamp</a>
   */
  static void timestamp(Node node) {
    try {
      Timestamps.parse(node.string());
    } catch (IllegalArgumentException e) {
      throw node.fail(e.getMessage());
    }
  }

  /**
   * version is "1.0" or "1.0.x" (and in xAPI 2.0 also "2.0" or "2.0.x").
   *
   * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2410-version">xAPI
   *     2.0 Data 2.4.10 Version</a>
   */
  static void version(Node node) {
    String value = node.string();
    boolean ok =
        VERSION_1.matcher(value).matches()
            || (node.version().isV2() && VERSION_2.matcher(value).matches());
    if (!ok) {
      throw node.fail(
          "must be \"1.0\" or \"1.0.x\""
              + (node.version().isV2() ? " or \"2.0\" or \"2.0.x\"" : "")
              + ", got \""
              + value
              + "\"");
    }
  }

  /**
   * A voiding statement's object is a StatementRef.
   *
   * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#232-voiding">xAPI
   *     2.0 Data 2.3.2 Voiding</a>
   */
  static void voiding(Node node) {
    String verb = node.field("verb").field("id").string();
    if (VOIDED.equals(verb)
        && !node.field("object").objectType().filter("StatementRef"::equals).isPresent()) {
      throw node.field("object")
          .fail("a voiding statement (verb \"" + VOIDED + "\") must have a StatementRef object");
    }
  }
}
