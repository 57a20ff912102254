package no.abctracker.problems;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * Every typed domain failure becomes problem+json with its own status and message, in English
 * unless the request's {@code Accept-Language} asks for Norwegian (then Bokmål).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Problem> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Problem problem) {
    return ProblemResponses.of(problem, Messages.preferred(acceptable()));
  }

  /** The request's languages in order of preference; none for a header that cannot be read. */
  private List<Locale> acceptable() {
    try {
      return headers == null ? List.of() : headers.getAcceptableLanguages();
    } catch (RuntimeException unreadable) {
      // a malformed Accept-Language must not turn a 4xx into a 500: English, as without one
      return List.of();
    }
  }
}
