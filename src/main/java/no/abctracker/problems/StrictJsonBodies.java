package no.abctracker.problems;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import no.abctracker.xapi.model.StrictJson;

/**
 * Reads every JSON request body of the API and the LRS with {@link StrictJson}, in place of the
 * container's lenient reader: {@code []} or {@code null} where the resource expects an object,
 * trailing content, deep nesting and invalid UTF-8 are a 400 naming the problem, never a 500.
 *
 * <p>One reader per JSON-P type a resource can take, each for exactly that type and for the JSON
 * media types: a reader of a supertype or of any media type would lose the container's choice to
 * its own reader of the exact type.
 */
public abstract class StrictJsonBodies<T extends JsonValue> implements MessageBodyReader<T> {

  private static final String WHAT = "The body";

  private final Class<T> type;

  StrictJsonBodies(Class<T> type) {
    this.type = type;
  }

  /** Every reader, for the applications' providers. */
  static Set<Class<?>> all() {
    return Set.of(Objects.class, Arrays.class, Structures.class, Values.class);
  }

  /** Bodies a resource takes as a {@code JsonObject}. */
  @Provider
  @Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json", MediaType.WILDCARD})
  public static class Objects extends StrictJsonBodies<JsonObject> {
    public Objects() {
      super(JsonObject.class);
    }
  }

  /** Bodies a resource takes as a {@code JsonArray}. */
  @Provider
  @Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json", MediaType.WILDCARD})
  public static class Arrays extends StrictJsonBodies<JsonArray> {
    public Arrays() {
      super(JsonArray.class);
    }
  }

  /** Bodies a resource takes as a {@code JsonStructure} (an object or an array). */
  @Provider
  @Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json", MediaType.WILDCARD})
  public static class Structures extends StrictJsonBodies<JsonStructure> {
    public Structures() {
      super(JsonStructure.class);
    }
  }

  /** Bodies a resource takes as any {@code JsonValue}. */
  @Provider
  @Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json", MediaType.WILDCARD})
  public static class Values extends StrictJsonBodies<JsonValue> {
    public Values() {
      super(JsonValue.class);
    }
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == this.type;
  }

  @Override
  public T readFrom(
      Class<T> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    JsonValue value = StrictJson.read(entityStream.readAllBytes(), WHAT);
    if (!type.isInstance(value)) {
      throw new BadRequest(WHAT + " must be a JSON " + expected(type) + ", not " + actual(value));
    }
    return type.cast(value);
  }

  private static String expected(Class<?> type) {
    if (type == JsonObject.class) {
      return "object";
    }
    if (type == JsonArray.class) {
      return "array";
    }
    return type == JsonStructure.class ? "object or array" : "value";
  }

  private static String actual(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case TRUE, FALSE -> "a boolean";
      case NULL -> "null";
    };
  }
}
