package no.abctracker.access.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.control.UserAccounts;
import no.abctracker.problems.Unauthenticated;

/**
 * HTTP Basic authentication of every {@code /api/v1} request against the user accounts, throttled
 * per user name and client address after failures.
 */
@ApplicationScoped
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

  static final String REALM = "ABC Tracker";

  @Inject UserAccounts userAccounts;

  @Override
  public void filter(ContainerRequestContext request) {
    BasicCredentials credentials =
        BasicCredentials.parse(request.getHeaderString("Authorization"))
            .orElseThrow(() -> new Unauthenticated(REALM, "Log in with HTTP Basic credentials"));
    ApiUser user =
        userAccounts
            .authenticate(
                credentials.name(), credentials.secret(), ForwardedHeaders.clientAddress(request))
            .orElseThrow(() -> new Unauthenticated(REALM, "Wrong user name or password"));
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(
        new SecurityContext() {
          @Override
          public Principal getUserPrincipal() {
            return user;
          }

          @Override
          public boolean isUserInRole(String role) {
            return user.role().name().equals(role);
          }

          @Override
          public boolean isSecure() {
            return secure;
          }

          @Override
          public String getAuthenticationScheme() {
            return BASIC_AUTH;
          }
        });
  }
}
