package no.abctracker.xapi.model;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code format} parameter of statement retrieval: {@code ids} and {@code canonical} ({@code
 * exact} is the stored JSON as it is), and the normalisation a stored statement gets.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#213-get-statements">xAPI
 *     2.0 Communication 2.1.3 GET Statements, format</a>
 */
public final class StatementFormats {

  private static final Set<String> ACTOR_KEYS =
      Set.of("actor", "instructor", "team", "authority", "agent", "group");
  private static final Set<String> LANGUAGE_MAPS = Set.of("display", "name", "description");

  private StatementFormats() {}

  /**
   * {@code format=ids}: Agents and Groups reduced to their identifiers (anonymous groups to their
   * members' identifiers), Activities and Verbs to their ids.
   */
  public static JsonObject ids(JsonObject statement) {
    return idsOf(statement).asJsonObject();
  }

  private static JsonValue idsOf(JsonValue value) {
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      value.asJsonArray().forEach(v -> array.add(idsOf(v)));
      return array.build();
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      return value;
    }
    JsonObject object = value.asJsonObject();
    JsonObjectBuilder b = Json.createObjectBuilder();
    object.forEach(
        (key, child) -> {
          if (ACTOR_KEYS.contains(key) && child.getValueType() == JsonValue.ValueType.OBJECT) {
            b.add(key, Actors.identifierOnly(child.asJsonObject()));
          } else if (key.equals("verb")) {
            b.add(key, Json.createObjectBuilder().add("id", child.asJsonObject().get("id")));
          } else if (key.equals("object")) {
            b.add(key, objectIds(child.asJsonObject()));
          } else if (key.equals("contextActivities")) {
            JsonObjectBuilder activities = Json.createObjectBuilder();
            child.asJsonObject().forEach((k, v) -> activities.add(k, activityIds(asArray(v))));
            b.add(key, activities);
          } else if (key.equals("extensions") || key.equals("result")) {
            b.add(key, child);
          } else {
            b.add(key, idsOf(child));
          }
        });
    return b.build();
  }

  private static JsonValue activityIds(JsonValue activities) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    activities.asJsonArray().forEach(a -> array.add(activityId(a.asJsonObject())));
    return array.build();
  }

  /** An Activity reduced to its id alone (the ADL suite counts the keys of ids-format objects). */
  private static JsonObject activityId(JsonObject activity) {
    return Json.createObjectBuilder().add("id", activity.get("id")).build();
  }

  private static JsonValue objectIds(JsonObject object) {
    String type = object.getString("objectType", "Activity");
    return switch (type) {
      case "Activity" -> activityId(object);
      case "Agent", "Group" -> Actors.identifierOnly(object);
      default -> idsOf(object);
    };
  }

  /**
   * {@code format=canonical}: every language map reduced to the one entry that best fits the
   * Accept-Language ranges (falling back to "und", then the first entry).
   */
  public static JsonObject canonical(
      JsonObject statement, List<Locale.LanguageRange> acceptLanguage) {
    return canonicalOf(statement, acceptLanguage == null ? List.of() : acceptLanguage)
        .asJsonObject();
  }

  private static JsonValue canonicalOf(JsonValue value, List<Locale.LanguageRange> ranges) {
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      value.asJsonArray().forEach(v -> array.add(canonicalOf(v, ranges)));
      return array.build();
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      return value;
    }
    JsonObjectBuilder b = Json.createObjectBuilder();
    value
        .asJsonObject()
        .forEach(
            (key, child) -> {
              if (key.equals("extensions")) {
                b.add(key, child);
              } else if (LANGUAGE_MAPS.contains(key)
                  && child.getValueType() == JsonValue.ValueType.OBJECT) {
                b.add(key, bestLanguage(child.asJsonObject(), ranges));
              } else {
                b.add(key, canonicalOf(child, ranges));
              }
            });
    return b.build();
  }

  /** The single entry of a language map that best matches the ranges. */
  public static JsonObject bestLanguage(JsonObject languageMap, List<Locale.LanguageRange> ranges) {
    if (languageMap.size() <= 1) {
      return languageMap;
    }
    List<String> tags = new ArrayList<>(languageMap.keySet());
    List<String> matches = Locale.filterTags(ranges, tags);
    String chosen;
    if (!matches.isEmpty()) {
      chosen = matches.get(0);
    } else if (languageMap.containsKey("und")) {
      chosen = "und";
    } else {
      chosen = tags.get(0);
    }
    // filterTags may change case; find the original key.
    String key =
        tags.stream().filter(t -> t.equalsIgnoreCase(chosen)).findFirst().orElse(tags.get(0));
    return Json.createObjectBuilder().add(key, languageMap.get(key)).build();
  }

  /**
   * The statement as the LRS keeps it: every contextActivities value an array, including in a
   * SubStatement.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2462-contextactivities-property">xAPI
   *     2.0 Data 2.4.6.2 ContextActivities Property</a>
   */
  public static JsonObject contextActivitiesAsArrays(JsonObject statement) {
    return arrays(statement).asJsonObject();
  }

  private static JsonValue arrays(JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      return value;
    }
    JsonObjectBuilder b = Json.createObjectBuilder();
    value
        .asJsonObject()
        .forEach(
            (key, child) -> {
              if (key.equals("contextActivities")
                  && child.getValueType() == JsonValue.ValueType.OBJECT) {
                JsonObjectBuilder activities = Json.createObjectBuilder();
                child.asJsonObject().forEach((k, v) -> activities.add(k, asArray(v)));
                b.add(key, activities);
              } else if (key.equals("object") || key.equals("context")) {
                b.add(key, arrays(child));
              } else {
                b.add(key, child);
              }
            });
    return b.build();
  }

  static JsonValue asArray(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.ARRAY
        ? value
        : Json.createArrayBuilder().add(value).build();
  }
}
