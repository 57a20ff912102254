package no.abctracker.web.signin.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.logging.Logger;
import no.abctracker.access.boundary.ForwardedHeaders;

/**
 * Cross-site request forgery checks of every POST to the pages (never mapped to {@code /xapi} or
 * {@code /api/v1}): a POST must come from a page of this site (its {@code Origin}, else its {@code
 * Referer}, names this host) and must be a Faces postback carrying a view state. With server-side
 * state saving the view state is a random key into the session's views, so a forged or replayed
 * form from elsewhere fails Faces' own check too; the session cookie is also {@code SameSite=Lax}.
 */
public class PostGuard extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(PostGuard.class.getName());
  static final String VIEW_STATE = "jakarta.faces.ViewState";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      String refusal = refusal(request);
      if (refusal != null) {
        LOG.warning(
            () ->
                "Refused " + request.getMethod() + " " + request.getRequestURI() + ": " + refusal);
        response.sendError(HttpServletResponse.SC_FORBIDDEN, refusal);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  static String refusal(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return "only GET and POST are used by the pages";
    }
    String origin = request.getHeader("Origin");
    String source =
        origin != null && !origin.equals("null") ? origin : request.getHeader("Referer");
    if (origin != null && origin.equals("null")) {
      return "a POST from an opaque origin";
    }
    if (source != null && !sameHost(source, host(request))) {
      return "a POST from another site (" + source + ")";
    }
    String viewState = request.getParameter(VIEW_STATE);
    if (viewState == null || viewState.isBlank()) {
      return "a POST that is not a form of these pages (no view state)";
    }
    return null;
  }

  /**
   * The host (and port) the browser addressed: the forwarded host a trusted proxy passed on ({@link
   * ForwardedHeaders}, which ignores the header from anyone else), else Host.
   */
  static String host(HttpServletRequest request) {
    Object forwarded = request.getAttribute(ForwardedHeaders.FORWARDED_HOST);
    String host = forwarded != null ? forwarded.toString() : request.getHeader("Host");
    return host == null ? "" : host.toLowerCase(Locale.ROOT);
  }

  static boolean sameHost(String url, String host) {
    try {
      URI uri = URI.create(url);
      if (uri.getHost() == null) {
        return false;
      }
      String authority = uri.getHost().toLowerCase(Locale.ROOT);
      String withPort = uri.getPort() < 0 ? authority : authority + ":" + uri.getPort();
      return host.equals(withPort) || host.equals(authority) && uri.getPort() < 0;
    } catch (IllegalArgumentException notAUrl) {
      return false;
    }
  }
}
