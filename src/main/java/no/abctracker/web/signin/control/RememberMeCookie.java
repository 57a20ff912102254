package no.abctracker.web.signin.control;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cookie that keeps a phone signed in ("Husk meg på denne telefonen"): httpOnly, Secure on
 * https, SameSite=Lax (a link from a text message still signs in; a cross-site POST never carries
 * it), for the application's path only.
 */
public final class RememberMeCookie {

  public static final String NAME = "abc_remember";

  private RememberMeCookie() {}

  public static Optional<String> read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? Optional.empty()
        : Arrays.stream(cookies)
            .filter(c -> NAME.equals(c.getName()))
            .map(Cookie::getValue)
            .filter(v -> !v.isBlank())
            .findFirst();
  }

  public static void write(
      HttpServletRequest request, HttpServletResponse response, String token, Duration maxAge) {
    response.addCookie(
        cookie(request, token, (int) Math.min(Integer.MAX_VALUE, maxAge.toSeconds())));
  }

  public static void clear(HttpServletRequest request, HttpServletResponse response) {
    response.addCookie(cookie(request, "", 0));
  }

  private static Cookie cookie(HttpServletRequest request, String value, int maxAgeSeconds) {
    Cookie cookie = new Cookie(NAME, value);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(maxAgeSeconds);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }
}
