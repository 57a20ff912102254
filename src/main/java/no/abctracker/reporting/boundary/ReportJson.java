package no.abctracker.reporting.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.OptionalDouble;
import no.abctracker.reporting.entity.CoverageReport;
import no.abctracker.reporting.entity.CoverageRow;
import no.abctracker.reporting.entity.CoverageTrend;
import no.abctracker.reporting.entity.Figures;
import no.abctracker.reporting.entity.Grouping;
import no.abctracker.reporting.entity.PeopleList;

/**
 * The reports' JSON. Coverages are fractions 0–1 with four decimals, FTEs full-time equivalents
 * with two; a coverage with nothing to divide by, and every figure of a suppressed row, is null.
 */
final class ReportJson {

  private ReportJson() {}

  static JsonObject of(CoverageReport report) {
    JsonObjectBuilder json = subject(report.subject());
    json.add("asOf", report.asOf().toString()).add("groupBy", report.groupBy().parameter());
    if (report.groupBy() == Grouping.UNIT) {
      json.add("unitRowsIncludeSubunits", true);
    }
    return json.add("total", figures(report.total(), report.totalSuppressed()))
        .add("rows", rows(report.rows()))
        .build();
  }

  static JsonObject of(CoverageTrend trend) {
    JsonArrayBuilder points = JSON.createArrayBuilder();
    for (CoverageTrend.Point point : trend.points()) {
      points.add(
          JSON.createObjectBuilder()
              .add("asOf", point.asOf().toString())
              .add("total", figures(point.total(), point.totalSuppressed()))
              .add("rows", rows(point.rows())));
    }
    JsonObjectBuilder json = subject(trend.subject());
    json.add("groupBy", trend.groupBy().parameter())
        .add("from", trend.from().toString())
        .add("to", trend.to().toString())
        .add("interval", "month");
    if (trend.groupBy() == Grouping.UNIT) {
      json.add("unitRowsIncludeSubunits", true);
    }
    return json.add("points", points).build();
  }

  static JsonObject of(PeopleList people) {
    JsonObjectBuilder filters = JSON.createObjectBuilder();
    people.subject().unit().ifPresent(u -> filters.add("unit", u.code()));
    people.filters().forEach(f -> filters.add(f.name(), f.value()));
    JsonArrayBuilder rows = JSON.createArrayBuilder();
    for (PeopleList.Row row : people.rows()) {
      JsonObjectBuilder json =
          JSON.createObjectBuilder()
              .add("employeeId", row.employeeId())
              .add("fullName", row.fullName())
              .add(
                  "unit",
                  JSON.createObjectBuilder()
                      .add("code", row.unitCode())
                      .add("name", row.unitName()))
              .add("positionCode", row.positionCode())
              .add("positionTitle", row.positionTitle())
              .add("shiftPattern", row.shiftPattern().name())
              .add("employmentKind", row.employmentKind().name())
              .add("employmentPercent", row.employmentPercent())
              .add("employments", row.employments())
              .add("modulesDone", row.modulesDone())
              .add("modulesTotal", people.mandatoryModules());
      row.completedOn()
          .ifPresentOrElse(
              d -> json.add("completedOn", d.toString()), () -> json.addNull("completedOn"));
      rows.add(json);
    }
    return subject(people.subject())
        .add("asOf", people.asOf().toString())
        .add("status", people.status().parameter())
        .add("filters", filters)
        .add("count", people.rows().size())
        .add("rows", rows)
        .build();
  }

  private static JsonObjectBuilder subject(CoverageReport.ReportSubject subject) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("municipality", subject.municipalityCode())
            .add("municipalityName", subject.municipalityName())
            .add("course", subject.courseCode())
            .add("courseTitle", subject.courseTitle());
    subject
        .unit()
        .ifPresent(
            u ->
                json.add(
                    "unit",
                    JSON.createObjectBuilder().add("code", u.code()).add("name", u.name())));
    return json.add("minCell", subject.minCell());
  }

  private static JsonArrayBuilder rows(List<CoverageRow> rows) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (CoverageRow row : rows) {
      JsonObjectBuilder json =
          JSON.createObjectBuilder().add("key", row.key()).add("label", row.label());
      row.unit()
          .ifPresent(
              place -> {
                JsonObjectBuilder unit =
                    JSON.createObjectBuilder()
                        .add("depth", place.depth())
                        .add("type", place.unitType())
                        .add("includesSubunits", place.includesSubunits());
                place
                    .parentCode()
                    .ifPresentOrElse(p -> unit.add("parent", p), () -> unit.addNull("parent"));
                json.add("unit", unit);
              });
      json.addAll(figures(row.figures(), row.suppressed()));
      list.add(json);
    }
    return list;
  }

  private static JsonObjectBuilder figures(Figures figures, boolean suppressed) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    if (suppressed) {
      for (String name :
          List.of("headcount", "completed", "coverage", "fte", "fteCompleted", "fteCoverage")) {
        json.addNull(name);
      }
      return json.add("suppressed", true);
    }
    json.add("headcount", figures.headcount()).add("completed", figures.completed());
    fraction(json, "coverage", figures.coverage());
    json.add("fte", round(figures.fte(), 100))
        .add("fteCompleted", round(figures.fteCompleted(), 100));
    fraction(json, "fteCoverage", figures.fteCoverage());
    return json.add("suppressed", false);
  }

  private static void fraction(JsonObjectBuilder json, String name, OptionalDouble value) {
    if (value.isPresent()) {
      json.add(name, round(value.getAsDouble(), 10_000));
    } else {
      json.addNull(name);
    }
  }

  private static double round(double value, int scale) {
    return (double) Math.round(value * scale) / scale;
  }
}
