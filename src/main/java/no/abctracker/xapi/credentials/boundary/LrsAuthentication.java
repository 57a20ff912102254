package no.abctracker.xapi.credentials.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import no.abctracker.access.boundary.BasicCredentials;
import no.abctracker.access.boundary.ForwardedHeaders;
import no.abctracker.problems.Forbidden;
import no.abctracker.problems.MessageKey;
import no.abctracker.problems.Unauthenticated;
import no.abctracker.xapi.credentials.control.LrsCaller;
import no.abctracker.xapi.credentials.control.LrsClients;
import no.abctracker.xapi.credentials.entity.Scope;

/**
 * HTTP Basic authentication of xAPI requests with an LRS client's key and secret, then the scope
 * check of {@link RequiresScope}. Resource methods without {@code RequiresScope} (e.g. {@code
 * /xapi/about}) are public.
 */
@ApplicationScoped
@Provider
public class LrsAuthentication implements DynamicFeature {

  static final String REALM = "ABC Tracker LRS";

  @Inject LrsClients lrsClients;

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    RequiresScope required = resource.getResourceMethod().getAnnotation(RequiresScope.class);
    if (required == null) {
      required = resource.getResourceClass().getAnnotation(RequiresScope.class);
    }
    if (required != null) {
      Set<Scope> anyOf = EnumSet.copyOf(Arrays.asList(required.value()));
      context.register(new Check(lrsClients, anyOf), Priorities.AUTHENTICATION);
    }
  }

  private record Check(LrsClients lrsClients, Set<Scope> anyOf) implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      BasicCredentials credentials =
          BasicCredentials.parse(request.getHeaderString("Authorization"))
              .orElseThrow(
                  () ->
                      new Unauthenticated(
                          REALM, "Send the LRS client's key and secret with HTTP Basic"));
      LrsCaller caller =
          lrsClients
              .authenticate(
                  credentials.name(), credentials.secret(), ForwardedHeaders.clientAddress(request))
              .orElseThrow(() -> new Unauthenticated(REALM, "Unknown LRS key or wrong secret"));
      if (!caller.holdsAny(anyOf)) {
        throw new Forbidden(MessageKey.SCOPE_MISSING, anyOf.stream().map(Scope::wireName).toList());
      }
      boolean secure = request.getSecurityContext().isSecure();
      request.setSecurityContext(new CallerContext(caller, secure));
    }
  }

  private record CallerContext(LrsCaller caller, boolean secure) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
      return Scope.fromWireName(role).map(s -> caller.holdsAny(Set.of(s))).orElse(false);
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return BASIC_AUTH;
    }
  }
}
