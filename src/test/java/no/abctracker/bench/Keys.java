package no.abctracker.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.Set;
import no.abctracker.xapi.model.Actors;

/** Stand-in for the store's filter keys until the statements branch is merged. */
final class Keys {
  private Keys() {}

  static Set<String> of(JsonObject s) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add("verb|" + s.getJsonObject("verb").getString("id"));
    JsonObject context = s.getJsonObject("context");
    keys.add("registration|" + context.getString("registration"));
    String actor = Actors.identifierKey(s.getJsonObject("actor"));
    keys.add("agent|" + actor);
    keys.add("agent*|" + actor);
    keys.add("agent*|" + Actors.identifierKey(s.getJsonObject("authority")));
    keys.add("activity|" + s.getJsonObject("object").getString("id"));
    keys.add("activity*|" + s.getJsonObject("object").getString("id"));
    for (JsonValue list : context.getJsonObject("contextActivities").values()) {
      list.asJsonArray().forEach(a -> keys.add("activity*|" + a.asJsonObject().getString("id")));
    }
    return keys;
  }

  static byte[] hash(String key) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
