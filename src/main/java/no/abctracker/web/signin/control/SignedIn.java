package no.abctracker.web.signin.control;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import no.abctracker.access.control.ApiUser;

/**
 * Who is signed in to the pages: the account snapshot kept in the HTTP session, and for a system
 * administrator the municipality they chose to work in.
 */
public final class SignedIn {

  static final String USER = "abc.user";
  static final String MUNICIPALITY = "abc.municipality";

  private SignedIn() {}

  public static Optional<ApiUser> user(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(USER) instanceof ApiUser user
        ? Optional.of(user)
        : Optional.empty();
  }

  /**
   * Signs {@code user} in: the session gets a new id (so an id planted before the login is worth
   * nothing) and remembers the user; any earlier user's choices are forgotten.
   */
  public static void signIn(HttpServletRequest request, ApiUser user) {
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.removeAttribute(MUNICIPALITY);
    session.setAttribute(USER, user);
  }

  public static void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** The municipality a user works in: their own, or the one a system administrator chose. */
  public static Optional<String> municipality(HttpServletRequest request) {
    Optional<ApiUser> user = user(request);
    if (user.isEmpty()) {
      return Optional.empty();
    }
    if (!user.get().isSystemAdmin()) {
      return user.get().municipality();
    }
    return Optional.ofNullable((String) request.getSession().getAttribute(MUNICIPALITY));
  }

  /** A system administrator's choice of municipality (checked to exist by the caller). */
  public static void chooseMunicipality(HttpServletRequest request, String code) {
    request.getSession().setAttribute(MUNICIPALITY, code);
  }

  /**
   * Where to go after signing in: {@code next} when it is a page of this application ({@code
   * /app/…} or {@code /min/…}, never another site), else the start page for the role.
   */
  public static String landing(ApiUser user, String next) {
    Page start = Page.startOf(user.role());
    if (next != null
        && next.matches("/(app|min)/[A-Za-z0-9._/-]*(\\?[A-Za-z0-9._=&%-]*)?")
        && !next.contains("..")
        && !next.contains("//")
        && Page.of(next.replaceFirst("\\?.*", "")).filter(p -> p.allows(user.role())).isPresent()) {
      return next;
    }
    return start.path();
  }
}
