package no.abctracker.training.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.MessageKey;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.RosterImport;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.entity.Employment;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.training.organisation.entity.PersonIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A municipality's staff: the roster import and the staff lists, limited by role. */
@RequestScoped
@Path("municipalities/{code}/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation", description = "Units, staff and their employments")
public class StaffResource {

  @Inject Municipalities municipalities;
  @Inject RosterImport rosterImport;
  @Inject Staff staff;
  @Inject Units units;
  @Inject Clock clock;
  @Context SecurityContext security;

  @PUT
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "Replace the staff with a full roster (CSV, one line per employment)",
      description =
          "Header employee_id,full_name,email,unit_code,position_code,position_title,"
              + "employment_percent,shift_pattern,employment_kind,start_date,end_date (comma or"
              + " semicolon, UTF-8). All or nothing: any bad line gives 400 with errors [{line,"
              + " column, message}] and changes nothing. Employments missing from the roster end"
              + " the day before the import date; nothing is deleted; the same file twice changes"
              + " nothing.")
  @RequestBody(description = "The staff roster CSV")
  @APIResponse(responseCode = "200", description = "Counts of what the import changed")
  @APIResponse(responseCode = "400", description = "Bad lines, all listed in errors")
  public JsonObject replace(@PathParam("code") String code, byte[] csv) {
    return toJson(rosterImport.replace(municipality(code), csv));
  }

  @POST
  @Path("preview")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "What a roster import would change, changing nothing (dry run)",
      description =
          "The same validation and counts as PUT …/staff with this file, in a transaction that is"
              + " always rolled back.")
  @RequestBody(description = "The staff roster CSV")
  @APIResponse(responseCode = "200", description = "Counts an import would give now")
  @APIResponse(responseCode = "400", description = "Bad lines, all listed in errors")
  public JsonObject preview(@PathParam("code") String code, byte[] csv) {
    return toJson(rosterImport.preview(municipality(code), csv));
  }

  static JsonObject toJson(RosterImport.Outcome outcome) {
    return Json.createObjectBuilder()
        .add("importDate", outcome.importDate().toString())
        .add("lines", outcome.lines())
        .add("persons", outcome.persons())
        .add("personsCreated", outcome.personsCreated())
        .add("personsUpdated", outcome.personsUpdated())
        .add("employmentsCreated", outcome.employmentsCreated())
        .add("employmentsUpdated", outcome.employmentsUpdated())
        .add("employmentsEnded", outcome.employmentsEnded())
        .add("employmentsUnchanged", outcome.employmentsUnchanged())
        .build();
  }

  @GET
  @PersonalData
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER})
  @Operation(
      summary = "Staff with an employment active on a date",
      description = "A unit leader sees only the staff of their units and the units below them.")
  public JsonObject active(
      @PathParam("code") String code,
      @Parameter(description = "as of this date (YYYY-MM-DD), default today") @QueryParam("date")
          String date,
      @Parameter(description = "only this unit and the units below it") @QueryParam("unit")
          String unit) {
    Municipality municipality = municipality(code);
    LocalDate asOf = date(date);
    Optional<Set<Long>> subtree =
        Optional.ofNullable(unit)
            .map(u -> units.subtreeIds(municipality, Set.of(units.get(municipality, u).code())));
    List<Staff.Member> members = staff.activeOn(municipality, asOf, visibility(code), subtree);
    JsonArrayBuilder list = Json.createArrayBuilder();
    members.forEach(m -> list.add(toJson(m)));
    return Json.createObjectBuilder()
        .add("date", asOf.toString())
        .add("count", members.size())
        .add("staff", list)
        .build();
  }

  @GET
  @PersonalData
  @Path("{employeeId}")
  @Operation(
      summary = "One person with their employment history and xAPI identities",
      description =
          "Staff may read only their own record; a unit leader only persons who have worked in"
              + " their units.")
  public JsonObject one(
      @PathParam("code") String code, @PathParam("employeeId") String employeeId) {
    return toJson(staff.get(municipality(code), employeeId, visibility(code)));
  }

  private Municipality municipality(String code) {
    MunicipalityAccess.require(security, code);
    return municipalities.get(code);
  }

  private no.abctracker.training.organisation.control.Visibility visibility(String code) {
    ApiUser user = MunicipalityAccess.require(security, code);
    return units.visibilityOf(user, municipalities.get(code));
  }

  private LocalDate date(String date) {
    if (date == null || date.isBlank()) {
      return LocalDate.now(clock.withZone(Organisation.ZONE));
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new BadRequest(MessageKey.PARAMETER_DATE_INVALID, "date", date);
    }
  }

  static JsonObject toJson(Staff.Member member) {
    Person person = member.person();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("employeeId", person.employeeId())
            .add("fullName", person.fullName());
    person.email().ifPresent(e -> json.add("email", e));
    JsonArrayBuilder employments = Json.createArrayBuilder();
    member.employments().forEach(e -> employments.add(toJson(e)));
    json.add("employments", employments);
    if (!member.identities().isEmpty()) {
      JsonArrayBuilder identities = Json.createArrayBuilder();
      for (PersonIdentity identity : member.identities()) {
        JsonObjectBuilder shown =
            Json.createObjectBuilder()
                .add("kind", identity.kind().name())
                .add("value", identity.name());
        identity.homePage().ifPresent(h -> shown.add("homePage", h));
        identities.add(shown);
      }
      json.add("identities", identities);
    }
    return json.build();
  }

  private static java.math.BigDecimal plain(java.math.BigDecimal percent) {
    java.math.BigDecimal stripped = percent.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  static JsonObject toJson(Employment employment) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("unitCode", employment.unit().code())
            .add("unitName", employment.unit().name())
            .add("positionCode", employment.positionCode())
            .add("positionTitle", employment.positionTitle())
            .add("employmentPercent", plain(employment.employmentPercent()))
            .add("shiftPattern", employment.shiftPattern().name())
            .add("employmentKind", employment.employmentKind().name())
            .add("startDate", employment.startDate().toString());
    employment.endDate().ifPresent(d -> json.add("endDate", d.toString()));
    return json.build();
  }
}
