package no.abctracker.xapi.model;

import jakarta.json.JsonValue;
import no.abctracker.xapi.model.validation.Node;
import no.abctracker.xapi.model.validation.StatementRules;

/**
 * Checks that a statement received by the LRS meets every MUST of the xAPI version the request was
 * made with; the first violation is thrown as {@link InvalidStatement} naming its path.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#22-formatting-requirements">xAPI
 *     2.0 Data 2.2 Formatting Requirements</a>
 */
public final class StatementValidator {

  private StatementValidator() {}

  /** Validates one statement; paths in messages start with {@code statement}. */
  public static void validate(JsonValue statement, XapiVersion version) {
    validate(statement, version, "statement");
  }

  /**
   * Validates the body of a POST: one statement (paths start {@code statement}) or an array of
   * statements (paths start {@code statements[i]}).
   */
  public static void validateBatch(JsonValue statementOrArray, XapiVersion version) {
    if (statementOrArray != null && statementOrArray.getValueType() == JsonValue.ValueType.ARRAY) {
      var statements = statementOrArray.asJsonArray();
      for (int i = 0; i < statements.size(); i++) {
        validate(statements.get(i), version, "statements[" + i + "]");
      }
      return;
    }
    validate(statementOrArray, version, "statement");
  }

  private static void validate(JsonValue statement, XapiVersion version, String path) {
    if (statement == null || statement.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidStatement(path, "must be a JSON object");
    }
    StatementRules.statement(new Node(path, statement, version));
  }
}
