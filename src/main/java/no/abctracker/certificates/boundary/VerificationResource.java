package no.abctracker.certificates.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import no.abctracker.certificates.control.Certificates;
import no.abctracker.certificates.control.Certificates.Verification;
import no.abctracker.certificates.control.VerificationTexts;
import no.abctracker.problems.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /verify/{code}} without login: JSON by default, a small HTML page (Bokmål first) for a
 * browser that asks for HTML, e.g. after scanning the QR code. It shows only validity, name,
 * course, completion date and municipality; an unknown code is 404, whatever it looks like.
 */
@RequestScoped
@Path("{code}")
@Tag(name = "Certificates", description = "Course certificates (kursbevis) and their verification")
public class VerificationResource {

  static final String NOT_FOUND = "No certificate has this verification code";

  @Inject Certificates certificates;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Verify a certificate (no login)",
      description =
          "{valid, status (VALID, WITHDRAWN, CHANGED), name, course, completedOn, municipality,"
              + " message {nb-NO, en}}. A certificate whose completion was withdrawn (voided) is"
              + " valid false, no longer valid.")
  @APIResponse(responseCode = "200", description = "The certificate's validity and what it shows")
  @APIResponse(responseCode = "404", description = "No certificate has this code")
  public Response json(@PathParam("code") String code) {
    Verification verification =
        certificates.verify(code).orElseThrow(() -> new NotFound(NOT_FOUND));
    return uncached(Response.ok(toJson(verification), MediaType.APPLICATION_JSON_TYPE));
  }

  @GET
  @Produces("text/html;qs=0.9")
  @Operation(hidden = true)
  public Response html(@PathParam("code") String code) {
    return uncached(
        certificates
            .verify(code)
            .map(
                v ->
                    Response.ok(
                        VerificationPage.of(v), MediaType.TEXT_HTML_TYPE + ";charset=UTF-8"))
            .orElseGet(
                () ->
                    Response.status(Response.Status.NOT_FOUND)
                        .type(MediaType.TEXT_HTML_TYPE + ";charset=UTF-8")
                        .entity(VerificationPage.unknown())));
  }

  static JsonObject toJson(Verification verification) {
    Map<String, String> message = VerificationTexts.of(verification.validity());
    return JSON.createObjectBuilder()
        .add("valid", verification.valid())
        .add("status", verification.validity().name())
        .add("name", verification.fullName())
        .add("course", verification.courseTitle())
        .add("completedOn", verification.completedOn().toString())
        .add("municipality", verification.municipalityName())
        .add(
            "message",
            JSON.createObjectBuilder()
                .add("nb-NO", message.get("nb-NO"))
                .add("en", message.get("en")))
        .build();
  }

  /** Nobody should keep a copy: a certificate may be withdrawn later; search engines stay out. */
  private static Response uncached(Response.ResponseBuilder response) {
    return response.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex").build();
  }
}
