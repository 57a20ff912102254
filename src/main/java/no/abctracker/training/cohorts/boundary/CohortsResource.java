package no.abctracker.training.cohorts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import no.abctracker.training.cohorts.control.CohortViews;
import no.abctracker.training.cohorts.control.Cohorts;
import no.abctracker.training.cohorts.control.Enrolments;
import no.abctracker.training.cohorts.entity.Cohort;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cohorts and who is enrolled in them. */
@RequestScoped
@Path("municipalities/{code}/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts", description = "Cohorts, group sessions, enrolment, attendance and check-in")
public class CohortsResource {

  @Inject Municipalities municipalities;
  @Inject Cohorts cohorts;
  @Inject CohortViews views;
  @Inject Enrolments enrolments;
  @Context SecurityContext security;

  @GET
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(
      summary = "The cohorts the caller may see",
      description =
          "Coordinators: all; facilitators: theirs; unit leaders: those with members who have"
              + " worked in their units (memberCount counts only those). Each with access MANAGE,"
              + " FACILITATE or MEMBERS_OF_UNITS and its next session.")
  @APIResponse(responseCode = "200", description = "The cohorts, latest start first")
  public JsonArray all(@PathParam("code") String code) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    views.visibleTo(user(code), municipality(code)).forEach(s -> list.add(CohortJson.of(s)));
    return list.build();
  }

  @POST
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "Create a cohort",
      description =
          "{name, description?, courseCode, versionCode, startDate, endDate, abcContact?: {name,"
              + " email?, phone?}, facilitators?: [username]}. The course and version must be in"
              + " the catalogue; facilitators are user accounts of the municipality (any role).")
  @APIResponse(responseCode = "201", description = "The cohort, with its id and xAPI activity id")
  @APIResponse(responseCode = "400", description = "A missing or bad member, named in detail")
  public Response create(@PathParam("code") String code, JsonStructure body, @Context UriInfo uri) {
    Cohort cohort = cohorts.create(municipality(code), user(code), CohortRequests.cohort(body));
    return Response.created(uri.getAbsolutePathBuilder().path(cohort.publicId()).build())
        .entity(CohortJson.of(views.detail(user(code), municipality(code), cohort.publicId())))
        .build();
  }

  @GET
  @PersonalData
  @Path("{cohortId}")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(
      summary = "One cohort with its sessions and members' attendance",
      description =
          "Each member with attended / scheduled sessions and, for a version completed by"
              + " attendance, whether they meet its rule. A unit leader sees only the members who"
              + " have worked in their units.")
  @APIResponse(responseCode = "200", description = "The cohort")
  @APIResponse(responseCode = "403", description = "Not the caller's cohort")
  @APIResponse(responseCode = "404", description = "No such cohort in this municipality")
  public JsonObject one(@PathParam("code") String code, @PathParam("cohortId") String cohortId) {
    return CohortJson.of(views.detail(user(code), municipality(code), cohortId));
  }

  @PUT
  @Path("{cohortId}")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "Revise a cohort",
      description =
          "The same body as creating one. The course and version cannot change once the cohort"
              + " has sessions (409); the sessions must stay within the new dates (400).")
  @APIResponse(responseCode = "200", description = "The revised cohort")
  @APIResponse(responseCode = "409", description = "Course or version changed with sessions")
  public JsonObject revise(
      @PathParam("code") String code, @PathParam("cohortId") String cohortId, JsonStructure body) {
    cohorts.revise(municipality(code), user(code), cohortId, CohortRequests.cohort(body));
    return CohortJson.of(views.detail(user(code), municipality(code), cohortId));
  }

  @DELETE
  @Path("{cohortId}")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(summary = "Delete a cohort with its sessions and members")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", description = "Attendance is recorded in it")
  public void delete(@PathParam("code") String code, @PathParam("cohortId") String cohortId) {
    cohorts.delete(municipality(code), user(code), cohortId);
  }

  @POST
  @Path("{cohortId}/members")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "Enrol staff by employee id",
      description =
          "{employeeIds: [...]}. Any unknown id enrols nobody (400 listing them); enrolling a"
              + " member again changes nothing.")
  @APIResponse(responseCode = "200", description = "{matched, added, alreadyEnrolled, leftOut}")
  @APIResponse(responseCode = "400", description = "Unknown employee ids, listed")
  public JsonObject enrol(
      @PathParam("code") String code, @PathParam("cohortId") String cohortId, JsonStructure body) {
    return CohortJson.of(
        enrolments.byHand(
            municipality(code), user(code), cohortId, CohortRequests.employeeIds(body)));
  }

  @POST
  @Path("{cohortId}/members/by-rule")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "Enrol everyone an employment rule matches",
      description =
          "{unitCode?, shiftPattern?, positionCode?}, at least one: every person with an"
              + " employment active today (Europe/Oslo) in the unit's subtree, with the shift"
              + " pattern and the position code given. Idempotent.")
  @APIResponse(responseCode = "200", description = "{matched, added, alreadyEnrolled, leftOut}")
  @APIResponse(responseCode = "400", description = "An unknown unit or position code, a bad rule")
  public JsonObject enrolByRule(
      @PathParam("code") String code, @PathParam("cohortId") String cohortId, JsonStructure body) {
    return CohortJson.of(
        enrolments.byRule(
            municipality(code), user(code), cohortId, CohortRequests.enrolmentRule(body)));
  }

  @DELETE
  @Path("{cohortId}/members/{employeeId}")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(summary = "Remove a member from the cohort")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "Not a member")
  @APIResponse(responseCode = "409", description = "Their attendance is recorded")
  public void remove(
      @PathParam("code") String code,
      @PathParam("cohortId") String cohortId,
      @PathParam("employeeId") String employeeId) {
    enrolments.remove(municipality(code), user(code), cohortId, employeeId);
  }

  private ApiUser user(String code) {
    return MunicipalityAccess.require(security, code);
  }

  private Municipality municipality(String code) {
    MunicipalityAccess.require(security, code);
    return municipalities.get(code);
  }
}
