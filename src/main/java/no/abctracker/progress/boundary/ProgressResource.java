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
          "{pending, oldestPendingStored, lastProjectedAt, parked}: queued changes (statements"
              + " that count, voidings, roster identity changes) not yet applied to the"
              + " completions, when the oldest of them was stored (null when none), when the"
              + " projector last applied any (null before the first time) and how many changes"
              + " are parked because applying them failed every time (…/progress/parked)."
              + " Completions are up to date when pending and parked are 0.")
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

  @GET
  @Path("parked")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "Queued changes the projector parked",
      description =
          "{parked: [{id, kind, ref, attempts, error, enqueuedAt, parkedAt}]}, oldest first: changes"
              + " that failed every one of their attempts when applied alone, with the last error."
              + " The rest of the municipality's changes are applied meanwhile.")
  @APIResponse(responseCode = "200", description = "The parked changes")
  @APIResponse(responseCode = "403", description = "Not the caller's municipality, or not allowed")
  public JsonObject parked(@PathParam("code") String code) {
    MunicipalityAccess.require(security, code);
    return ProgressJson.ofParked(progress.parked(municipalities.get(code)));
  }

  @POST
  @Path("parked/retry")
  @Allowed({Role.SYSTEM_ADMIN})
  @Operation(
      summary = "Retry the parked changes",
      description =
          "For operators, once the cause is fixed: puts every parked change of the municipality"
              + " back in the queue with no attempts. Answers {retried}. A change that still fails"
              + " is parked again after its attempts.")
  @APIResponse(responseCode = "200", description = "How many changes were put back")
  @APIResponse(responseCode = "403", description = "Not a system administrator")
  public JsonObject retryParked(@PathParam("code") String code) {
    MunicipalityAccess.require(security, code);
    return ProgressJson.ofRetried(progress.retryParked(municipalities.get(code)));
  }
}
