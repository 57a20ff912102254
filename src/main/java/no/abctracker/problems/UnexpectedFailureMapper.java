package no.abctracker.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is our fault: logged with a reference the operator can search for, and answered
 * with a 500 that carries the reference but no internals; a database out of reach is not, and
 * answers 503 ({@link DatabaseUnavailable}).
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    if (failure.getCause() instanceof Problem problem) {
      return ProblemResponses.of(problem);
    }
    Optional<DatabaseUnavailable> unavailable = DatabaseUnavailable.among(failure);
    if (unavailable.isPresent()) {
      return ProblemResponses.of(unavailable.get());
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
    return ProblemResponses.of(
        500,
        "Internal Server Error",
        "An unexpected error occurred; the operator can find it in the log by reference "
            + reference,
        Map.of());
  }
}
