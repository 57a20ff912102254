package no.abctracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.control.RecordViews;

/**
 * Logs every successful call of a {@link PersonalData} method: who, whose record (the {@code
 * employeeId} path parameter; none for a list), and the request. A staff member reading their own
 * record is not logged.
 */
@ApplicationScoped
@Provider
public class RecordViewLog implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (resource.getResourceMethod().isAnnotationPresent(PersonalData.class)) {
      context.register(new Log());
    }
  }

  private static final class Log implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL
          || !(request.getSecurityContext().getUserPrincipal() instanceof ApiUser user)) {
        return;
      }
      MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
      Optional<String> employeeId = Optional.ofNullable(path.getFirst("employeeId"));
      if (employeeId.isPresent() && employeeId.equals(user.ownEmployeeId())) {
        return;
      }
      String query = request.getUriInfo().getRequestUri().getRawQuery();
      CDI.current()
          .select(RecordViews.class)
          .get()
          .record(
              path.getFirst("code"),
              employeeId,
              user.getName(),
              request.getMethod()
                  + " /api/v1/"
                  + request.getUriInfo().getPath()
                  + (query == null ? "" : "?" + query));
    }
  }
}
