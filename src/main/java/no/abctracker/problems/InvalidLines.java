package no.abctracker.problems;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An uploaded file (a CSV import) with bad lines: 400 whose {@code errors} member lists every bad
 * line, numbered from 1 (the header), with the column and what is wrong, so a coordinator can fix
 * the whole file at once. {@code file} names the file ({@link MessageKey#FILE_ROSTER}...).
 */
public class InvalidLines extends Problem {

  private final List<LineError> errors;

  public InvalidLines(MessageKey file, List<LineError> errors) {
    super(400, "Bad Request", summary(file, errors));
    this.errors = List.copyOf(errors);
  }

  public List<LineError> errors() {
    return errors;
  }

  @Override
  public Map<String, JsonValue> extensions() {
    return extensions(Locale.ENGLISH);
  }

  @Override
  public Map<String, JsonValue> extensions(Locale locale) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (LineError error : errors) {
      JsonObjectBuilder item = Json.createObjectBuilder().add("line", error.line());
      if (error.column() != null) {
        item.add("column", error.column());
      }
      list.add(item.add("message", ProblemResponses.excerpt(error.text(locale), 300)));
    }
    return Map.of("errors", list.build());
  }

  private static Message summary(MessageKey file, List<LineError> errors) {
    long lines = errors.stream().mapToLong(LineError::line).distinct().count();
    return Message.of(MessageKey.FILE_REJECTED, file, errors.size(), lines);
  }

  /** One thing wrong on one line; {@code column} is the header name, or null for the whole line. */
  public record LineError(long line, String column, Message message)
      implements java.io.Serializable {

    public LineError(long line, String column, MessageKey key, Object... arguments) {
      this(line, column, Message.of(key, arguments));
    }

    public String text(Locale locale) {
      return Messages.text(locale, message);
    }
  }
}
