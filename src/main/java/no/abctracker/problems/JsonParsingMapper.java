package no.abctracker.problems;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A request body that is not well-formed JSON is the client's mistake: 400, never 500. */
@Provider
public class JsonParsingMapper implements ExceptionMapper<JsonException> {

  @Override
  public Response toResponse(JsonException exception) {
    return ProblemResponses.of(
        400, "Bad Request", "The body is not valid JSON: " + exception.getMessage(), Map.of());
  }
}
