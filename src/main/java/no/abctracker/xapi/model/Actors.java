package no.abctracker.xapi.model;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.abctracker.xapi.model.validation.ActorRules;
import no.abctracker.xapi.model.validation.Node;

/**
 * Agents and Groups outside statements: the {@code agent=} parameter of the document and agents
 * resources, canonical identity for indexing and equality, and the Person object.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#242-actor">xAPI 2.0
 *     Data 2.4.2 Actor</a>
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#agentsres">xAPI
 *     2.0 Communication 2.4 Agents Resource</a>
 */
public final class Actors {

  private Actors() {}

  /** Parses and validates the {@code agent} parameter (an Agent or Identified Group as JSON). */
  public static JsonObject parseParameter(String json, XapiVersion version) {
    return parseParameter("agent", json, version);
  }

  /**
   * Parses and validates an Agent or Group given as the JSON text of the named parameter.
   *
   * @throws InvalidStatement naming the parameter when it is missing, not JSON or not a valid actor
   */
  public static JsonObject parseParameter(String parameter, String json, XapiVersion version) {
    if (json == null || json.isBlank()) {
      throw new InvalidStatement(
          parameter, "is required: an Agent as JSON, e.g. {\"mbox\":\"mailto:a@example.com\"}");
    }
    JsonValue value;
    try {
      value = StrictJson.read(json, parameter);
    } catch (StrictJson.Malformed e) {
      throw new InvalidStatement(parameter, e.reason(), e);
    }
    ActorRules.actor(new Node(parameter, value, version));
    return value.asJsonObject();
  }

  /**
   * A canonical key for an Agent or Identified Group: {@code mbox|mailto:a@b.no}, {@code
   * mbox_sha1sum|<hex>}, {@code openid|<uri>} or {@code account|<homePage>|<name>}. Email domains
   * and SHA-1 hex are lower-cased (case-insensitive by definition).
   *
   * @throws IllegalArgumentException for an Anonymous Group (it has no identity)
   */
  public static String identifierKey(JsonObject agentOrIdentifiedGroup) {
    JsonObject a = agentOrIdentifiedGroup;
    if (a.containsKey("mbox")) {
      return "mbox|" + normaliseMbox(a.getString("mbox"));
    }
    if (a.containsKey("mbox_sha1sum")) {
      return "mbox_sha1sum|" + a.getString("mbox_sha1sum").toLowerCase(Locale.ROOT);
    }
    if (a.containsKey("openid")) {
      return "openid|" + a.getString("openid");
    }
    if (a.containsKey("account")) {
      JsonObject account = a.getJsonObject("account");
      return "account|" + account.getString("homePage") + "|" + account.getString("name");
    }
    throw new IllegalArgumentException("an Anonymous Group has no identifier");
  }

  /** Whether the actor has an inverse functional identifier (i.e. is not an Anonymous Group). */
  public static boolean isIdentified(JsonObject actor) {
    return actor.containsKey("mbox")
        || actor.containsKey("mbox_sha1sum")
        || actor.containsKey("openid")
        || actor.containsKey("account");
  }

  /** Only the identifying part of an Agent or Group, as the {@code ids} format returns it. */
  public static JsonObject identifierOnly(JsonObject actor) {
    JsonObjectBuilder b = JSON.createObjectBuilder();
    if (actor.containsKey("objectType")) {
      b.add("objectType", actor.get("objectType"));
    }
    for (String ifi : List.of("mbox", "mbox_sha1sum", "openid", "account")) {
      if (actor.containsKey(ifi)) {
        b.add(ifi, actor.get(ifi));
        return b.build();
      }
    }
    if (actor.containsKey("member")) {
      JsonArrayBuilder members = JSON.createArrayBuilder();
      actor.getJsonArray("member").forEach(m -> members.add(identifierOnly(m.asJsonObject())));
      b.add("member", members);
    }
    return b.build();
  }

  /** "mailto:Ola@Example.NO" → "mailto:Ola@example.no": the domain is case-insensitive. */
  static String normaliseMbox(String mbox) {
    int at = mbox.lastIndexOf('@');
    return at < 0 ? mbox : mbox.substring(0, at) + mbox.substring(at).toLowerCase(Locale.ROOT);
  }

  /**
   * The Person object of the Agents resource: every name and identifier of the given Agents, each
   * once, in order.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#person-properties">xAPI
   *     2.0 Communication 2.4 Person Object</a>
   */
  public static JsonObject person(List<JsonObject> agents) {
    Map<String, Set<JsonValue>> values = new LinkedHashMap<>();
    for (String key : List.of("name", "mbox", "mbox_sha1sum", "openid", "account")) {
      values.put(key, new LinkedHashSet<>());
    }
    for (JsonObject agent : agents) {
      values.forEach(
          (key, set) -> {
            if (agent.containsKey(key)) {
              set.add(agent.get(key));
            }
          });
    }
    JsonObjectBuilder person = JSON.createObjectBuilder().add("objectType", "Person");
    values.forEach(
        (key, set) -> {
          if (!set.isEmpty()) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            set.forEach(array::add);
            person.add(key, array);
          }
        });
    return person.build();
  }
}
