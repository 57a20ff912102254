package no.abctracker.problems;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every typed domain failure becomes problem+json with its own status and message, in English
 * unless the request's {@code Accept-Language} asks for Norwegian (then Bokmål).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Problem> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Problem problem) {
    return ProblemResponses.of(
        problem,
        Messages.preferred(
            headers == null ? java.util.List.of() : headers.getAcceptableLanguages()));
  }
}
