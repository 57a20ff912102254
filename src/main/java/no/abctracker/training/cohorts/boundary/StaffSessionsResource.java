package no.abctracker.training.cohorts.boundary;

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
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.training.cohorts.control.CohortViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A staff member's cohorts and coming sessions: what the phone page shows as "my next session". */
@RequestScoped
@Path("municipalities/{code}/staff/{employeeId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts", description = "Cohorts, group sessions, enrolment, attendance and check-in")
public class StaffSessionsResource {

  @Inject Municipalities municipalities;
  @Inject CohortViews views;
  @Context SecurityContext security;

  @GET
  @PersonalData
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(
      summary = "A person's cohorts and the sessions that have not ended, soonest first",
      description =
          "Staff only their own; a unit leader persons who have worked in their units. Each cohort"
              + " with attended / scheduled sessions, each coming session with whether the"
              + " attendance is recorded.")
  @APIResponse(responseCode = "200", description = "{employeeId, cohorts, comingSessions}")
  @APIResponse(responseCode = "403", description = "Someone else's (staff), not in your units")
  public JsonObject sessions(
      @PathParam("code") String code, @PathParam("employeeId") String employeeId) {
    ApiUser user = MunicipalityAccess.require(security, code);
    return CohortJson.of(views.scheduleOf(user, municipalities.get(code), employeeId));
  }
}
