package no.abctracker.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import no.abctracker.kernel.Language;

/**
 * The language of this request and the link that switches to the other one. The choice is kept in
 * the session and in a cookie, so that the login page already speaks it next time.
 */
@Named("language")
@RequestScoped
public class LanguageChoice {

  static final String COOKIE = "abc-lang";
  static final String SESSION_ATTRIBUTE = "abc.language";

  public Language current() {
    return of(request());
  }

  /** The {@code lang} attribute of {@code <html>}. */
  public String tag() {
    return current().code();
  }

  /** The session's choice, else the cookie's, else Bokmål. */
  public static Language of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Language chosen) {
      return chosen;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          return Language.named(cookie.getValue()).orElse(Language.NB);
        }
      }
    }
    return Language.NB;
  }

  public Language other() {
    return current() == Language.NB ? Language.EN : Language.NB;
  }

  /** This page (path and query) with {@code ?lang=} the other language. */
  public String switchUrl() {
    HttpServletRequest request = request();
    String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
    String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
    if (uri == null) {
      uri = request.getRequestURI();
      query = request.getQueryString();
    }
    StringBuilder url = new StringBuilder(uri).append('?');
    if (query != null) {
      for (String pair : query.split("&")) {
        if (!pair.isEmpty() && !pair.startsWith("lang=")) {
          url.append(pair).append('&');
        }
      }
    }
    return url.append("lang=").append(other().code()).toString();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
