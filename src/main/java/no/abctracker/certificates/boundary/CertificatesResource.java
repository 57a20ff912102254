package no.abctracker.certificates.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.certificates.control.CertificatePdf;
import no.abctracker.certificates.control.Certificates;
import no.abctracker.configuration.Settings;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.control.Units;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's course certificate (kursbevis) as PDF. */
@RequestScoped
@Path("municipalities/{code}/staff/{employeeId}/certificates")
@Tag(name = "Certificates", description = "Course certificates (kursbevis) and their verification")
public class CertificatesResource {

  static final String PDF = "application/pdf";

  @Inject Municipalities municipalities;
  @Inject Units units;
  @Inject Certificates certificates;
  @Inject Settings settings;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @GET
  @PersonalData
  @Path("{courseCode}")
  @Produces(PDF)
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(
      summary = "The certificate of a completed course (PDF)",
      description =
          "Name, course, completion date (Europe/Oslo), how it was completed, issuing municipality,"
              + " verification code and a QR code of {base}/verify/{code}. The code is made on first"
              + " issue and stays the same. Staff get their own; a unit leader those of persons who"
              + " have worked in their units.")
  @APIResponse(responseCode = "200", description = "The PDF")
  @APIResponse(responseCode = "404", description = "Unknown person or course, or not completed")
  public Response certificate(
      @PathParam("code") String code,
      @PathParam("employeeId") String employeeId,
      @PathParam("courseCode") String courseCode) {
    ApiUser user = MunicipalityAccess.require(security, code);
    Municipality municipality = municipalities.get(code);
    Certificates.Issued issued =
        certificates.issue(
            municipality,
            employeeId,
            courseCode,
            units.visibilityOf(user, municipality),
            user.username());
    String verifyUrl =
        VerificationLinks.of(settings.publicUrl(), uri.getBaseUri())
            + issued.certificate().verificationCode();
    return Response.ok(CertificatePdf.render(issued.content(verifyUrl)), PDF)
        .header(
            "Content-Disposition",
            "inline; filename=\""
                + fileName("kursbevis-" + courseCode + "-" + employeeId)
                + ".pdf\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /** Ids come from HR files: keep only what is safe in a header and a file system. */
  static String fileName(String name) {
    return name.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
