package no.abctracker.web.signin.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.control.RememberedPhones;
import no.abctracker.access.control.UserAccounts;
import no.abctracker.access.entity.Role;
import no.abctracker.web.faces.ProblemHandler;
import no.abctracker.web.signin.control.Page;
import no.abctracker.web.signin.control.RememberMeCookie;
import no.abctracker.web.signin.control.SignedIn;

/**
 * The door of the signed-in pages ({@code /app/*}, {@code /min/*}; nothing else is mapped to it):
 * without a session to the login page, a staff member to the staff pages and others to the
 * workspace, a page the role may not open to 403, a system administrator first to the choice of
 * municipality, a user disabled since signing in back to the login page. Signed-in pages are never
 * cached, so "back" after logging out shows nothing.
 */
public class PageGuard extends HttpFilter {

  @Inject UserAccounts userAccounts;
  @Inject RememberedPhones rememberedPhones;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = pathOf(request);
    Optional<ApiUser> signedIn = SignedIn.user(request);
    if (signedIn.isPresent() && !userAccounts.isEnabled(signedIn.get().accountId())) {
      // Disabled (or deleted) since signing in: out at once, on whichever node.
      SignedIn.signOut(request);
      signedIn = Optional.empty();
    }
    if (signedIn.isEmpty()) {
      signedIn = rememberedPhone(request, response);
    }
    if (signedIn.isEmpty()) {
      redirect(request, response, loginUrl(request, path));
      return;
    }
    ApiUser user = signedIn.get();
    Optional<Page> page = Page.of(path);
    if (page.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!page.get().allows(user.role())) {
      boolean otherSide =
          user.role() == Role.STAFF ? path.startsWith("/app/") : path.startsWith("/min/");
      if (otherSide || page.get() == Page.OVERVIEW) {
        // The other side's pages, or the workspace's start page a role without it opens by
        // habit (a privacy officer): on to where this role starts.
        response.sendRedirect(request.getContextPath() + Page.startOf(user.role()).path());
      } else {
        forbidden(request, response);
      }
      return;
    }
    if (user.isSystemAdmin()
        && page.get() != Page.MUNICIPALITY
        && SignedIn.municipality(request).isEmpty()) {
      response.sendRedirect(request.getContextPath() + Page.MUNICIPALITY.path());
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    chain.doFilter(request, response);
  }

  /**
   * A phone remembered by its cookie signs in again without a session: the cookie's token is
   * replaced by a new one; a token that no longer works is cleared from the phone.
   */
  private Optional<ApiUser> rememberedPhone(
      HttpServletRequest request, HttpServletResponse response) {
    Optional<String> token = RememberMeCookie.read(request);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    Optional<RememberedPhones.Remembered> renewed = rememberedPhones.signIn(token.get());
    if (renewed.isEmpty()) {
      RememberMeCookie.clear(request, response);
      return Optional.empty();
    }
    SignedIn.signIn(request, renewed.get().user());
    RememberMeCookie.write(request, response, renewed.get().token(), renewed.get().maxAge());
    return Optional.of(renewed.get().user());
  }

  /**
   * A redirect the page understands: an Ajax request of a page whose session expired (a table's
   * paging, say) gets Faces' partial-response redirect, which the page follows (a 302 it would
   * not).
   */
  private static void redirect(
      HttpServletRequest request, HttpServletResponse response, String location)
      throws IOException {
    if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.sendRedirect(location);
      return;
    }
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + location.replace("&", "&amp;").replace("\"", "&quot;")
                + "\"/></partial-response>");
  }

  static String pathOf(HttpServletRequest request) {
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    return path.isEmpty() ? "/" : path;
  }

  private static String loginUrl(HttpServletRequest request, String path) {
    String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return request.getContextPath()
        + "/login.xhtml"
        + ("GET".equals(request.getMethod())
            ? "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
            : "");
  }

  private static void forbidden(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    request.setAttribute(ProblemHandler.STATUS, HttpServletResponse.SC_FORBIDDEN);
    request.getRequestDispatcher("/error.xhtml").forward(request, response);
  }
}
