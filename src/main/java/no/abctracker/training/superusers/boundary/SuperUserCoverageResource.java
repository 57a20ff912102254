package no.abctracker.training.superusers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.entity.Role;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.superusers.control.SuperUserCoverage;
import no.abctracker.training.superusers.control.Technologies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The super-user coverage matrix unit × technology × shift, its gaps and the actions. */
@RequestScoped
@Path("municipalities/{code}/reports/super-user-coverage")
@PersonalData
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Super-users", description = "Super-user appointments, rules and coverage")
public class SuperUserCoverageResource {

  @Inject Caller caller;
  @Inject SuperUserCoverage coverage;
  @Inject Technologies technologies;
  @Inject Clock clock;
  @Context SecurityContext security;

  @GET
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER})
  @Operation(
      summary = "Super-user coverage per unit, technology and shift on a date",
      description =
          "Each cell lists the qualified super-users present on that shift (active appointment for"
              + " the unit, prerequisites completed by the date, an active employment in the unit"
              + " whose shift pattern covers the shift), the count against the required number and"
              + " whether it is covered. gaps lists the cells not covered; actions has one sentence"
              + " per gap, per appointee not qualified and per appointee not working in the unit,"
              + " in Bokmål (lang=en: English). A unit leader sees their units and those below.")
  @APIResponse(responseCode = "200", description = "The matrix, gaps and actions")
  @APIResponse(responseCode = "400", description = "Bad date, technology or lang")
  public JsonObject matrix(
      @PathParam("code") String code,
      @Parameter(description = "YYYY-MM-DD, default today (Europe/Oslo)") @QueryParam("asOf")
          String asOf,
      @Parameter(description = "this unit and the units below it") @QueryParam("unit") String unit,
      @Parameter(description = "only this technology") @QueryParam("technology") String technology,
      @Parameter(description = "nb (default) or en") @QueryParam("lang") String lang) {
    Caller.Of who = caller.of(security, code);
    LocalDate date =
        Params.date("asOf", asOf).orElseGet(() -> LocalDate.now(clock.withZone(Organisation.ZONE)));
    return SuperUserJson.coverage(
        coverage.on(
            who.municipality(), date, who.visibility(), Params.text(unit), Params.text(technology)),
        technologies,
        Params.language(lang));
  }
}
