package no.abctracker.progress.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.progress.control.Progress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The projection of a municipality as a whole: {@code …/progress/status}. */
@RequestScoped
@Path("municipalities/{code}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress", description = "Module and course completions projected from statements")
public class ProgressResource {

  @Inject Municipalities municipalities;
  @Inject Progress progress;
  @Context SecurityContext security;

  @GET
  @Path("status")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "How far the completions are behind the statements",
      description =
          "{pending, oldestPendingStored, lastProjectedAt}: queued changes (statements that count,"
              + " voidings, roster identity changes) not yet applied to the completions, when the"
              + " oldest of them was stored (null when none) and when the projector last applied"
              + " any (null before the first time). Completions are up to date when pending is 0.")
  @APIResponse(responseCode = "200", description = "The projection's status")
  @APIResponse(responseCode = "403", description = "Not the caller's municipality, or not allowed")
  public JsonObject status(@PathParam("code") String code) {
    MunicipalityAccess.require(security, code);
    return ProgressJson.of(progress.status(municipalities.get(code)));
  }
}
