package no.abctracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import no.abctracker.access.control.RecordViews;
import no.abctracker.access.control.Viewer;

/**
 * Logs every successful call of a {@link PersonalData} method, in {@code /api/v1} and {@code
 * /xapi}: who (a user, or an LRS client), whose record (the {@code employeeId} path parameter; none
 * for a list, whose request names its scope), and the request. A staff member reading their own
 * record is not logged.
 */
@ApplicationScoped
@Provider
public class RecordViewLog implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (showsPersonalData(resource.getResourceClass(), resource.getResourceMethod())) {
      context.register(new Log());
    }
  }

  /** A method marked itself, or a {@code GET} of a marked class. */
  public static boolean showsPersonalData(Class<?> resource, Method method) {
    return method.isAnnotationPresent(PersonalData.class)
        || (method.isAnnotationPresent(GET.class)
            && resource.isAnnotationPresent(PersonalData.class));
  }

  private static final class Log implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL
          || !(request.getSecurityContext().getUserPrincipal() instanceof Viewer viewer)) {
        return;
      }
      MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
      Optional<String> employeeId = Optional.ofNullable(path.getFirst("employeeId"));
      if (employeeId.isPresent() && employeeId.equals(viewer.ownEmployeeId())) {
        return;
      }
      String municipality =
          Optional.ofNullable(path.getFirst("code"))
              .or(viewer::viewerMunicipality)
              .orElseThrow(() -> new IllegalStateException("A view outside any municipality"));
      String query = request.getUriInfo().getRequestUri().getRawQuery();
      // The request as seen from the web application's root, whatever its context path.
      String contextPath = CDI.current().select(HttpServletRequest.class).get().getContextPath();
      String basePath = request.getUriInfo().getBaseUri().getRawPath();
      if (basePath.startsWith(contextPath)) {
        basePath = basePath.substring(contextPath.length());
      }
      CDI.current()
          .select(RecordViews.class)
          .get()
          .record(
              municipality,
              employeeId,
              viewer.viewerName(),
              request.getMethod()
                  + " "
                  + basePath
                  + request.getUriInfo().getPath().replaceFirst("^/", "")
                  + (query == null ? "" : "?" + query));
    }
  }
}
