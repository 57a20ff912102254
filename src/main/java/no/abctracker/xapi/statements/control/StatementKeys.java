package no.abctracker.xapi.statements.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import no.abctracker.xapi.model.Actors;

/**
 * The filter keys of a statement, each a "kind|value" string that is stored as its SHA-1 in {@code
 * xapi_statement_key}: what the {@code agent}, {@code verb}, {@code activity}, {@code
 * registration}, {@code related_agents} and {@code related_activities} parameters match.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#213-get-statements">xAPI
 *     2.0 Communication 2.1.3 GET Statements, filter parameters</a>
 */
public final class StatementKeys {

  private StatementKeys() {}

  public static String agent(String identifierKey) {
    return "agent|" + identifierKey;
  }

  public static String relatedAgent(String identifierKey) {
    return "agent*|" + identifierKey;
  }

  public static String activity(String activityId) {
    return "activity|" + activityId;
  }

  public static String relatedActivity(String activityId) {
    return "activity*|" + activityId;
  }

  public static String verb(String verbId) {
    return "verb|" + verbId;
  }

  public static String registration(String uuid) {
    return "registration|" + uuid.toLowerCase(Locale.ROOT);
  }

  /** The keys of the statement itself (not of a statement it refers to). */
  public static Set<String> of(JsonObject statement) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(verb(statement.getJsonObject("verb").getString("id")));
    JsonObject context = statement.getJsonObject("context");
    if (context != null && context.containsKey("registration")) {
      keys.add(registration(context.getString("registration")));
    }
    actor(statement.getJsonObject("actor"), true, keys);
    JsonObject authority = statement.getJsonObject("authority");
    if (authority != null) {
      actor(authority, false, keys);
    }
    body(statement, keys);
    return keys;
  }

  /** What a statement and its SubStatement both contribute. */
  private static void body(JsonObject statement, Set<String> keys) {
    JsonObject object = statement.getJsonObject("object");
    String type = object.getString("objectType", "Activity");
    switch (type) {
      case "Activity" -> {
        keys.add(activity(object.getString("id")));
        keys.add(relatedActivity(object.getString("id")));
      }
      case "Agent", "Group" -> actor(object, true, keys);
      case "SubStatement" -> {
        actor(object.getJsonObject("actor"), false, keys);
        JsonObject subObject = object.getJsonObject("object");
        String subType = subObject.getString("objectType", "Activity");
        if (subType.equals("Activity")) {
          keys.add(relatedActivity(subObject.getString("id")));
        } else if (subType.equals("Agent") || subType.equals("Group")) {
          actor(subObject, false, keys);
        }
        context(object.getJsonObject("context"), keys);
      }
      default -> {
        // StatementRef: the target's keys are added by the store.
      }
    }
    context(statement.getJsonObject("context"), keys);
  }

  private static void context(JsonObject context, Set<String> keys) {
    if (context == null) {
      return;
    }
    for (String role : new String[] {"instructor", "team"}) {
      JsonObject actor = context.getJsonObject(role);
      if (actor != null) {
        actor(actor, false, keys);
      }
    }
    JsonObject activities = context.getJsonObject("contextActivities");
    if (activities != null) {
      activities
          .values()
          .forEach(
              list -> {
                if (list.getValueType() == JsonValue.ValueType.ARRAY) {
                  list.asJsonArray()
                      .forEach(a -> keys.add(relatedActivity(a.asJsonObject().getString("id"))));
                } else {
                  keys.add(relatedActivity(list.asJsonObject().getString("id")));
                }
              });
    }
  }

  /** An Agent or Group; members of a Group match too. Direct ones also count as related. */
  private static void actor(JsonObject actor, boolean direct, Set<String> keys) {
    if (Actors.isIdentified(actor)) {
      String key = Actors.identifierKey(actor);
      if (direct) {
        keys.add(agent(key));
      }
      keys.add(relatedAgent(key));
    }
    if (actor.containsKey("member")) {
      actor.getJsonArray("member").forEach(member -> actor(member.asJsonObject(), direct, keys));
    }
  }

  /** SHA-1 of the key's UTF-8 bytes: the fixed-width form the key table is indexed by. */
  public static byte[] hash(String key) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-1", e);
    }
  }
}
