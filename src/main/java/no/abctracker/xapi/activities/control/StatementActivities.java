package no.abctracker.xapi.activities.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Every Activity object a statement mentions: its object, its context activities (parent, grouping,
 * category, other; single objects or arrays) and the same inside a SubStatement.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2441-when-the-objecttype-is-activity">xAPI
 *     2.0 Data 2.4.4.1 Activity as object</a>
 */
public final class StatementActivities {

  private static final List<String> CONTEXT_KEYS =
      List.of("parent", "grouping", "category", "other");

  private StatementActivities() {}

  public static List<JsonObject> of(JsonObject statement) {
    List<JsonObject> activities = new ArrayList<>();
    collect(statement, activities, true);
    return activities;
  }

  private static void collect(JsonObject statement, List<JsonObject> into, boolean outer) {
    JsonValue object = statement.get("object");
    if (object instanceof JsonObject o) {
      String type = o.getString("objectType", "Activity");
      if (type.equals("Activity") && o.containsKey("id")) {
        into.add(o);
      } else if (outer && type.equals("SubStatement")) {
        collect(o, into, false);
      }
    }
    if (statement.get("context") instanceof JsonObject context
        && context.get("contextActivities") instanceof JsonObject contextActivities) {
      for (String key : CONTEXT_KEYS) {
        JsonValue value = contextActivities.get(key);
        if (value instanceof JsonObject single) {
          into.add(single);
        } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
          value.asJsonArray().stream()
              .filter(JsonObject.class::isInstance)
              .map(JsonObject.class::cast)
              .forEach(into::add);
        }
      }
    }
  }
}
