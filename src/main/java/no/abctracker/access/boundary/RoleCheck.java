package no.abctracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.problems.Forbidden;
import no.abctracker.problems.MessageKey;

/**
 * Enforces {@link Allowed} on resource methods; a method without it is open to every authenticated
 * user (its control then limits what they see). Municipality membership is checked by {@link
 * MunicipalityAccess}.
 */
@ApplicationScoped
@Provider
public class RoleCheck implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Allowed allowed = resource.getResourceMethod().getAnnotation(Allowed.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(Allowed.class);
    }
    if (allowed != null) {
      Set<Role> roles = EnumSet.copyOf(Arrays.asList(allowed.value()));
      context.register(new Check(roles), Priorities.AUTHORIZATION);
    }
  }

  private record Check(Set<Role> roles) implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if (!(request.getSecurityContext().getUserPrincipal() instanceof ApiUser user)
          || !roles.contains(user.role())) {
        throw new Forbidden(MessageKey.ROLES_REQUIRED, roles);
      }
    }
  }
}
