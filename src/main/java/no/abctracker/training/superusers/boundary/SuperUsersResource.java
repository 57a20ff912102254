package no.abctracker.training.superusers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.entity.Role;
import no.abctracker.training.superusers.control.Appointments;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Super-user appointments of a municipality: appoint, end, list, one. */
@RequestScoped
@Path("municipalities/{code}/super-users")
@PersonalData
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Super-users", description = "Super-user appointments, rules and coverage")
public class SuperUsersResource {

  @Inject Caller caller;
  @Inject Appointments appointments;
  @Context SecurityContext security;

  @POST
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER})
  @Operation(
      summary = "Appoint a super-user for a unit and a technology",
      description =
          "{employeeId, unitCode, technology, from, to?} (dates YYYY-MM-DD, both inclusive). A unit"
              + " leader may appoint in their own units and the units below them. The appointment"
              + " is also stored in the LRS as the profile's 'super-user appointed' statement.")
  @APIResponse(responseCode = "201", description = "The appointment with its qualification today")
  @APIResponse(responseCode = "400", description = "Unknown person, unit or technology; bad dates")
  @APIResponse(responseCode = "403", description = "Another municipality, or not your unit")
  @APIResponse(
      responseCode = "409",
      description = "Overlaps an appointment of the same person, unit and technology")
  public Response appoint(@PathParam("code") String code, JsonObject body, @Context UriInfo uri) {
    Caller.Of who = caller.of(security, code);
    Appointments.Assessed appointed =
        appointments.appoint(
            who.municipality(),
            new Appointments.Request(
                Params.member(body, "employeeId").orElse(null),
                Params.member(body, "unitCode").orElse(null),
                Params.member(body, "technology").orElse(null),
                Params.dateMember(body, "from").orElse(null),
                Params.dateMember(body, "to").orElse(null)),
            who.user(),
            who.visibility());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(appointed.appointment().id())).build())
        .entity(SuperUserJson.appointment(appointed))
        .build();
  }

  @GET
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(
      summary = "Super-user appointments with their qualification",
      description =
          "With asOf only the appointments active on that date, qualified as of it; without, every"
              + " appointment (past, current, future) qualified as of today. A unit leader sees the"
              + " appointments in their units, staff only their own.")
  @APIResponse(responseCode = "200", description = "The appointments")
  @APIResponse(responseCode = "400", description = "Bad date, technology or qualified value")
  @APIResponse(responseCode = "404", description = "No such unit")
  public JsonArray list(
      @PathParam("code") String code,
      @Parameter(description = "this unit and the units below it") @QueryParam("unit") String unit,
      @Parameter(description = "technology code") @QueryParam("technology") String technology,
      @Parameter(description = "YYYY-MM-DD") @QueryParam("asOf") String asOf,
      @Parameter(description = "true or false") @QueryParam("qualified") String qualified,
      @Parameter(description = "one person's appointments") @QueryParam("employeeId")
          String employeeId) {
    Caller.Of who = caller.of(security, code);
    return SuperUserJson.appointments(
        appointments.list(
            who.municipality(),
            new Appointments.Filter(
                Params.text(unit),
                Params.text(technology),
                Params.date("asOf", asOf),
                Params.bool("qualified", qualified),
                Params.text(employeeId)),
            who.visibility()));
  }

  @GET
  @Path("{id}")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(summary = "One appointment with its prerequisites met or missing")
  @APIResponse(responseCode = "200", description = "The appointment")
  @APIResponse(responseCode = "403", description = "Not in your units, or not your own")
  @APIResponse(responseCode = "404", description = "No such appointment in this municipality")
  public JsonObject one(
      @PathParam("code") String code,
      @PathParam("id") long id,
      @Parameter(description = "qualification as of (YYYY-MM-DD), default today")
          @QueryParam("asOf")
          String asOf) {
    Caller.Of who = caller.of(security, code);
    return SuperUserJson.appointment(
        appointments.one(who.municipality(), id, Params.date("asOf", asOf), who.visibility()));
  }

  @POST
  @Path("{id}/end")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER})
  @Operation(
      summary = "End an appointment",
      description =
          "{to, reason}: the last day (inclusive) and why. Ending only shortens an appointment.")
  @APIResponse(responseCode = "200", description = "The ended appointment")
  @APIResponse(responseCode = "409", description = "Already ended, or already ends earlier")
  public JsonObject end(@PathParam("code") String code, @PathParam("id") long id, JsonObject body) {
    Caller.Of who = caller.of(security, code);
    return SuperUserJson.appointment(
        appointments.end(
            who.municipality(),
            id,
            Params.dateMember(body, "to").orElse(null),
            Params.member(body, "reason").orElse(null),
            who.user(),
            who.visibility()));
  }
}
