package no.abctracker.municipalities.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;
import no.abctracker.problems.BadRequest;

/**
 * A PATCH of a municipality as sent: the fields present, each checked for its type here (the ranges
 * by the control). For a retention period, JSON {@code null} means "the global setting" (an empty
 * inner Optional); a field left out is unchanged (an empty outer Optional).
 */
record MunicipalityChange(
    Optional<String> accountHomePage,
    Optional<Optional<Integer>> retentionYears,
    Optional<Optional<Integer>> unknownActorRetentionDays) {

  private static final Set<String> FIELDS =
      Set.of("accountHomePage", "retentionYears", "unknownActorRetentionDays");

  static MunicipalityChange from(JsonObject body) {
    if (body == null || body.isEmpty() || !FIELDS.containsAll(body.keySet())) {
      throw new BadRequest(
          "Send some of {\"accountHomePage\": \"https://…\", \"retentionYears\": 5,"
              + " \"unknownActorRetentionDays\": 365}: these are what may change");
    }
    Optional<String> homePage = Optional.empty();
    if (body.containsKey("accountHomePage")) {
      if (!(body.get("accountHomePage") instanceof JsonString s)) {
        throw new BadRequest("accountHomePage: a text, the account homePage");
      }
      homePage = Optional.of(s.getString());
    }
    return new MunicipalityChange(
        homePage, whole(body, "retentionYears"), whole(body, "unknownActorRetentionDays"));
  }

  private static Optional<Optional<Integer>> whole(JsonObject body, String field) {
    if (!body.containsKey(field)) {
      return Optional.empty();
    }
    JsonValue value = body.get(field);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.of(Optional.empty());
    }
    if (!(value instanceof JsonNumber n)
        || !n.isIntegral()
        || n.bigDecimalValue().abs().compareTo(java.math.BigDecimal.valueOf(100_000)) > 0) {
      throw new BadRequest(field + ": a whole number, or null for the global setting");
    }
    return Optional.of(Optional.of(n.intValue()));
  }
}
