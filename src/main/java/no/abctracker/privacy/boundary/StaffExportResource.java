package no.abctracker.privacy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.privacy.control.SelfAccess;
import no.abctracker.privacy.control.SelfAccessPdf;
import no.abctracker.problems.BadRequest;
import no.abctracker.training.organisation.control.Units;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Everything held about one person, for a coordinator answering a request for access. */
@RequestScoped
@Path("municipalities/{code}/staff/{employeeId}/export")
@Produces({MediaType.APPLICATION_JSON, SelfAccessPdf.MEDIA_TYPE})
@Tag(name = "Privacy", description = "The data subject's rights: access and portability")
public class StaffExportResource {

  @Inject Municipalities municipalities;
  @Inject Units units;
  @Inject SelfAccess selfAccess;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @PersonalData
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.STAFF})
  @Operation(
      summary = "Everything held about a person (GDPR art. 15 and 20), JSON or PDF",
      description =
          "{format, exportedAt, municipality, person, employments, identities, completions"
              + " {courses, modules} with their evidence statement, registrations, attendances,"
              + " superUserRoles, certificates, statements [{stored, voided, statement}],"
              + " recordViews}; `format=pdf` (or Accept: application/pdf) a readable PDF in"
              + " Bokmål. Staff get only their own. Each call is logged as a view of the record.")
  @APIResponse(responseCode = "200", description = "The export")
  @APIResponse(responseCode = "404", description = "No such person in this municipality")
  public Response export(
      @PathParam("code") String code,
      @PathParam("employeeId") String employeeId,
      @Parameter(description = "json (default) or pdf") @QueryParam("format") String format) {
    ApiUser user = MunicipalityAccess.require(security, code);
    Municipality municipality = municipalities.get(code);
    boolean pdf = pdf(format);
    JsonObject export =
        selfAccess.export(municipality, employeeId, units.visibilityOf(user, municipality));
    String file = ("innsyn-" + code + "-" + employeeId).replaceAll("[^A-Za-z0-9_.-]", "_");
    Response.ResponseBuilder answer =
        pdf
            ? Response.ok(SelfAccessPdf.render(export), SelfAccessPdf.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + ".pdf\"")
            : Response.ok(export, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + file + ".json\"");
    return answer.header("Cache-Control", "private, no-store").build();
  }

  /** {@code format} wins over {@code Accept}, so that a plain link downloads the PDF. */
  private boolean pdf(String format) {
    if (format != null && !format.isBlank()) {
      return switch (format.strip().toLowerCase(Locale.ROOT)) {
        case "pdf" -> true;
        case "json" -> false;
        default -> throw new BadRequest("format: json or pdf, not '" + format + "'");
      };
    }
    return headers.getAcceptableMediaTypes().stream()
        .findFirst()
        .map(
            t -> !t.isWildcardType() && t.isCompatible(MediaType.valueOf(SelfAccessPdf.MEDIA_TYPE)))
        .orElse(false);
  }
}
