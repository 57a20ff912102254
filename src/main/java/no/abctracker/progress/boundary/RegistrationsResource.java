package no.abctracker.progress.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.progress.control.ManualRegistrations;
import no.abctracker.progress.entity.ManualRegistration;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.entity.Person;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's manual registrations: {@code …/staff/{employeeId}/registrations}. */
@RequestScoped
@Path("municipalities/{code}/staff/{employeeId}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Progress", description = "Module and course completions projected from statements")
public class RegistrationsResource {

  @Inject Municipalities municipalities;
  @Inject Staff staff;
  @Inject Units units;
  @Inject ManualRegistrations registrations;
  @Context SecurityContext security;

  @POST
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "Register a completion by hand",
      description =
          "{course, module?, completedOn (YYYY-MM-DD, not in the future), reason}: e.g. completed"
              + " on paper before the system existed. Written to the LRS as a completed statement"
              + " (actor the person's account, authority the caller, timestamp 12:00 in Norway on"
              + " that day) and counted by the projector like any other: a module completion, or"
              + " a course completion with basis REGISTERED.")
  @APIResponse(responseCode = "201", description = "The registration, with its statement id")
  @APIResponse(responseCode = "400", description = "A missing or bad member, named in detail")
  @APIResponse(responseCode = "404", description = "No such employee in the municipality")
  public Response register(
      @PathParam("code") String code,
      @PathParam("employeeId") String employeeId,
      JsonStructure body,
      @Context UriInfo uri) {
    ManualRegistration registration =
        registrations.register(
            municipality(code), user(code), employeeId, RegistrationRequests.registration(body));
    return Response.created(uri.getAbsolutePathBuilder().path(registration.statementId()).build())
        .entity(ProgressJson.of(registration))
        .build();
  }

  @GET
  @PersonalData
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(
      summary = "The person's manual registrations: the audit trail",
      description =
          "Newest first, withdrawn ones included: [{id, employeeId, course, module?, completedOn,"
              + " reason, registeredBy, registeredAt, statementId, withdrawn, withdrawal?: {by, at,"
              + " reason, voidingStatementId}}]. Staff see only their own, a unit leader persons"
              + " who have worked in their units.")
  @APIResponse(responseCode = "200", description = "The registrations")
  @APIResponse(responseCode = "403", description = "Not the caller's municipality or person")
  @APIResponse(responseCode = "404", description = "No such employee in the municipality")
  public JsonArray list(
      @PathParam("code") String code, @PathParam("employeeId") String employeeId) {
    Municipality municipality = municipality(code);
    Person person =
        staff.get(municipality, employeeId, units.visibilityOf(user(code), municipality)).person();
    return ProgressJson.of(registrations.of(municipality, person));
  }

  @DELETE
  @Path("{id}")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "Withdraw a manual registration",
      description =
          "{reason}. Voids the registration's statement (authority the caller), so what it gave"
              + " is withdrawn by the projector; the registration stays in the audit trail with"
              + " who withdrew it, when and why.")
  @APIResponse(responseCode = "200", description = "The withdrawn registration")
  @APIResponse(responseCode = "400", description = "No reason given")
  @APIResponse(responseCode = "404", description = "No such registration of the person")
  @APIResponse(responseCode = "409", description = "Withdrawn already")
  public JsonObject withdraw(
      @PathParam("code") String code,
      @PathParam("employeeId") String employeeId,
      @PathParam("id") String id,
      JsonStructure body) {
    return ProgressJson.of(
        registrations.withdraw(
            municipality(code), user(code), employeeId, id, RegistrationRequests.withdrawal(body)));
  }

  private ApiUser user(String code) {
    return MunicipalityAccess.require(security, code);
  }

  private Municipality municipality(String code) {
    return municipalities.get(code);
  }
}
