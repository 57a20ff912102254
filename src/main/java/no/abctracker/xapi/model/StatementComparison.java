package no.abctracker.xapi.model;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.abctracker.xapi.model.validation.Uuids;

/**
 * Whether two statements have the same content, ignoring what the immutability exceptions allow to
 * differ: LRS-assigned properties (authority, stored, version), verb display and activity
 * definitions, timestamp serialisation (the point in time counts, to the millisecond), the order of
 * group members, attachments, case where case is not significant (UUIDs, email domains, hex), JSON
 * number spelling and, from xAPI 2.0, duration precision beyond 0.01 s.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#231-statement-immutability">xAPI
 *     2.0 Data 2.3.1 Statement Immutability and Statement Comparison Requirements</a>
 */
public final class StatementComparison {

  private static final Set<String> ASSIGNED =
      Set.of("authority", "stored", "version", "attachments");

  private StatementComparison() {}

  public static boolean sameContent(JsonObject a, JsonObject b) {
    return comparable(a).equals(comparable(b));
  }

  /** The statement reduced to what comparison looks at. */
  static JsonValue comparable(JsonObject statement) {
    JsonObjectBuilder top = JSON.createObjectBuilder();
    statement.forEach(
        (key, value) -> {
          if (!ASSIGNED.contains(key)) {
            top.add(key, value);
          }
        });
    return normalise(null, top.build());
  }

  private static JsonValue normalise(String key, JsonValue value) {
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        value
            .asJsonObject()
            .forEach(
                (k, v) -> {
                  if (k.equals("definition") || (k.equals("display") && "verb".equals(key))) {
                    return;
                  }
                  if (k.equals("attachments")) {
                    return;
                  }
                  if (k.equals("contextActivities")
                      && v.getValueType() == JsonValue.ValueType.OBJECT) {
                    JsonObjectBuilder activities = JSON.createObjectBuilder();
                    v.asJsonObject()
                        .forEach(
                            (ck, cv) ->
                                activities.add(ck, normalise(ck, StatementFormats.asArray(cv))));
                    b.add(k, activities);
                    return;
                  }
                  b.add(k, normalise(k, v));
                });
        return b.build();
      }
      case ARRAY -> {
        List<JsonValue> items = new ArrayList<>();
        value.asJsonArray().forEach(v -> items.add(normalise(null, v)));
        if ("member".equals(key)) {
          items.sort(Comparator.comparing(JsonValue::toString));
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        items.forEach(array::add);
        return array.build();
      }
      case NUMBER -> {
        return JSON.createValue(((JsonNumber) value).bigDecimalValue().stripTrailingZeros());
      }
      case STRING -> {
        return JSON.createValue(normaliseString(key, ((JsonString) value).getString()));
      }
      default -> {
        return value;
      }
    }
  }

  private static String normaliseString(String key, String s) {
    if (key == null) {
      return s;
    }
    return switch (key) {
      case "timestamp" -> Timestamps.isTimestamp(s) ? Timestamps.normalise(s) : s;
      case "mbox" -> Actors.normaliseMbox(s);
      case "mbox_sha1sum", "sha2" -> s.toLowerCase(Locale.ROOT);
      case "id", "registration" -> Uuids.isUuid(s) ? s.toLowerCase(Locale.ROOT) : s;
      case "duration" -> Durations.toHundredths(s);
      default -> s;
    };
  }
}
