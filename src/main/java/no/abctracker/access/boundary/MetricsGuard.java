package no.abctracker.access.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.control.TooManySignInAttempts;
import no.abctracker.access.control.UserAccounts;

/**
 * {@code /metrics} for the system administrator only (HTTP Basic, the same accounts and sign-in
 * throttle as the API): the numbers tell an outsider how busy the service is and which code paths
 * run. Payara Micro serves its MicroProfile Metrics endpoint inside the web application deployed at
 * the root context, so this filter of ours stands in front of it.
 */
public class MetricsGuard extends HttpFilter {

  static final String REALM = "ABC Tracker metrics";

  @Inject UserAccounts userAccounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<BasicCredentials> credentials =
        BasicCredentials.parse(request.getHeader("Authorization"));
    Optional<ApiUser> user;
    try {
      user =
          credentials.flatMap(
              c ->
                  userAccounts.authenticate(
                      c.name(), c.secret(), ForwardedHeaders.clientAddress(request)));
    } catch (TooManySignInAttempts locked) {
      response.setHeader("Retry-After", Long.toString(locked.retryAfterSeconds()));
      response.sendError(429);
      return;
    }
    if (user.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    if (!user.get().isSystemAdmin()) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }
}
