package no.abctracker.training.superusers.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import no.abctracker.kernel.Language;
import no.abctracker.training.superusers.control.Appointments.Assessed;
import no.abctracker.training.superusers.control.CoverageActions;
import no.abctracker.training.superusers.control.CoverageMatrix;
import no.abctracker.training.superusers.control.Qualification;
import no.abctracker.training.superusers.control.Technologies;
import no.abctracker.training.superusers.entity.Shift;
import no.abctracker.training.superusers.entity.SuperUserAppointment;
import no.abctracker.training.superusers.entity.SuperUserRule;
import no.abctracker.training.superusers.entity.Technology;

/** The API's JSON for technologies, appointments, rules and the coverage matrix. */
final class SuperUserJson {

  private SuperUserJson() {}

  static JsonObject technology(Technology technology, List<String> courses) {
    return JSON.createObjectBuilder()
        .add("code", technology.code())
        .add("label", map(technology.label()))
        .add("courses", JSON.createArrayBuilder(courses))
        .build();
  }

  static JsonArray appointments(List<Assessed> appointments) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    appointments.forEach(a -> list.add(appointment(a)));
    return list.build();
  }

  /**
   * {@code {id, employeeId, fullName, unitCode, unitName, technology, from, to?, active, asOf,
   * qualified, prerequisites: [{courseCode, title, met, completedOn?}], statementId, appointedBy,
   * appointedAt, ended?: {by, at, reason}}}.
   */
  static JsonObject appointment(Assessed assessed) {
    SuperUserAppointment a = assessed.appointment();
    Qualification qualification = assessed.qualification();
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("id", a.id())
            .add("employeeId", a.person().employeeId())
            .add("fullName", a.person().fullName())
            .add("unitCode", a.unit().code())
            .add("unitName", a.unit().name())
            .add("technology", a.technology())
            .add("from", a.period().from().toString());
    a.period().to().ifPresent(to -> json.add("to", to.toString()));
    JsonArrayBuilder prerequisites = JSON.createArrayBuilder();
    for (Qualification.Prerequisite prerequisite : qualification.prerequisites()) {
      JsonObjectBuilder item =
          JSON.createObjectBuilder()
              .add("courseCode", prerequisite.course().code())
              .add("title", map(prerequisite.course().title()))
              .add("met", prerequisite.met());
      prerequisite.completion().ifPresent(c -> item.add("completedOn", c.completedOn().toString()));
      prerequisites.add(item);
    }
    json.add("active", assessed.active())
        .add("asOf", qualification.asOf().toString())
        .add("qualified", qualification.qualified())
        .add("prerequisites", prerequisites)
        .add("statementId", a.statementId())
        .add("appointedBy", a.appointedBy())
        .add("appointedAt", a.appointedAt().toString());
    a.ending()
        .ifPresent(
            e ->
                json.add(
                    "ended",
                    JSON.createObjectBuilder()
                        .add("by", e.by())
                        .add("at", e.at().toString())
                        .add("reason", e.reason())));
    return json.build();
  }

  static JsonObject rules(List<SuperUserRule> rules) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (SuperUserRule rule : rules) {
      list.add(
          JSON.createObjectBuilder()
              .add("unitCode", rule.unit().code())
              .add("unitName", rule.unit().name())
              .add("technology", rule.technology())
              .add("minimumPerShift", rule.minimumPerShift()));
    }
    return JSON.createObjectBuilder().add("rules", list).build();
  }

  /**
   * {@code {asOf, lang, units: [{unitCode, unitName, shifts, technologies: [{technology, label,
   * configured, minimumPerShift, cells: [{shift, required, count, covered, superUsers:
   * [{employeeId, fullName}]}]}]}], gaps: [...], actions: [{kind, unitCode, technology, shift?,
   * employeeId?, text}]}}.
   */
  static JsonObject coverage(
      CoverageMatrix.Result result, Technologies technologies, Language language) {
    JsonArrayBuilder units = JSON.createArrayBuilder();
    for (CoverageMatrix.UnitRows unit : result.units()) {
      JsonArrayBuilder rows = JSON.createArrayBuilder();
      for (CoverageMatrix.Row row : unit.rows()) {
        JsonArrayBuilder cells = JSON.createArrayBuilder();
        for (CoverageMatrix.Cell cell : row.cells()) {
          JsonArrayBuilder present = JSON.createArrayBuilder();
          cell.present()
              .forEach(
                  p ->
                      present.add(
                          JSON.createObjectBuilder()
                              .add("employeeId", p.employeeId())
                              .add("fullName", p.fullName())));
          cells.add(
              JSON.createObjectBuilder()
                  .add("shift", cell.shift().name())
                  .add("label", cell.shift().label(language))
                  .add("required", cell.required())
                  .add("count", cell.count())
                  .add("covered", cell.covered())
                  .add("superUsers", present));
        }
        rows.add(
            JSON.createObjectBuilder()
                .add("technology", row.technology())
                .add("label", technologies.get(row.technology()).label(language))
                .add("configured", row.configured())
                .add("minimumPerShift", row.minimumPerShift())
                .add("cells", cells));
      }
      JsonArrayBuilder shifts = JSON.createArrayBuilder();
      unit.shifts().stream().map(Shift::name).forEach(shifts::add);
      units.add(
          JSON.createObjectBuilder()
              .add("unitCode", unit.unit().code())
              .add("unitName", unit.unit().name())
              .add("shifts", shifts)
              .add("technologies", rows));
    }
    JsonArrayBuilder gaps = JSON.createArrayBuilder();
    result
        .gaps()
        .forEach(
            gap ->
                gaps.add(
                    JSON.createObjectBuilder()
                        .add("unitCode", gap.unit().code())
                        .add("technology", gap.technology())
                        .add("shift", gap.shift().name())
                        .add("required", gap.required())
                        .add("count", gap.count())));
    CoverageActions texts = new CoverageActions(technologies);
    JsonArrayBuilder actions = JSON.createArrayBuilder();
    for (CoverageMatrix.Finding finding : result.findings()) {
      JsonObjectBuilder action =
          JSON.createObjectBuilder()
              .add("kind", kind(finding))
              .add("unitCode", finding.unit().code())
              .add("technology", finding.technology());
      if (finding instanceof CoverageMatrix.Gap gap) {
        action.add("shift", gap.shift().name());
      } else if (finding instanceof CoverageMatrix.NotQualified missing) {
        action
            .add("employeeId", missing.appointee().employeeId())
            .add(
                "missing",
                JSON.createArrayBuilder(
                    missing.appointee().qualification().missing().stream()
                        .map(c -> c.code())
                        .toList()));
      } else if (finding instanceof CoverageMatrix.NotWorkingInUnit away) {
        action.add("employeeId", away.appointee().employeeId());
      }
      actions.add(action.add("text", texts.text(finding, language)));
    }
    return JSON.createObjectBuilder()
        .add("asOf", result.asOf().toString())
        .add("lang", language.tag())
        .add("units", units)
        .add("gaps", gaps)
        .add("actions", actions)
        .build();
  }

  private static String kind(CoverageMatrix.Finding finding) {
    if (finding instanceof CoverageMatrix.Gap) {
      return "GAP";
    }
    return finding instanceof CoverageMatrix.NotQualified ? "NOT_QUALIFIED" : "NOT_WORKING_IN_UNIT";
  }

  private static JsonObjectBuilder map(Map<String, String> texts) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    texts.forEach(json::add);
    return json;
  }
}
