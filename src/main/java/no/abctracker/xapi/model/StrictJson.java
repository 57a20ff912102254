package no.abctracker.xapi.model;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import no.abctracker.problems.BadRequest;

/**
 * The one reader of JSON that a client sent, for the whole application (request bodies of the API
 * and the LRS, statements, merged documents, JSON query parameters): exactly one JSON value in
 * valid UTF-8, nested at most {@link #MAX_DEPTH} deep, nothing after it. Anything else is a 400
 * that says which rule the input broke; the lenient default reader would silently drop trailing
 * content, store invalid bytes as U+FFFD and overflow its stack on deep nesting.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8259#section-8.1">RFC 8259 8.1: JSON text
 *     exchanged between systems is UTF-8</a>
 */
public final class StrictJson {

  /** Deeper nesting is refused; real statements and documents stay far below it. */
  public static final int MAX_DEPTH = 64;

  private StrictJson() {}

  /** The JSON value of {@code bytes}, which must be UTF-8. */
  public static JsonValue read(byte[] bytes, String what) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new Malformed(what, "is not valid UTF-8", e);
    }
    return read(text, what);
  }

  /** The JSON value of {@code text}. */
  public static JsonValue read(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new Malformed(what, "is empty, not JSON", null);
    }
    checkDepth(text, what);
    try (JsonParser parser = JSON.createParser(new StringReader(text))) {
      JsonValue value;
      try {
        parser.next();
        value = parser.getValue();
      } catch (JsonException | IllegalStateException | NoSuchElementException e) {
        throw new Malformed(what, "is not valid JSON: " + excerpt(e.getMessage()), e);
      }
      boolean more;
      try {
        more = parser.hasNext();
      } catch (JsonException e) {
        more = true;
      }
      if (more) {
        throw new Malformed(what, "has content after its JSON value", null);
      }
      return value;
    }
  }

  /** The JSON value of {@code bytes}, which must be of {@code type} (e.g. an object). */
  public static JsonValue read(byte[] bytes, String what, JsonValue.ValueType type) {
    return expect(read(bytes, what), what, type);
  }

  /** The JSON value of {@code text}, which must be of {@code type} (e.g. an object). */
  public static JsonValue read(String text, String what, JsonValue.ValueType type) {
    return expect(read(text, what), what, type);
  }

  /** {@code value} when it is of {@code type}, else a 400 naming both. */
  public static JsonValue expect(JsonValue value, String what, JsonValue.ValueType type) {
    if (value.getValueType() != type) {
      throw new Malformed(
          what, "must be a JSON " + name(type) + ", not " + name(value.getValueType()), null);
    }
    return value;
  }

  static String name(JsonValue.ValueType type) {
    return switch (type) {
      case OBJECT -> "object";
      case ARRAY -> "array";
      case STRING -> "string";
      case NUMBER -> "number";
      case TRUE, FALSE -> "boolean";
      case NULL -> "null";
    };
  }

  /** A parser's message names what it read: long inputs are not echoed back whole. */
  private static String excerpt(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  /** Counts brackets outside strings, before any recursive parsing can overflow the stack. */
  private static void checkDepth(String text, String what) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (++depth > MAX_DEPTH) {
          throw new Malformed(
              what, "is nested deeper than " + MAX_DEPTH + " levels of objects and arrays", null);
        }
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
  }

  /** Input this reader refuses: 400, the message naming {@code what} and the {@link #reason}. */
  public static final class Malformed extends BadRequest {

    private final String reason;

    Malformed(String what, String reason, Throwable cause) {
      super(what + " " + reason, cause);
      this.reason = reason;
    }

    /** What is wrong, without naming the input, e.g. {@code is not valid UTF-8}. */
    public String reason() {
      return reason;
    }
  }
}
