package no.abctracker.training.superusers.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import no.abctracker.kernel.Language;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.MessageKey;

/** Reads query parameters and body members, answering 400 with the name of what is wrong. */
final class Params {

  private Params() {}

  static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  static Optional<LocalDate> date(String name, String value) {
    return text(value)
        .map(
            v -> {
              try {
                return LocalDate.parse(v);
              } catch (DateTimeParseException e) {
                throw new BadRequest(MessageKey.PARAMETER_DATE_INVALID, name, v);
              }
            });
  }

  static Optional<Boolean> bool(String name, String value) {
    return text(value)
        .map(
            v -> {
              if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.valueOf(v);
              }
              throw new BadRequest(name + ": must be true or false, not '" + v + "'");
            });
  }

  static Language language(String value) {
    return Language.parse(value)
        .orElseThrow(
            () -> new BadRequest("lang: nb (Bokmål, the default) or en, not '" + value + "'"));
  }

  /** A string member of a JSON body, absent or null as empty; any other type is a 400. */
  static Optional<String> member(JsonObject body, String name) {
    JsonValue value = body == null ? null : body.get(name);
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    if (value instanceof JsonString string) {
      return text(string.getString());
    }
    throw new BadRequest(name + ": must be a string, not " + value);
  }

  static Optional<LocalDate> dateMember(JsonObject body, String name) {
    return member(body, name).flatMap(v -> date(name, v));
  }
}
