package no.abctracker.xapi.statements.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonObject;
import no.abctracker.xapi.model.StatementComparison;

/**
 * A statement id is stored once per municipality. Receiving it again with the same content (as
 * {@link StatementComparison} defines it) changes nothing and succeeds; with different content it
 * is a {@link StatementConflict}.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#231-statement-immutability">xAPI
 *     2.0 Data 2.3.1 Statement Immutability</a>
 */
public final class ConflictRule {

  private ConflictRule() {}

  /**
   * Accepts an incoming statement whose id is stored when it repeats the stored one.
   *
   * @throws StatementConflict unless the incoming statement is a harmless repeat of the stored one
   */
  public static void requireRepeat(JsonObject stored, JsonObject incoming) {
    if (!StatementComparison.sameContent(
        withoutAssignedTimestamp(stored), withoutAssignedTimestamp(incoming))) {
      throw new StatementConflict(incoming.getString("id"));
    }
  }

  /** A timestamp equal to stored was set by the LRS (the client sent none): not content. */
  static JsonObject withoutAssignedTimestamp(JsonObject statement) {
    if (statement.containsKey("timestamp")
        && statement.containsKey("stored")
        && statement.get("timestamp").equals(statement.get("stored"))) {
      return JSON.createObjectBuilder(statement).remove("timestamp").build();
    }
    return statement;
  }
}
