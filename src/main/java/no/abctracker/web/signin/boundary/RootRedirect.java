package no.abctracker.web.signin.boundary;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.abctracker.web.signin.control.Page;
import no.abctracker.web.signin.control.SignedIn;

/** The application's root: to the staff pages, the workspace or the login page. */
public class RootRedirect extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String target =
        SignedIn.user(request)
            .map(user -> Page.startOf(user.role()).path().replaceFirst("index\\.xhtml$", ""))
            .orElse("/login.xhtml");
    response.sendRedirect(request.getContextPath() + target);
  }
}
