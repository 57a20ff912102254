package no.abctracker.xapi.activities.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * How a newly received Activity Definition updates the stored canonical one: language maps ({@code
 * name}, {@code description}) and {@code extensions} gain the new entries and keep the others (so
 * two statements describing an activity in two languages yield both); any other property present in
 * the new definition replaces the stored one.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#25-activities-resource">xAPI
 *     2.0 Communication 2.5 Activities Resource</a>
 */
public final class DefinitionMerge {

  private static final Set<String> MERGED_MAPS = Set.of("name", "description", "extensions");

  private DefinitionMerge() {}

  public static JsonObject merge(JsonObject stored, JsonObject received) {
    JsonObjectBuilder merged = JSON.createObjectBuilder(stored);
    received.forEach(
        (property, value) -> {
          JsonValue old = stored.get(property);
          if (MERGED_MAPS.contains(property)
              && old != null
              && old.getValueType() == JsonValue.ValueType.OBJECT
              && value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObjectBuilder map = JSON.createObjectBuilder(old.asJsonObject());
            value.asJsonObject().forEach(map::add);
            merged.add(property, map);
          } else {
            merged.add(property, value);
          }
        });
    return merged.build();
  }
}
