package no.abctracker.xapi.model.validation;

import java.util.Set;

/**
 * A Statement Reference: objectType "StatementRef" and the UUID of a statement.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#statement-references">xAPI
 *     2.0 Data 2.4.4.3 Statement References</a>
 */
public final class StatementRefRules {

  private static final Set<String> PROPERTIES = Set.of("objectType", "id");

  private StatementRefRules() {}

  public static void statementRef(Node node) {
    node.object();
    String type = node.required("objectType").string();
    if (!type.equals("StatementRef")) {
      throw node.field("objectType").fail("must be \"StatementRef\", got \"" + type + "\"");
    }
    node.onlyProperties(PROPERTIES, "a Statement Reference");
    Uuids.uuid(node.required("id"));
  }
}
