package no.abctracker.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every typed domain failure becomes problem+json with its own status and message. */
@Provider
public class ProblemMapper implements ExceptionMapper<Problem> {

  @Override
  public Response toResponse(Problem problem) {
    return ProblemResponses.of(problem);
  }
}
