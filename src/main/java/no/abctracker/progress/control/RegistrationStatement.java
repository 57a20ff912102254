package no.abctracker.progress.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.CourseModule;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.xapi.model.Timestamps;
import no.abctracker.xapi.statements.control.RecordedStatements;

/**
 * The xAPI statement of a manual registration: actor = the person by their employee id under the
 * municipality's account homePage, verb ADL completed, object = the module's (with the course as
 * parent) or the course's activity with its definition from the catalogue, result completion,
 * timestamp = the day it was completed at 12:00 in Norway (a registration knows the day, not the
 * time; noon keeps the day the same in any time zone a reader might use). The reason is not in the
 * statement: LMS clients that read the LRS need not see it; the audit trail has it.
 */
public final class RegistrationStatement {

  public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
  static final String COURSE_TYPE = "http://adlnet.gov/expapi/activities/course";
  static final String MODULE_TYPE = "http://adlnet.gov/expapi/activities/module";
  static final LocalTime NOON = LocalTime.NOON;

  private RegistrationStatement() {}

  public static JsonObject of(
      String statementId,
      String accountHomePage,
      Person person,
      Course course,
      Optional<CourseModule> module,
      LocalDate completedOn) {
    JsonObjectBuilder statement =
        JSON.createObjectBuilder()
            .add("id", statementId)
            .add(
                "actor",
                RecordedStatements.staffAgent(
                    accountHomePage, person.employeeId(), person.fullName()))
            .add(
                "verb",
                JSON.createObjectBuilder()
                    .add("id", COMPLETED)
                    .add(
                        "display",
                        JSON.createObjectBuilder()
                            .add("nb-NO", "fullførte")
                            .add("en-US", "completed")))
            .add(
                "object",
                module
                    .map(m -> activity(m.activityId(), MODULE_TYPE, m.title()))
                    .orElseGet(() -> activity(course.activityId(), COURSE_TYPE, course.title())))
            .add("result", JSON.createObjectBuilder().add("completion", true));
    module.ifPresent(
        m ->
            statement.add(
                "context",
                JSON.createObjectBuilder()
                    .add(
                        "contextActivities",
                        JSON.createObjectBuilder()
                            .add(
                                "parent",
                                JSON.createArrayBuilder()
                                    .add(
                                        activity(
                                            course.activityId(), COURSE_TYPE, course.title()))))));
    return statement.add("timestamp", timestamp(completedOn)).build();
  }

  /** Noon in Norway on the day, in UTC. */
  static String timestamp(LocalDate day) {
    return Timestamps.format(
        day.atTime(NOON).atZone(Organisation.ZONE).toInstant().atOffset(ZoneOffset.UTC));
  }

  private static JsonObject activity(String id, String type, Map<String, String> name) {
    JsonObjectBuilder names = JSON.createObjectBuilder();
    name.forEach(names::add);
    return JSON.createObjectBuilder()
        .add("objectType", "Activity")
        .add("id", id)
        .add("definition", JSON.createObjectBuilder().add("type", type).add("name", names))
        .build();
  }
}
