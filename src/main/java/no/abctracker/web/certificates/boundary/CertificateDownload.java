package no.abctracker.web.certificates.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.certificates.control.CertificatePdf;
import no.abctracker.certificates.control.Certificates;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.Problem;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.web.faces.PageFailures;
import no.abctracker.web.faces.PublicAddress;
import no.abctracker.web.privacy.boundary.PageViewLog;
import no.abctracker.web.signin.control.SignedIn;

/**
 * A course certificate as PDF for the pages' session: {@code /min/certificate.pdf?course=ABC} (the
 * staff member's own) and {@code /app/certificate.pdf?id=1001&course=ABC} (a person the user may
 * see). Issued by the same {@link Certificates#issue} as {@code GET …/certificates/{course}}, with
 * the user's {@code Units#visibilityOf}; the door ({@code PageGuard}) has let only signed-in users
 * of the right role through.
 */
public class CertificateDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Municipalities municipalities;
  @Inject Units units;
  @Inject Certificates certificates;
  @Inject PublicAddress address;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    ApiUser user = SignedIn.user(request).orElseThrow();
    String course = request.getParameter("course");
    try {
      String code =
          SignedIn.municipality(request)
              .orElseThrow(() -> new no.abctracker.problems.Forbidden("Choose a municipality"));
      MunicipalityAccess.require(user, code);
      Municipality municipality = municipalities.get(code);
      // Staff download only their own; the others name the person.
      String employeeId =
          user.role() == Role.STAFF
              ? user.ownEmployeeId().orElse("")
              : String.valueOf(request.getParameter("id"));
      if (course == null || course.isBlank()) {
        throw new no.abctracker.problems.BadRequest("course: which course's certificate?");
      }
      Certificates.Issued issued =
          certificates.issue(
              municipality,
              employeeId,
              course,
              units.visibilityOf(user, municipality),
              user.username());
      PageViewLog.record(request, user, code, Optional.of(employeeId), "");
      byte[] pdf =
          CertificatePdf.render(
              issued.content(
                  address.verificationPrefix(request) + issued.certificate().verificationCode()));
      response.setContentType("application/pdf");
      response.setHeader(
          "Content-Disposition",
          "inline; filename=\""
              + ("kursbevis-" + course + "-" + employeeId).replaceAll("[^A-Za-z0-9_.-]", "_")
              + ".pdf\"");
      response.setHeader("Cache-Control", "private, no-store");
      // The staff pages' strict policy (default-src 'none') would keep the browser's own PDF viewer
      // from showing the file inline; a PDF runs none of our scripts, so only framing is refused.
      response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
      response.setContentLength(pdf.length);
      response.getOutputStream().write(pdf);
    } catch (Problem problem) {
      PageFailures.show(request, response, problem);
    }
  }
}
