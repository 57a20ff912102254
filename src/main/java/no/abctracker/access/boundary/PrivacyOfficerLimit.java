package no.abctracker.access.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.problems.Forbidden;

/**
 * A privacy officer sees the access log and nothing else of the API: every method whose {@link
 * Allowed} does not name {@link Role#PRIVACY_OFFICER} (including those open to every signed-in
 * user, whose controls would otherwise decide what they see) refuses them with 403.
 */
@Provider
public class PrivacyOfficerLimit implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Allowed allowed = resource.getResourceMethod().getAnnotation(Allowed.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(Allowed.class);
    }
    if (allowed == null || !Arrays.asList(allowed.value()).contains(Role.PRIVACY_OFFICER)) {
      context.register(new Refuse(), Priorities.AUTHORIZATION);
    }
  }

  @Priority(Priorities.AUTHORIZATION)
  private static final class Refuse implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getSecurityContext().getUserPrincipal() instanceof ApiUser user
          && user.role() == Role.PRIVACY_OFFICER) {
        throw new Forbidden("A privacy officer sees the access log (record-views) only");
      }
    }
  }
}
