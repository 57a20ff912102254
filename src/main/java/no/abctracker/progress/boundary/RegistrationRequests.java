package no.abctracker.progress.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.abctracker.problems.BadRequest;
import no.abctracker.progress.control.RegistrationDraft;
import no.abctracker.progress.entity.ManualRegistration;

/**
 * Reads registration and withdrawal bodies, naming every missing or malformed member in one 400.
 */
public final class RegistrationRequests {

  private static final int CODE_LENGTH = 40;

  private RegistrationRequests() {}

  /** {@code {course, module?, completedOn, reason}}. */
  public static RegistrationDraft registration(JsonStructure body) {
    JsonObject json = object(body);
    List<String> problems = new ArrayList<>();
    String course = text(json, "course", CODE_LENGTH, problems, true);
    Optional<String> module =
        Optional.ofNullable(text(json, "module", CODE_LENGTH, problems, false));
    String day = text(json, "completedOn", 10, problems, true);
    LocalDate completedOn = null;
    if (day != null) {
      try {
        completedOn = LocalDate.parse(day);
      } catch (DateTimeParseException e) {
        problems.add("completedOn: '" + day + "' is not a date (YYYY-MM-DD)");
      }
    }
    String reason = text(json, "reason", ManualRegistration.MAX_REASON_LENGTH, problems, true);
    done(problems);
    return new RegistrationDraft(course, module, completedOn, reason);
  }

  /** {@code {reason}}: why a registration is withdrawn. */
  public static String withdrawal(JsonStructure body) {
    List<String> problems = new ArrayList<>();
    String reason =
        text(object(body), "reason", ManualRegistration.MAX_REASON_LENGTH, problems, true);
    done(problems);
    return reason;
  }

  private static JsonObject object(JsonStructure body) {
    if (!(body instanceof JsonObject object)) {
      throw new BadRequest("The body must be a JSON object");
    }
    return object;
  }

  private static String text(
      JsonObject json, String name, int maxLength, List<String> problems, boolean required) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        problems.add(name + ": is required");
      }
      return null;
    }
    if (!(value instanceof JsonString string)) {
      problems.add(name + ": must be a string");
      return null;
    }
    String text = string.getString().strip();
    if (text.isEmpty()) {
      problems.add(name + ": must not be empty");
      return null;
    }
    if (text.length() > maxLength) {
      problems.add(name + ": must be at most " + maxLength + " characters");
      return null;
    }
    return text;
  }

  private static void done(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new BadRequest(String.join("; ", problems));
    }
  }
}
