package no.abctracker.web.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.control.RecordViews;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.privacy.control.SelfAccess;
import no.abctracker.privacy.control.SelfAccessPdf;
import no.abctracker.problems.Forbidden;
import no.abctracker.problems.Problem;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.web.faces.PageFailures;
import no.abctracker.web.signin.control.SignedIn;

/**
 * A staff member's own data for the pages' session: {@code /min/my-data.json} and {@code
 * /min/my-data.pdf}, the same {@link SelfAccess#export} as {@code GET …/staff/{id}/export}, with
 * the staff member's own visibility; the door ({@code PageGuard}) lets only staff through. Each
 * download is written to the access log (reading one's own record on the pages is not).
 */
public class MyDataDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Municipalities municipalities;
  @Inject Units units;
  @Inject SelfAccess selfAccess;
  @Inject RecordViews recordViews;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    ApiUser user = SignedIn.user(request).orElseThrow();
    try {
      String code =
          SignedIn.municipality(request).orElseThrow(() -> new Forbidden("Choose a municipality"));
      String employeeId = user.ownEmployeeId().orElseThrow(() -> new Forbidden("Staff only"));
      Municipality municipality = municipalities.get(code);
      JsonObject export =
          selfAccess.export(municipality, employeeId, units.visibilityOf(user, municipality));
      boolean pdf = request.getRequestURI().endsWith(".pdf");
      byte[] body =
          pdf ? SelfAccessPdf.render(export) : export.toString().getBytes(StandardCharsets.UTF_8);
      String file = ("mine-opplysninger-" + employeeId).replaceAll("[^A-Za-z0-9_.-]", "_");
      response.setContentType(pdf ? SelfAccessPdf.MEDIA_TYPE : "application/json;charset=UTF-8");
      response.setHeader(
          "Content-Disposition",
          "attachment; filename=\"" + file + (pdf ? ".pdf" : ".json") + "\"");
      response.setHeader("Cache-Control", "private, no-store");
      response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      // Unlike a view of one's own record, a download of everything is logged: the person sees it
      // on their page, and a privacy officer can tell a request for access was answered.
      recordViews.record(
          code,
          Optional.of(employeeId),
          user.username(),
          "GET " + request.getRequestURI().substring(request.getContextPath().length()));
    } catch (Problem problem) {
      PageFailures.show(request, response, problem);
    }
  }
}
