package no.abctracker.xapi.model.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Activities and their definitions, including interaction activities and their components.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2441-when-the-objecttype-is-activity">xAPI
 *     2.0 Data 2.4.4.1 Activity</a>
 */
public final class ActivityRules {

  private static final Set<String> ACTIVITY_PROPERTIES = Set.of("objectType", "id", "definition");
  private static final Set<String> DEFINITION_PROPERTIES =
      Set.of(
          "name",
          "description",
          "type",
          "moreInfo",
          "extensions",
          "interactionType",
          "correctResponsesPattern",
          "choices",
          "scale",
          "source",
          "target",
          "steps");
  static final List<String> COMPONENT_LISTS =
      List.of("choices", "scale", "source", "target", "steps");
  private static final Set<String> COMPONENT_PROPERTIES = Set.of("id", "description");
  private static final Map<String, Set<String>> LISTS_BY_TYPE =
      Map.of(
          "true-false", Set.of(),
          "choice", Set.of("choices"),
          "fill-in", Set.of(),
          "long-fill-in", Set.of(),
          "matching", Set.of("source", "target"),
          "performance", Set.of("steps"),
          "sequencing", Set.of("choices"),
          "likert", Set.of("scale"),
          "numeric", Set.of(),
          "other", Set.of());

  private ActivityRules() {}

  /**
   * An Activity: objectType "Activity" if given, a required IRI id, an optional definition.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2441-when-the-objecttype-is-activity">xAPI
   *     2.0 Data 2.4.4.1 Activity</a>
   */
  public static void activity(Node node) {
    node.object();
    node.objectType()
        .filter(type -> !type.equals("Activity"))
        .ifPresent(
            type -> {
              throw node.field("objectType")
                  .fail(
                      "must be \"Activity\" for an Activity (case-sensitive), got \""
                          + type
                          + "\"");
            });
    node.onlyProperties(ACTIVITY_PROPERTIES, "an Activity");
    Iris.iri(node.required("id"));
    node.optional("definition").ifPresent(ActivityRules::definition);
  }

  /**
   * An Activity Definition: language-map name and description, IRI type, IRL moreInfo, extensions
   * and the interaction properties.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#activity-definition">xAPI
   *     2.0 Data 2.4.4.1 Activity Definition</a>
   */
  public static void definition(Node node) {
    node.object();
    node.onlyProperties(DEFINITION_PROPERTIES, "an Activity Definition");
    node.optional("name").ifPresent(LanguageMaps::languageMap);
    node.optional("description").ifPresent(LanguageMaps::languageMap);
    node.optional("type").ifPresent(Iris::iri);
    node.optional("moreInfo").ifPresent(Iris::irl);
    node.optional("extensions").ifPresent(Extensions::extensions);
    interaction(node);
  }

  /**
   * Interaction properties need a valid interactionType; correctResponsesPattern is an array of
   * strings; component lists fit the interaction type.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#interaction-activities">xAPI
   *     2.0 Data 2.4.4.1 Interaction Activities</a>
   */
  static void interaction(Node definition) {
    Node interactionType = definition.field("interactionType");
    String type = null;
    if (interactionType.present()) {
      type = interactionType.string();
      if (!LISTS_BY_TYPE.containsKey(type)) {
        throw interactionType.fail(
            "must be one of "
                + String.join(", ", new java.util.TreeSet<>(LISTS_BY_TYPE.keySet()))
                + " (case-sensitive), got \""
                + type
                + "\"");
      }
    }
    Node pattern = definition.field("correctResponsesPattern");
    if (pattern.present()) {
      requireInteractionType(pattern, type);
      pattern.elements().forEach(Node::string);
    }
    for (String list : COMPONENT_LISTS) {
      Node components = definition.field(list);
      if (!components.present()) {
        continue;
      }
      requireInteractionType(components, type);
      if (!LISTS_BY_TYPE.get(type).contains(list)) {
        throw components.fail(
            "cannot be used with interactionType \""
                + type
                + "\""
                + (LISTS_BY_TYPE.get(type).isEmpty()
                    ? ", which has no component lists"
                    : "; use "
                        + String.join(" and ", new java.util.TreeSet<>(LISTS_BY_TYPE.get(type)))));
      }
      components(components);
    }
  }

  private static void requireInteractionType(Node property, String type) {
    if (type == null) {
      throw property.fail("requires the definition to have an \"interactionType\"");
    }
  }

  /**
   * Interaction components: a string id, distinct within the list, and a language-map description.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#interaction-components">xAPI
   *     2.0 Data 2.4.4.1 Interaction Components</a>
   */
  static void components(Node list) {
    Set<String> ids = new HashSet<>();
    for (Node component : list.elements()) {
      component.object();
      component.onlyProperties(COMPONENT_PROPERTIES, "an interaction component");
      Node id = component.required("id");
      if (!ids.add(id.string())) {
        throw id.fail("\"" + id.string() + "\" is used twice; component ids must be distinct");
      }
      component.optional("description").ifPresent(LanguageMaps::languageMap);
    }
  }
}
