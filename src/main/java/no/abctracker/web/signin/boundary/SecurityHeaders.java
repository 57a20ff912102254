package no.abctracker.web.signin.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Response headers of every page (and of the certificate verification page): no framing, no MIME
 * sniffing, no referrer beyond this site (the sign-in link page's URL holds a token). The lean
 * pages (login, sign-in link, staff pages) run no script at all, so they get a strict
 * Content-Security-Policy; the PrimeFaces workspace needs its inline widget scripts and gets only
 * {@code frame-ancestors}. Being the pages' first filter, it also reads their form posts as UTF-8.
 */
public class SecurityHeaders extends HttpFilter {

  static final String STRICT_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  /**
   * The certificate verification page ({@code /verify/{code}}, written by JAX-RS) is script-free
   * like the lean pages but styles itself inline.
   */
  static final String VERIFY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'none';"
          + " frame-ancestors 'none'; base-uri 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = PageGuard.pathOf(request);
    // Browsers post forms in the page's encoding (UTF-8) without saying so; without this the
    // container reads "Vårkullet" as ISO-8859-1, and the first filter that reads a parameter
    // (LanguageSwitch) fixes that choice before Faces could set it.
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding("UTF-8");
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    // same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on the form's
    // POST, which PostGuard must refuse; same-origin already keeps the link's token on this site.
    response.setHeader("Referrer-Policy", "same-origin");
    boolean lean =
        path.startsWith("/min/")
            || path.equals("/login.xhtml")
            || path.equals("/link.xhtml")
            || path.equals("/error.xhtml");
    response.setHeader(
        "Content-Security-Policy",
        path.startsWith("/verify/")
            ? VERIFY_POLICY
            : lean ? STRICT_POLICY : "frame-ancestors 'none'; base-uri 'self'");
    chain.doFilter(request, response);
  }
}
