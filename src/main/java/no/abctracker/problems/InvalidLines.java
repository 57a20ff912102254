package no.abctracker.problems;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * An uploaded file (a CSV import) with bad lines: 400 whose {@code errors} member lists every bad
 * line, numbered from 1 (the header), with the column and what is wrong, so a coordinator can fix
 * the whole file at once.
 */
public class InvalidLines extends Problem {

  private final List<LineError> errors;

  public InvalidLines(String what, List<LineError> errors) {
    super(400, "Bad Request", summary(what, errors));
    this.errors = List.copyOf(errors);
  }

  public List<LineError> errors() {
    return errors;
  }

  @Override
  public Map<String, JsonValue> extensions() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (LineError error : errors) {
      JsonObjectBuilder item = Json.createObjectBuilder().add("line", error.line());
      if (error.column() != null) {
        item.add("column", error.column());
      }
      list.add(item.add("message", ProblemResponses.excerpt(error.message(), 300)));
    }
    return Map.of("errors", list.build());
  }

  private static String summary(String what, List<LineError> errors) {
    long lines = errors.stream().mapToLong(LineError::line).distinct().count();
    return what
        + " was rejected and nothing was changed: "
        + errors.size()
        + (errors.size() == 1 ? " error" : " errors")
        + " on "
        + lines
        + (lines == 1 ? " line" : " lines")
        + "; see errors";
  }

  /** One thing wrong on one line; {@code column} is the header name, or null for the whole line. */
  public record LineError(long line, String column, String message)
      implements java.io.Serializable {}
}
