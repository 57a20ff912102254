package no.abctracker.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.HashMap;
import java.util.Map;

/**
 * Failures JAX-RS raises itself (no such path, method not allowed, unsupported media type, a
 * parameter that does not convert) keep their status but get a problem+json body.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    Map<String, String> headers = new HashMap<>();
    String allow = original.getHeaderString("Allow");
    if (allow != null) {
      headers.put("Allow", allow);
    }
    String detail = exception.getMessage();
    if (exception.getCause() != null && exception.getCause().getMessage() != null) {
      detail = detail + ": " + exception.getCause().getMessage();
    }
    return ProblemResponses.of(
        original.getStatus(), original.getStatusInfo().getReasonPhrase(), detail, headers);
  }
}
