package no.abctracker.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.abctracker.kernel.Language;

/**
 * {@code ?lang=nb} or {@code ?lang=en} on any page: remembers the language (session and a cookie
 * for a year) and redirects to the same page without the parameter, so a plain link switches
 * language without JavaScript.
 */
public class LanguageSwitch extends HttpFilter {

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Language> chosen =
        "GET".equals(request.getMethod())
            ? Optional.ofNullable(request.getParameter("lang")).flatMap(Language::named)
            : Optional.empty();
    if (chosen.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getSession(false) != null) {
      request.getSession().setAttribute(LanguageChoice.SESSION_ATTRIBUTE, chosen.get());
    }
    Cookie cookie = new Cookie(LanguageChoice.COOKIE, chosen.get().code());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    response.sendRedirect(withoutLang(request));
  }

  /** The request's path and query without {@code lang}; relative to the server, never elsewhere. */
  static String withoutLang(HttpServletRequest request) {
    StringBuilder query = new StringBuilder();
    String original = request.getQueryString();
    if (original != null) {
      for (String pair : original.split("&")) {
        if (!pair.isEmpty() && !pair.startsWith("lang=") && !pair.equals("lang")) {
          query.append(query.length() == 0 ? "?" : "&").append(pair);
        }
      }
    }
    return request.getRequestURI() + query;
  }
}
