package no.abctracker.reporting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.reporting.control.CoverageReports;
import no.abctracker.reporting.control.CoverageReports.PeopleFilter;
import no.abctracker.reporting.control.CsvExport;
import no.abctracker.reporting.control.PdfExport;
import no.abctracker.reporting.control.ReportParams;
import no.abctracker.reporting.control.ReportTables;
import no.abctracker.reporting.control.XlsxExport;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.control.Visibility;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Course coverage of a municipality's staff: as of a date, as a trend, and the people behind it.
 */
@RequestScoped
@Path("municipalities/{code}/reports")
@Produces({
  MediaType.APPLICATION_JSON,
  CsvExport.MEDIA_TYPE,
  XlsxExport.MEDIA_TYPE,
  PdfExport.MEDIA_TYPE
})
@Tag(name = "Reports", description = "Course coverage, trend and gap lists")
public class CoverageResource {

  static final String SEMANTICS =
      " Active persons: an employment active on the date. A person counts once in the total and"
          + " once in each group they hold an active employment in; unit rows include the units"
          + " below them. Completed: a course completion before the end of the date (Norway)."
          + " coverage = completed / headcount; fteCoverage = Σ employment % of the completed /"
          + " Σ employment % of all (fte in full-time equivalents). A unit leader sees their"
          + " units only.";

  @Inject CoverageReports reports;
  @Inject Municipalities municipalities;
  @Inject Units units;
  @Inject Clock clock;
  @Context SecurityContext security;

  @GET
  @Path("coverage")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER})
  @Operation(
      summary = "Coverage of a course on a date, in total and per group",
      description =
          "Rows per unit (tree order, rolled up), shift pattern, employment band (0, 1-49, 50-74,"
              + " 75-99, 100), position code or employment kind. Groups of fewer than minCell"
              + " persons have null figures and suppressed=true."
              + SEMANTICS)
  @APIResponse(responseCode = "200", description = "The report")
  @APIResponse(responseCode = "400", description = "Bad course, groupBy, date, unit or minCell")
  @APIResponse(responseCode = "403", description = "Another municipality, or a unit not led")
  public Response coverage(
      @PathParam("code") String code,
      @Parameter(description = "course code, e.g. ABC", required = true) @QueryParam("course")
          String course,
      @Parameter(
              description =
                  "unit (default), shift_pattern, employment_band, position_code, employment_kind")
          @QueryParam("groupBy")
          String groupBy,
      @Parameter(description = "YYYY-MM-DD, default today (Europe/Oslo)") @QueryParam("asOf")
          String asOf,
      @Parameter(description = "only this unit and the units below it") @QueryParam("unit")
          String unit,
      @Parameter(description = "hide groups under this many persons; default ABC_REPORT_MIN_CELL")
          @QueryParam("minCell")
          String minCell,
      @BeanParam Export file) {
    Export export = file.check();
    Caller caller = caller(code);
    return export.answer(
        reports.coverage(
            caller.municipality(),
            caller.visibility(),
            ReportParams.course(course),
            ReportParams.grouping(groupBy),
            ReportParams.date("asOf", asOf).orElseGet(this::today),
            ReportParams.text(unit),
            ReportParams.minCell(minCell)),
        ReportJson::of,
        ReportTables::of);
  }

  @GET
  @Path("coverage/trend")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER})
  @Operation(
      summary = "The coverage report at each month end",
      description =
          "Points at each month end from `from` to `to`, and at `to` itself when it is not a month"
              + " end; default the last 12 months up to today. At most 120 months."
              + SEMANTICS)
  @APIResponse(responseCode = "200", description = "The points, oldest first")
  @APIResponse(responseCode = "400", description = "Bad parameter, from after to, or too long")
  public Response trend(
      @PathParam("code") String code,
      @QueryParam("course") String course,
      @QueryParam("groupBy") String groupBy,
      @Parameter(description = "YYYY-MM-DD; default the first day of the month 11 months ago")
          @QueryParam("from")
          String from,
      @Parameter(description = "YYYY-MM-DD; default today") @QueryParam("to") String to,
      @Parameter(description = "month (the only interval)") @QueryParam("interval") String interval,
      @QueryParam("unit") String unit,
      @QueryParam("minCell") String minCell,
      @BeanParam Export file) {
    Export export = file.check();
    ReportParams.text(interval)
        .filter(i -> !i.equals("month"))
        .ifPresent(
            i -> {
              throw new BadRequest("interval: month is the only interval, not '" + i + "'");
            });
    LocalDate end = ReportParams.date("to", to).orElseGet(this::today);
    LocalDate start =
        ReportParams.date("from", from).orElseGet(() -> end.minusMonths(11).withDayOfMonth(1));
    Caller caller = caller(code);
    return export.answer(
        reports.trend(
            caller.municipality(),
            caller.visibility(),
            ReportParams.course(course),
            ReportParams.grouping(groupBy),
            start,
            end,
            ReportParams.text(unit),
            ReportParams.minCell(minCell)),
        ReportJson::of,
        ReportTables::of);
  }

  @GET
  @Path("gaps")
  @PersonalData
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER})
  @Operation(
      summary = "The active persons who have not completed the course (or the others)",
      description =
          "One row per active person in the filters: the unit, position, shift pattern and kind"
              + " of their largest matching employment, the sum of their matching employment"
              + " percents, mandatory modules done / total. status=completed or all lists the"
              + " persons behind the other figures of a coverage row; filter with the row's"
              + " groupBy parameter (e.g. employment_band=50-74)."
              + SEMANTICS)
  @APIResponse(responseCode = "200", description = "The list")
  @APIResponse(responseCode = "400", description = "Bad parameter")
  public Response gaps(
      @PathParam("code") String code,
      @QueryParam("course") String course,
      @Parameter(description = "YYYY-MM-DD, default today") @QueryParam("asOf") String asOf,
      @QueryParam("unit") String unit,
      @QueryParam("shift_pattern") String shiftPattern,
      @QueryParam("employment_band") String band,
      @QueryParam("position_code") String positionCode,
      @QueryParam("employment_kind") String kind,
      @Parameter(description = "not_completed (default), completed, all") @QueryParam("status")
          String status,
      @Parameter(
              description =
                  "unit (default), name, employee_id, position_code, shift_pattern,"
                      + " employment_percent, progress")
          @QueryParam("sort")
          String sort,
      @Parameter(description = "asc (default) or desc") @QueryParam("order") String order,
      @BeanParam Export file) {
    Export export = file.check();
    Caller caller = caller(code);
    PeopleFilter filter = ReportParams.peopleFilter(shiftPattern, band, positionCode, kind);
    return export.answer(
        reports.people(
            caller.municipality(),
            caller.visibility(),
            ReportParams.course(course),
            ReportParams.date("asOf", asOf).orElseGet(this::today),
            ReportParams.text(unit),
            filter,
            ReportParams.status(status),
            ReportParams.order(sort),
            ReportParams.descending(order)),
        ReportJson::of,
        ReportTables::of);
  }

  /** Checks the caller's municipality before anything about it is read. */
  private record Caller(Municipality municipality, Visibility visibility) {}

  private Caller caller(String code) {
    ApiUser user = MunicipalityAccess.require(security, code);
    Municipality municipality = municipalities.get(code);
    return new Caller(municipality, units.visibilityOf(user, municipality));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Organisation.ZONE));
  }
}
