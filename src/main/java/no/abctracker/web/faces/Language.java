package no.abctracker.web.faces;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;

/**
 * The two languages of the pages: Norwegian Bokmål (the default) and English. The choice is kept in
 * the session and in a cookie, so that the login page already speaks it next time.
 */
public enum Language {
  NB("nb"),
  EN("en");

  public static final Language DEFAULT = NB;
  static final String COOKIE = "abc-lang";
  static final String SESSION_ATTRIBUTE = "abc.language";

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  public static Optional<Language> of(String tag) {
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(String.valueOf(tag))) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
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
          return of(cookie.getValue()).orElse(DEFAULT);
        }
      }
    }
    return DEFAULT;
  }
}
