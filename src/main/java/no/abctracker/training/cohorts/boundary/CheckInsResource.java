package no.abctracker.training.cohorts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.ForwardedHeaders;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.training.cohorts.control.CheckIns;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff check in to a session with the code shown there. */
@RequestScoped
@Path("municipalities/{code}/check-ins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts", description = "Cohorts, group sessions, enrolment, attendance and check-in")
public class CheckInsResource {

  @Inject Municipalities municipalities;
  @Inject CheckIns checkIns;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @POST
  @Allowed(Role.STAFF)
  @Operation(
      summary = "Check in to a session with its code (staff)",
      description =
          "{code}: the code shown at the session (case and spaces do not matter). Records the"
              + " caller's attendance, written to the LRS as an xAPI 'attended' statement; checking"
              + " in again changes nothing (newlyRecorded false).")
  @APIResponse(responseCode = "200", description = "{newlyRecorded, cohortName, session, ...}")
  @APIResponse(responseCode = "400", description = "Not a check-in code (counted as a guess)")
  @APIResponse(responseCode = "403", description = "Not enrolled in the session's cohort")
  @APIResponse(responseCode = "410", description = "The code has expired or check-in was closed")
  @APIResponse(responseCode = "429", description = "Too many wrong codes lately; see Retry-After")
  public JsonObject checkIn(@PathParam("code") String code, JsonStructure body) {
    ApiUser user = MunicipalityAccess.require(security, code);
    return CohortJson.of(
        checkIns.checkIn(
            municipalities.get(code),
            user,
            CohortRequests.checkInCode(body),
            ForwardedHeaders.clientAddress(request)));
  }
}
