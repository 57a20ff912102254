package no.abctracker.xapi.model.validation;

import java.util.Set;

/**
 * The Context: registration, instructor, team, contextActivities, revision, platform, language,
 * statement, extensions, and in xAPI 2.0 contextAgents and contextGroups.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#246-context">xAPI 2.0
 *     Data 2.4.6 Context</a>
 */
public final class ContextRules {

  private static final Set<String> PROPERTIES_1 =
      Set.of(
          "registration",
          "instructor",
          "team",
          "contextActivities",
          "revision",
          "platform",
          "language",
          "statement",
          "extensions");
  private static final Set<String> PROPERTIES_2 =
      Set.of(
          "registration",
          "instructor",
          "team",
          "contextActivities",
          "revision",
          "platform",
          "language",
          "statement",
          "extensions",
          "contextAgents",
          "contextGroups");
  private static final Set<String> CONTEXT_ACTIVITY_KEYS =
      Set.of("parent", "grouping", "category", "other");
  private static final Set<String> CONTEXT_AGENT_PROPERTIES =
      Set.of("objectType", "agent", "relevantTypes");
  private static final Set<String> CONTEXT_GROUP_PROPERTIES =
      Set.of("objectType", "group", "relevantTypes");

  private ContextRules() {}

  /**
   * @param objectType the objectType of the statement's object ("Activity" when absent)
   */
  public static void context(Node node, String objectType) {
    node.object();
    node.onlyProperties(node.version().isV2() ? PROPERTIES_2 : PROPERTIES_1, "a Context");
    node.optional("registration").ifPresent(Uuids::uuid);
    node.optional("instructor").ifPresent(ActorRules::actor);
    node.optional("team").ifPresent(ContextRules::team);
    node.optional("contextActivities").ifPresent(ContextRules::contextActivities);
    node.optional("revision").ifPresent(revision -> onlyForActivity(revision, objectType));
    node.optional("platform").ifPresent(platform -> onlyForActivity(platform, objectType));
    node.optional("language").ifPresent(LanguageMaps::languageTag);
    node.optional("statement").ifPresent(StatementRefRules::statementRef);
    node.optional("extensions").ifPresent(Extensions::extensions);
    node.optional("contextAgents").ifPresent(ContextRules::contextAgents);
    node.optional("contextGroups").ifPresent(ContextRules::contextGroups);
  }

  /**
   * The team is a Group.
   *
   * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#246-context">xAPI
   *     2.0 Data 2.4.6 Context</a>
   */
  static void team(Node node) {
    node.object();
    if (!node.objectType().filter("Group"::equals).isPresent()) {
      throw node.fail("must be a Group (with \"objectType\": \"Group\")");
    }
    ActorRules.group(node);
  }

  /**
   * "revision" and "platform" are strings and only used when the object is an Activity.
   *
   * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#246-context">xAPI
   *     2.0 Data 2.4.6 Context</a>
   */
  static void onlyForActivity(Node property, String objectType) {
    property.string();
    if (!"Activity".equals(objectType)) {
      throw property.fail(
          "must only be used when the statement's object is an Activity, not a " + objectType);
    }
  }

  /**
   * contextActivities keys are parent, grouping, category or other; each value an Activity or an
   * array of Activities.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2462-contextactivities-property">xAPI
   *     2.0 Data 2.4.6.2 ContextActivities Property</a>
   */
  static void contextActivities(Node node) {
    node.object();
    for (String key : node.object().keySet()) {
      Node value = node.field(key);
      if (!CONTEXT_ACTIVITY_KEYS.contains(key)) {
        throw value.fail("is not a contextActivities key; use parent, grouping, category or other");
      }
      if (value.isObject()) {
        ActivityRules.activity(value);
      } else {
        value.elements().forEach(ActivityRules::activity);
      }
    }
  }

  /**
   * xAPI 2.0 contextAgents: an array of {objectType "contextAgent", an Agent, optional non-empty
   * relevantTypes IRIs}.
   *
   * @see <a href="https://opensource.ieee.org/xapi/xapi-base-standard-documentation">IEEE 9274.1.1
   *     xAPI 2.0 Data 4.2.2.5 Context, contextAgents</a>
   */
  static void contextAgents(Node node) {
    for (Node contextAgent : node.elements()) {
      contextAgent.object();
      contextAgent.onlyProperties(CONTEXT_AGENT_PROPERTIES, "a contextAgent");
      Node type = contextAgent.required("objectType");
      if (!type.string().equals("contextAgent")) {
        throw type.fail("must be \"contextAgent\", got \"" + type.string() + "\"");
      }
      ActorRules.agent(contextAgent.required("agent"));
      contextAgent.optional("relevantTypes").ifPresent(ContextRules::relevantTypes);
    }
  }

  /**
   * xAPI 2.0 contextGroups: an array of {objectType "contextGroup", a Group, optional non-empty
   * relevantTypes IRIs}.
   *
   * @see <a href="https://opensource.ieee.org/xapi/xapi-base-standard-documentation">IEEE 9274.1.1
   *     xAPI 2.0 Data 4.2.2.5 Context, contextGroups</a>
   */
  static void contextGroups(Node node) {
    for (Node contextGroup : node.elements()) {
      contextGroup.object();
      contextGroup.onlyProperties(CONTEXT_GROUP_PROPERTIES, "a contextGroup");
      Node type = contextGroup.required("objectType");
      if (!type.string().equals("contextGroup")) {
        throw type.fail("must be \"contextGroup\", got \"" + type.string() + "\"");
      }
      ActorRules.group(contextGroup.required("group"));
      contextGroup.optional("relevantTypes").ifPresent(ContextRules::relevantTypes);
    }
  }

  /** relevantTypes is a non-empty array of IRIs. */
  static void relevantTypes(Node node) {
    if (node.elements().isEmpty()) {
      throw node.fail("must list at least one IRI when present");
    }
    node.elements().forEach(Iris::iri);
  }
}
