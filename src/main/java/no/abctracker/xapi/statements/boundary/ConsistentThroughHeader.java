package no.abctracker.xapi.statements.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.ZoneOffset;
import no.abctracker.xapi.model.Timestamps;
import no.abctracker.xapi.statements.control.ConsistentThrough;

/**
 * Every answer to GET (and HEAD) /xapi/statements carries {@code
 * X-Experience-API-Consistent-Through}, also a 400 or 404, so that a client can tell whether to
 * wait for a statement.
 */
@Provider
@ApplicationScoped
public class ConsistentThroughHeader implements ContainerResponseFilter {

  @Inject ConsistentThrough consistentThrough;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String method = request.getMethod();
    if ((method.equals("GET") || method.equals("HEAD"))
        && request.getUriInfo().getPath().replace("/", "").equals("statements")
        && !response.getHeaders().containsKey(StatementResponses.CONSISTENT_THROUGH)) {
      response
          .getHeaders()
          .putSingle(
              StatementResponses.CONSISTENT_THROUGH,
              Timestamps.format(consistentThrough.now().atOffset(ZoneOffset.UTC)));
    }
  }
}
