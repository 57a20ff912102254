package no.abctracker.training.cohorts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.configuration.Settings;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.training.cohorts.control.Attendances;
import no.abctracker.training.cohorts.control.CheckIns;
import no.abctracker.training.cohorts.control.CohortViews;
import no.abctracker.training.cohorts.control.QrCodes;
import no.abctracker.training.cohorts.control.Sessions;
import no.abctracker.training.cohorts.entity.CheckInCode;
import no.abctracker.training.cohorts.entity.CohortSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A cohort's sessions, their attendance and their check-in. */
@RequestScoped
@Path("municipalities/{code}/cohorts/{cohortId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts", description = "Cohorts, group sessions, enrolment, attendance and check-in")
public class CohortSessionsResource {

  @Inject Municipalities municipalities;
  @Inject Sessions sessions;
  @Inject CohortViews views;
  @Inject Attendances attendances;
  @Inject CheckIns checkIns;
  @Context SecurityContext security;
  @Inject Settings settings;
  @Context UriInfo uri;

  @PathParam("code")
  String code;

  @PathParam("cohortId")
  String cohortId;

  @POST
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "Schedule a session",
      description =
          "{number?, kind: JOINT|LOCAL, title, startsAt, endsAt, location?, moduleCodes?}. Times"
              + " are Norwegian local date-times without offset (2025-03-04T09:00); the start must"
              + " be within the cohort's dates and the end after it; modules are codes of the"
              + " cohort's course; without a number the session is the cohort's next.")
  @APIResponse(responseCode = "201", description = "The session")
  @APIResponse(responseCode = "400", description = "A bad member, named in detail")
  @APIResponse(responseCode = "409", description = "The cohort has a session with that number")
  public Response create(JsonStructure body) {
    CohortSession session =
        sessions.create(municipality(), user(), cohortId, CohortRequests.session(body));
    return Response.created(uri.getAbsolutePathBuilder().path(session.publicId()).build())
        .entity(CohortJson.of(session))
        .build();
  }

  @GET
  @Path("{sessionId}")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(summary = "One session")
  @APIResponse(responseCode = "200", description = "The session")
  public JsonObject one(@PathParam("sessionId") String sessionId) {
    return CohortJson.of(views.roll(user(), municipality(), cohortId, sessionId).session());
  }

  @PUT
  @Path("{sessionId}")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "Reschedule or revise a session",
      description =
          "The same body as scheduling one. With attendance recorded its number and start cannot"
              + " change (409): the attendance statements name them.")
  @APIResponse(responseCode = "200", description = "The revised session")
  @APIResponse(responseCode = "409", description = "Number clash, or attendance recorded")
  public JsonObject revise(@PathParam("sessionId") String sessionId, JsonStructure body) {
    return CohortJson.of(
        sessions.revise(municipality(), user(), cohortId, sessionId, CohortRequests.session(body)));
  }

  @DELETE
  @Path("{sessionId}")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(summary = "Cancel (delete) a session nobody's attendance is recorded for")
  @APIResponse(responseCode = "204", description = "Cancelled")
  @APIResponse(responseCode = "409", description = "Attendance is recorded for it")
  public void cancel(@PathParam("sessionId") String sessionId) {
    sessions.cancel(municipality(), user(), cohortId, sessionId);
  }

  @GET
  @PersonalData
  @Path("{sessionId}/attendance")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(
      summary = "Who attended a session, and which members have no attendance recorded",
      description = "Facilitators and coordinators see every member, unit leaders their units'.")
  @APIResponse(responseCode = "200", description = "{session, attended: [...], notRecorded: [...]}")
  public JsonObject attendance(@PathParam("sessionId") String sessionId) {
    return CohortJson.of(views.roll(user(), municipality(), cohortId, sessionId));
  }

  @POST
  @Path("{sessionId}/attendance")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(
      summary = "Record that members attended (facilitators and coordinators)",
      description =
          "{employeeIds: [...]}, enrolled persons only (else 400 listing them, nothing recorded)."
              + " Each attendance is written to the LRS as an xAPI 'attended' statement; recording"
              + " one again changes nothing.")
  @APIResponse(responseCode = "200", description = "{added, alreadyRecorded}")
  @APIResponse(responseCode = "400", description = "Unknown or not enrolled employees, listed")
  @APIResponse(responseCode = "403", description = "Not a facilitator of the cohort")
  public JsonObject record(@PathParam("sessionId") String sessionId, JsonStructure body) {
    return CohortJson.of(
        attendances.record(
            municipality(), user(), cohortId, sessionId, CohortRequests.employeeIds(body)));
  }

  @DELETE
  @Path("{sessionId}/attendance/{employeeId}")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(summary = "Remove an attendance; its statement is voided")
  @APIResponse(responseCode = "204", description = "Removed, statement voided")
  @APIResponse(responseCode = "404", description = "No such attendance")
  public void removeAttendance(
      @PathParam("sessionId") String sessionId, @PathParam("employeeId") String employeeId) {
    attendances.remove(municipality(), user(), cohortId, sessionId, employeeId);
  }

  @POST
  @Path("{sessionId}/check-in")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(
      summary = "Open check-in: a new short-lived code (facilitators and coordinators)",
      description =
          "Optional body {minutes} (1-240; default ABC_CHECK_IN_MINUTES, 15). Replaces any code"
              + " the session had. The answer has the code, when it expires (Norwegian time), the"
              + " URL staff open ({base}/checkin?code=…) and the link of its QR image.")
  @APIResponse(responseCode = "201", description = "{code, expiresAt, url, qr}")
  @Consumes(MediaType.WILDCARD)
  public Response openCheckIn(@PathParam("sessionId") String sessionId, String body) {
    CheckInCode opened =
        checkIns.open(
            municipality(), user(), cohortId, sessionId, CohortRequests.checkInMinutes(body));
    URI qr = uri.getAbsolutePathBuilder().path("qr").build();
    return Response.created(uri.getAbsolutePath())
        .entity(CohortJson.of(opened, applicationBase(), qr))
        .build();
  }

  @GET
  @Path("{sessionId}/check-in")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(summary = "The session's open check-in code")
  @APIResponse(responseCode = "200", description = "{code, expiresAt, url, qr}")
  @APIResponse(responseCode = "404", description = "Check-in is not open")
  public JsonObject checkIn(@PathParam("sessionId") String sessionId) {
    CheckInCode open = checkIns.current(municipality(), user(), cohortId, sessionId);
    return CohortJson.of(open, applicationBase(), uri.getAbsolutePathBuilder().path("qr").build());
  }

  @DELETE
  @Path("{sessionId}/check-in")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(summary = "Close check-in: the code stops working at once")
  @APIResponse(responseCode = "204", description = "Closed")
  public void closeCheckIn(@PathParam("sessionId") String sessionId) {
    checkIns.close(municipality(), user(), cohortId, sessionId);
  }

  @GET
  @Path("{sessionId}/check-in/qr")
  @Produces({"image/png", "image/svg+xml"})
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF})
  @Operation(
      summary = "The open code's QR image: the check-in page URL with the code",
      description = "PNG by default (size = at least that many pixels), SVG with format=svg.")
  @APIResponse(responseCode = "200", description = "The image")
  @APIResponse(responseCode = "404", description = "Check-in is not open")
  public Response qr(
      @PathParam("sessionId") String sessionId,
      @Parameter(description = "png (default) or svg") @QueryParam("format") @DefaultValue("png")
          String format,
      @Parameter(description = "PNG size in pixels, 64-2048 (default 400)")
          @QueryParam("size")
          @DefaultValue("400")
          String size) {
    CheckInCode open = checkIns.current(municipality(), user(), cohortId, sessionId);
    String url = CheckIns.pageUrl(applicationBase(), open.code()).toString();
    return switch (format) {
      case "svg" -> Response.ok(QrCodes.svg(url), "image/svg+xml").build();
      case "png" -> Response.ok(QrCodes.png(url, sizeOf(size)), "image/png").build();
      default -> throw new BadRequest("format: 'png' or 'svg', not '" + format + "'");
    };
  }

  private static int sizeOf(String size) {
    if (!size.matches("\\d{2,4}") || Integer.parseInt(size) < 64 || Integer.parseInt(size) > 2048) {
      throw new BadRequest("size: a whole number of pixels from 64 to 2048, not '" + size + "'");
    }
    return Integer.parseInt(size);
  }

  /**
   * The application's root URL: {@code ABC_PUBLIC_URL} when set (behind a proxy the request's own
   * address is an internal one), else the API's base without {@code api/v1/}.
   */
  private URI applicationBase() {
    return settings
        .publicUrl()
        .map(url -> URI.create(url.endsWith("/") ? url : url + "/"))
        .orElseGet(() -> uri.getBaseUri().resolve("../../"));
  }

  private ApiUser user() {
    return MunicipalityAccess.require(security, code);
  }

  private Municipality municipality() {
    MunicipalityAccess.require(security, code);
    return municipalities.get(code);
  }
}
