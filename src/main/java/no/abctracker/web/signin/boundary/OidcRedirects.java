package no.abctracker.web.signin.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.control.OidcRefused;
import no.abctracker.access.control.OidcRefused.Reason;
import no.abctracker.access.control.OidcSignIn;
import no.abctracker.access.control.OidcSignIn.Pending;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.web.faces.PublicAddress;
import no.abctracker.web.signin.control.SignedIn;

/**
 * The two addresses of a sign-in through the municipality's identity provider: {@code /oidc/{code}}
 * starts it (the browser goes to the provider with state, nonce and a PKCE challenge kept in its
 * session) and {@code /oidc/callback} finishes it — the same session a password or a personal link
 * gives, or the login page with the reason in Bokmål.
 */
public class OidcRedirects extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(OidcRedirects.class.getName());
  static final String PENDING = "abc.oidc.pending";

  @Inject OidcSignIn oidcSignIn;
  @Inject Municipalities municipalities;
  @Inject PublicAddress address;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
    if ("/callback".equals(path)) {
      finish(request, response);
    } else {
      start(request, response, path.substring(1));
    }
  }

  private void start(HttpServletRequest request, HttpServletResponse response, String code)
      throws IOException {
    Optional<Municipality> municipality =
        code.matches("[A-Za-z0-9_-]{1,50}") ? municipalities.find(code) : Optional.empty();
    if (municipality.isEmpty()) {
      refuse(request, response, null, Reason.NOT_CONFIGURED);
      return;
    }
    try {
      OidcSignIn.Started started = oidcSignIn.start(municipality.get(), redirectUri(request));
      request.getSession(true).setAttribute(PENDING, started.pending());
      response.sendRedirect(started.authorizationUrl().toString());
    } catch (OidcRefused refused) {
      LOG.info(() -> "OpenID Connect sign-in of " + code + " not started: " + refused.getMessage());
      refuse(request, response, code, refused.reason());
    }
  }

  private void finish(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpSession session = request.getSession(false);
    Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
    if (session != null) {
      session.removeAttribute(PENDING);
    }
    Optional<Municipality> municipality =
        Optional.ofNullable(pending).flatMap(p -> municipalities.find(p.municipalityCode()));
    if (municipality.isEmpty()) {
      LOG.info("OpenID Connect answer without a sign-in started in this session");
      refuse(request, response, null, Reason.STATE);
      return;
    }
    String code = municipality.get().code();
    try {
      ApiUser user =
          oidcSignIn.finish(
              municipality.get(), pending, callbackUri(request), redirectUri(request));
      SignedIn.signIn(request, user);
      LOG.info(() -> user.username() + " of " + code + " signed in through OpenID Connect");
      response.sendRedirect(request.getContextPath() + SignedIn.landing(user, null));
    } catch (OidcRefused refused) {
      LOG.info(() -> "OpenID Connect sign-in to " + code + " refused: " + refused.getMessage());
      refuse(request, response, code, refused.reason());
    }
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, String code, Reason reason)
      throws IOException {
    response.sendRedirect(
        request.getContextPath()
            + "/login.xhtml?oidc="
            + reason.name().toLowerCase(Locale.ROOT)
            + (code == null ? "" : "&kommune=" + URLEncoder.encode(code, StandardCharsets.UTF_8)));
  }

  private URI redirectUri(HttpServletRequest request) {
    return URI.create(address.base(request) + "oidc/callback");
  }

  /** The address the provider sent the browser to, with its query (code, state, iss, error). */
  private URI callbackUri(HttpServletRequest request) {
    String query = request.getQueryString();
    return URI.create(redirectUri(request) + (query == null ? "" : "?" + query));
  }
}
