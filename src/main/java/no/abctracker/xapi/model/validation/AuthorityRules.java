package no.abctracker.xapi.model.validation;

/**
 * The authority: an Agent, or in 3-legged OAuth an anonymous Group of exactly two Agents, one of
 * them the OAuth consumer identified by account.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#249-authority">xAPI
 *     2.0 Data 2.4.9 Authority</a>
 */
public final class AuthorityRules {

  private AuthorityRules() {}

  public static void authority(Node node) {
    node.object();
    String type = node.objectType().orElse("Agent");
    if (type.equals("Agent")) {
      ActorRules.agent(node);
      return;
    }
    if (!type.equals("Group")) {
      throw node.field("objectType").fail("must be \"Agent\" or \"Group\", got \"" + type + "\"");
    }
    oauthGroup(node);
  }

  /**
   * A Group authority is 3-legged OAuth: anonymous, exactly two Agents, one identified by an
   * account (the OAuth consumer).
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#oauth-credentials-as-authority">xAPI
   *     2.0 Data 2.4.9 OAuth Credentials as Authority</a>
   */
  static void oauthGroup(Node node) {
    ActorRules.group(node);
    if (ActorRules.identifierCount(node) != 0) {
      throw node.fail(
          "a Group authority must be an anonymous Group of an OAuth consumer and a user, without"
              + " an identifier of its own");
    }
    var members = node.required("member").elements();
    if (members.size() != 2) {
      throw node.field("member")
          .fail(
              "a Group authority must have exactly two Agents (OAuth consumer and user), found "
                  + members.size());
    }
    if (members.stream().noneMatch(member -> member.object().containsKey("account"))) {
      throw node.field("member")
          .fail("one Agent of a Group authority must be the OAuth consumer, identified by account");
    }
  }
}
