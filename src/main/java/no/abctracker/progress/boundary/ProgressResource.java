package no.abctracker.progress.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import no.abctracker.progress.control.Replay;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The projection of a municipality as a whole: {@code …/progress/status} and {@code …/replay}. */
@RequestScoped
@Path("municipalities/{code}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress", description = "Module and course completions projected from statements")
public class ProgressResource {

  @Inject Municipalities municipalities;
  @Inject Progress progress;
  @Inject Replay replay;
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

  @POST
  @Path("replay")
  @Allowed({Role.SYSTEM_ADMIN})
  @Operation(
      summary = "Rebuild the completions from the stored statements",
      description =
          "For operators, e.g. after a catalogue change: re-extracts the evidence of every stored"
              + " statement of the municipality with the rule used at ingest (voided when a stored"
              + " voiding statement targets it, which also repairs a statement not marked voided),"
              + " writes only what differs, and queues every person for recompute. Answers"
              + " {statements, evidence, added, changed, removed, voidsRepaired, personsQueued} once"
              + " the evidence is rebuilt; the"
              + " completions follow as the projector applies the queue (…/progress/status)."
              + " Statements stored meanwhile are not lost.")
  @APIResponse(responseCode = "200", description = "What the replay changed in the evidence")
  @APIResponse(responseCode = "403", description = "Not a system administrator")
  public JsonObject replay(@PathParam("code") String code) {
    MunicipalityAccess.require(security, code);
    return ProgressJson.of(replay.replay(municipalities.get(code)));
  }
}
