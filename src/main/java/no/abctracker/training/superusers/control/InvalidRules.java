package no.abctracker.training.superusers.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import no.abctracker.problems.BadRequest;

/**
 * A set of coverage rules with mistakes: 400 whose {@code errors} lists every one ({@code index} in
 * the {@code rules} array, {@code field}, {@code message}); nothing was changed.
 */
public class InvalidRules extends BadRequest {

  private final List<RuleError> errors;

  public InvalidRules(List<RuleError> errors) {
    super(
        "The super-user rules were rejected and nothing was changed: "
            + errors.size()
            + (errors.size() == 1 ? " error" : " errors")
            + "; see errors");
    this.errors = List.copyOf(errors);
  }

  public List<RuleError> errors() {
    return errors;
  }

  @Override
  public Map<String, JsonValue> extensions() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (RuleError error : errors) {
      var item = Json.createObjectBuilder();
      if (error.index() >= 0) {
        item.add("index", error.index());
      }
      if (error.field() != null) {
        item.add("field", error.field());
      }
      list.add(item.add("message", error.message()));
    }
    return Map.of("errors", list.build());
  }

  /**
   * One mistake: the rule's index ({@code -1} for the body), the field (or null), what is wrong.
   */
  public record RuleError(int index, String field, String message) {}
}
