package no.abctracker.web.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.boundary.RecordViewsCsv;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.control.RecordViews;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.Forbidden;
import no.abctracker.problems.Problem;
import no.abctracker.web.faces.PageFailures;
import no.abctracker.web.signin.control.SignedIn;

/**
 * The log of who viewed whose records as CSV for the pages' session: {@code
 * /app/record-views.csv[?employeeId=…][&viewedBy=…]}, the same file as {@code GET
 * …/record-views?format=csv}; the door ({@code PageGuard}) lets only coordinators and system
 * administrators through.
 */
public class RecordViewsDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Municipalities municipalities;
  @Inject RecordViews recordViews;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    ApiUser user = SignedIn.user(request).orElseThrow();
    try {
      String code =
          SignedIn.municipality(request).orElseThrow(() -> new Forbidden("Choose a municipality"));
      MunicipalityAccess.require(user, code);
      if (!java.util.Set.of(Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.PRIVACY_OFFICER)
          .contains(user.role())) {
        throw new Forbidden("The access log is for coordinators and the privacy officer");
      }
      Municipality municipality = municipalities.get(code);
      byte[] csv =
          RecordViewsCsv.render(
              recordViews.of(
                  municipality.id(),
                  RecordViewsPage.text(request.getParameter("employeeId")),
                  RecordViewsPage.text(request.getParameter("viewedBy")),
                  RecordViewsPage.LIMIT));
      response.setContentType("text/csv;charset=UTF-8");
      response.setHeader(
          "Content-Disposition", "attachment; filename=\"innsynslogg-" + code + ".csv\"");
      response.setHeader("Cache-Control", "private, no-store");
      response.setContentLength(csv.length);
      response.getOutputStream().write(csv);
    } catch (Problem problem) {
      PageFailures.show(request, response, problem);
    }
  }
}
