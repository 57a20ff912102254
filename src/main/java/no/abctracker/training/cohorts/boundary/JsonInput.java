package no.abctracker.training.cohorts.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.abctracker.problems.BadRequest;

/**
 * Reads the members of a JSON request body, collecting every problem (missing, wrong type, too
 * long, not a date), so that one 400 names them all; {@link #done()} throws it. A member that is
 * JSON {@code null} counts as absent.
 */
final class JsonInput {

  private final JsonObject body;
  private final String prefix;
  private final List<String> problems;

  private JsonInput(JsonObject body, String prefix, List<String> problems) {
    this.body = body;
    this.prefix = prefix;
    this.problems = problems;
  }

  static JsonInput of(JsonStructure body) {
    if (!(body instanceof JsonObject object)) {
      throw new BadRequest("The body must be a JSON object");
    }
    return new JsonInput(object, "", new ArrayList<>());
  }

  /** Throws one 400 naming every problem found so far. */
  void done() {
    if (!problems.isEmpty()) {
      throw new BadRequest(String.join("; ", problems));
    }
  }

  String text(String name, int maxLength) {
    Optional<String> text = optionalText(name, maxLength);
    if (text.isEmpty() && !has(name)) {
      problem(name, "is required");
    }
    return text.orElse(null);
  }

  Optional<String> optionalText(String name, int maxLength) {
    if (!has(name)) {
      return Optional.empty();
    }
    if (!(body.get(name) instanceof JsonString string)) {
      problem(name, "must be a string");
      return Optional.empty();
    }
    String text = string.getString().strip();
    if (text.isEmpty()) {
      problem(name, "must not be empty");
      return Optional.empty();
    }
    if (text.length() > maxLength) {
      problem(name, "must be at most " + maxLength + " characters");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  LocalDate date(String name) {
    String text = text(name, 10);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(name, "'" + text + "' is not a date (YYYY-MM-DD)");
      return null;
    }
  }

  LocalDateTime dateTime(String name) {
    String text = text(name, 30);
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      problem(
          name,
          "'"
              + text
              + "' is not a Norwegian local date and time (YYYY-MM-DDTHH:MM, no offset, e.g."
              + " 2025-03-04T09:00)");
      return null;
    }
  }

  Optional<Integer> optionalInt(String name, int min, int max) {
    if (!has(name)) {
      return Optional.empty();
    }
    if (!(body.get(name) instanceof JsonNumber number) || !number.isIntegral()) {
      problem(name, "must be a whole number");
      return Optional.empty();
    }
    if (number.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(min)) < 0
        || number.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(max)) > 0) {
      problem(name, "must be from " + min + " to " + max);
      return Optional.empty();
    }
    return Optional.of(number.intValue());
  }

  <E extends Enum<E>> E choice(String name, Class<E> type) {
    Optional<E> value = optionalChoice(name, type);
    if (value.isEmpty() && !has(name)) {
      problem(name, "is required, one of " + Arrays.toString(type.getEnumConstants()));
    }
    return value.orElse(null);
  }

  <E extends Enum<E>> Optional<E> optionalChoice(String name, Class<E> type) {
    Optional<String> text = optionalText(name, 40);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text.get())) {
        return Optional.of(constant);
      }
    }
    problem(name, "'" + text.get() + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    return Optional.empty();
  }

  /** An array of non-empty strings; {@code required} means present with at least one. */
  List<String> strings(String name, boolean required, int maxItems, int maxLength) {
    if (!has(name)) {
      if (required) {
        problem(name, "is required: a list of at least one");
      }
      return List.of();
    }
    if (!(body.get(name) instanceof JsonArray array)) {
      problem(name, "must be an array of strings");
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonString string) || string.getString().isBlank()) {
        problem(name, "must be an array of non-empty strings");
        return List.of();
      }
      if (string.getString().strip().length() > maxLength) {
        problem(name, "'" + string.getString() + "' is longer than " + maxLength + " characters");
        return List.of();
      }
      values.add(string.getString().strip());
    }
    if (required && values.isEmpty()) {
      problem(name, "needs at least one");
    }
    if (values.size() > maxItems) {
      problem(name, "takes at most " + maxItems + " at a time");
    }
    return values;
  }

  /** A nested object, whose problems are named {@code name.member}. */
  Optional<JsonInput> object(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    if (!(body.get(name) instanceof JsonObject object)) {
      problem(name, "must be an object");
      return Optional.empty();
    }
    return Optional.of(new JsonInput(object, prefix + name + ".", problems));
  }

  void problem(String name, String message) {
    problems.add(prefix + name + ": " + message);
  }

  private boolean has(String name) {
    return body.containsKey(name) && body.get(name) != JsonValue.NULL;
  }
}
