package no.abctracker.xapi.model.validation;

import java.util.Set;

/**
 * A SubStatement: validated as a statement, but without id, stored, version or authority, and never
 * nested.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#substatements">xAPI
 *     2.0 Data 2.4.4.3 SubStatements</a>
 */
public final class SubStatementRules {

  private static final Set<String> PROPERTIES =
      Set.of(
          "objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments");
  private static final Set<String> FORBIDDEN = Set.of("id", "stored", "version", "authority");

  private SubStatementRules() {}

  public static void subStatement(Node node) {
    node.object();
    for (String key : FORBIDDEN) {
      if (node.object().containsKey(key)) {
        throw new no.abctracker.xapi.model.InvalidStatement(
            node.path() + "." + key, "a SubStatement must not have \"" + key + "\"");
      }
    }
    node.onlyProperties(PROPERTIES, "a SubStatement");
    StatementRules.body(node, true);
  }
}
