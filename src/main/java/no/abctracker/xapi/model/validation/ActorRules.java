package no.abctracker.xapi.model.validation;

import java.util.List;
import java.util.Set;

/**
 * Agents, Groups, their inverse functional identifiers and accounts.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#242-actor">xAPI 2.0
 *     Data 2.4.2 Actor</a>
 */
public final class ActorRules {

  static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");
  private static final Set<String> AGENT_PROPERTIES =
      Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
  private static final Set<String> GROUP_PROPERTIES =
      Set.of("objectType", "name", "member", "mbox", "mbox_sha1sum", "openid", "account");
  private static final Set<String> ACCOUNT_PROPERTIES = Set.of("homePage", "name");

  private ActorRules() {}

  /**
   * An actor (statement actor, context instructor): an Agent, or a Group when its objectType says
   * so.
   *
   * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#242-actor">xAPI 2.0
   *     Data 2.4.2 Actor</a>
   */
  public static void actor(Node node) {
    node.object();
    String type = node.objectType().orElse("Agent");
    switch (type) {
      case "Agent" -> agent(node);
      case "Group" -> group(node);
      default ->
          throw node.field("objectType")
              .fail("must be \"Agent\" or \"Group\" (case-sensitive), got \"" + type + "\"");
    }
  }

  /**
   * An Agent: objectType "Agent" if given, an optional string name and exactly one inverse
   * functional identifier.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2421-when-the-actor-objecttype-is-agent">xAPI
   *     2.0 Data 2.4.2.1 Agent</a>
   */
  public static void agent(Node node) {
    node.object();
    node.objectType()
        .filter(type -> !type.equals("Agent"))
        .ifPresent(
            type -> {
              throw node.field("objectType")
                  .fail("must be \"Agent\" for an Agent (case-sensitive), got \"" + type + "\"");
            });
    node.onlyProperties(AGENT_PROPERTIES, "an Agent");
    name(node);
    if (identifierCount(node) != 1) {
      throw node.fail(
          "an Agent must have exactly one of mbox, mbox_sha1sum, openid or account, found "
              + identifierCount(node));
    }
    identifiers(node);
  }

  /**
   * A Group: objectType "Group"; an Anonymous Group lists its members, an Identified Group has
   * exactly one inverse functional identifier; members are Agents, never Groups.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2422-when-the-actor-objecttype-is-group">xAPI
   *     2.0 Data 2.4.2.2 Group</a>
   */
  public static void group(Node node) {
    node.object();
    String type = node.required("objectType").string();
    if (!type.equals("Group")) {
      throw node.field("objectType")
          .fail("must be \"Group\" for a Group (case-sensitive), got \"" + type + "\"");
    }
    node.onlyProperties(GROUP_PROPERTIES, "a Group");
    name(node);
    int ifis = identifierCount(node);
    if (ifis > 1) {
      throw node.fail(
          "an Identified Group must have exactly one of mbox, mbox_sha1sum, openid or account,"
              + " found "
              + ifis);
    }
    identifiers(node);
    Node member = node.field("member");
    if (ifis == 0 && !member.present()) {
      throw member.fail("is required for an Anonymous Group (a Group without an identifier)");
    }
    if (member.present()) {
      members(member, ifis == 0);
    }
  }

  /**
   * Group members are Agents; Groups cannot be members; an Anonymous Group lists at least one.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2422-when-the-actor-objecttype-is-group">xAPI
   *     2.0 Data 2.4.2.2 Group</a>
   */
  static void members(Node member, boolean anonymous) {
    List<Node> agents = member.elements();
    if (anonymous && agents.isEmpty()) {
      throw member.fail("must list at least one Agent for an Anonymous Group");
    }
    for (Node agent : agents) {
      agent.object();
      if (agent.objectType().filter("Group"::equals).isPresent()) {
        throw agent.fail("a Group must not contain Groups; members must be Agents");
      }
      agent(agent);
    }
  }

  /** The optional display name of an Agent or Group is a string. */
  static void name(Node node) {
    node.optional("name").ifPresent(Node::string);
  }

  static int identifierCount(Node node) {
    int count = 0;
    for (String ifi : IFIS) {
      if (node.object().containsKey(ifi)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Inverse functional identifiers: a "mailto:" mbox, a SHA-1 mbox_sha1sum, an openid URI or an
   * account.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2423-inverse-functional-identifier">xAPI
   *     2.0 Data 2.4.2.3 Inverse Functional Identifier</a>
   */
  static void identifiers(Node node) {
    node.optional("mbox").ifPresent(Mailboxes::mailto);
    node.optional("mbox_sha1sum").ifPresent(Mailboxes::sha1sum);
    node.optional("openid").ifPresent(Iris::iri);
    node.optional("account").ifPresent(ActorRules::account);
  }

  /**
   * An account has exactly a homePage IRL and a name string.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2424-account-object">xAPI
   *     2.0 Data 2.4.2.4 Account Object</a>
   */
  public static void account(Node node) {
    node.object();
    node.onlyProperties(ACCOUNT_PROPERTIES, "an account");
    Iris.irl(node.required("homePage"));
    node.required("name").string();
  }
}
