package no.abctracker.xapi.model.validation;

/**
 * The statement's object: an Activity (the default), an Agent or Group (objectType required), a
 * Statement Reference or a SubStatement.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#244-object">xAPI 2.0
 *     Data 2.4.4 Object</a>
 */
public final class ObjectRules {

  private ObjectRules() {}

  /**
   * @param inSubStatement whether this is the object of a SubStatement, which cannot nest another
   */
  public static void object(Node node, boolean inSubStatement) {
    node.object();
    agentOrGroupNeedsObjectType(node);
    String type = node.objectType().orElse("Activity");
    switch (type) {
      case "Activity" -> ActivityRules.activity(node);
      case "Agent" -> ActorRules.agent(node);
      case "Group" -> ActorRules.group(node);
      case "StatementRef" -> StatementRefRules.statementRef(node);
      case "SubStatement" -> {
        if (inSubStatement) {
          throw node.fail("a SubStatement must not contain a SubStatement of its own");
        }
        SubStatementRules.subStatement(node);
      }
      default ->
          throw node.field("objectType")
              .fail(
                  "must be one of Activity, Agent, Group, StatementRef, SubStatement"
                      + " (case-sensitive), got \""
                      + type
                      + "\"");
    }
  }

  /**
   * An Agent or Group used as an object must say so with "objectType".
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2442-when-the-object-is-an-agent-or-a-group">xAPI
   *     2.0 Data 2.4.4.2 When the Object is an Agent or a Group</a>
   */
  static void agentOrGroupNeedsObjectType(Node node) {
    if (node.object().containsKey("objectType")) {
      return;
    }
    boolean looksLikeActor =
        node.object().containsKey("member")
            || ActorRules.IFIS.stream().anyMatch(node.object()::containsKey);
    if (looksLikeActor) {
      throw node.field("objectType")
          .fail("is required when the object is an Agent or Group (\"Agent\" or \"Group\")");
    }
  }
}
