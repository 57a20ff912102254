package no.abctracker.xapi.statements.control;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Optional;
import no.abctracker.xapi.model.validation.StatementRules;

/**
 * A voiding statement (verb {@code http://adlnet.gov/expapi/verbs/voided}, object a StatementRef)
 * voids its target when the target is stored in the same municipality and is not itself a voiding
 * statement (that part of the rule is the SQL of {@code StatementStore.voidTargets}: {@code
 * voids_statement IS NULL}). The target may arrive later; it is then stored voided. A voided
 * statement is only returned by {@code voidedStatementId}.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#232-voiding">xAPI 2.0
 *     Data 2.3.2 Voiding</a>
 */
public final class VoidingRule {

  private VoidingRule() {}

  /** The id of the statement this one voids, if it is a voiding statement. */
  public static Optional<String> target(JsonObject statement) {
    if (!StatementRules.VOIDED.equals(statement.getJsonObject("verb").getString("id"))) {
      return Optional.empty();
    }
    return refersTo(statement);
  }

  /** The id of the statement a StatementRef object points at. */
  public static Optional<String> refersTo(JsonObject statement) {
    JsonObject object = statement.getJsonObject("object");
    if (!"StatementRef".equals(object.getString("objectType", ""))) {
      return Optional.empty();
    }
    return Optional.of(object.getString("id").toLowerCase(Locale.ROOT));
  }
}
