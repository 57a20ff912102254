package no.abctracker.training.cohorts.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.util.Optional;
import no.abctracker.training.cohorts.entity.Cohort;
import no.abctracker.training.cohorts.entity.CohortSession;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.xapi.model.Timestamps;
import no.abctracker.xapi.statements.control.RecordedStatements;

/**
 * The xAPI statement that a person attended a session: actor = the person by their employee id
 * under the municipality's account homePage, verb ADL attended, object = the session (a meeting),
 * the course as parent and the cohort as grouping, the gathering number and course version as
 * context extensions, timestamp = the session's start. The progress projection reads this shape;
 * change it only together with that.
 *
 * @see <a href="https://abc-tracker.no/xapi/templates/attended-group-session">the profile's
 *     "attended group session" template (xapi-profiles/velferdsteknologiens-abc.jsonld)</a>
 */
public final class AttendanceStatement {

  public static final String ATTENDED = "http://adlnet.gov/expapi/verbs/attended";
  public static final String MEETING = "http://adlnet.gov/expapi/activities/meeting";
  public static final String GATHERING = "https://abc-tracker.no/xapi/extensions/gathering";
  public static final String COURSE_VERSION =
      "https://abc-tracker.no/xapi/extensions/course-version";

  private AttendanceStatement() {}

  /**
   * @param instructor the facilitator who recorded it; empty for a check-in or a coordinator
   */
  public static JsonObject of(
      String accountHomePage,
      Person person,
      CohortSession session,
      String courseActivityId,
      Optional<JsonObject> instructor) {
    Cohort cohort = session.cohort();
    JsonObjectBuilder context = JSON.createObjectBuilder();
    instructor.ifPresent(agent -> context.add("instructor", agent));
    context
        .add(
            "contextActivities",
            JSON.createObjectBuilder()
                .add(
                    "parent",
                    JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("id", courseActivityId)))
                .add(
                    "grouping",
                    JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("id", cohort.activityId()))))
        .add(
            "extensions",
            JSON.createObjectBuilder()
                .add(GATHERING, session.number())
                .add(COURSE_VERSION, cohort.versionCode()));
    return JSON.createObjectBuilder()
        .add(
            "actor",
            RecordedStatements.staffAgent(accountHomePage, person.employeeId(), person.fullName()))
        .add(
            "verb",
            JSON.createObjectBuilder()
                .add("id", ATTENDED)
                .add(
                    "display",
                    JSON.createObjectBuilder().add("nb-NO", "deltok på").add("en-US", "attended")))
        .add(
            "object",
            JSON.createObjectBuilder()
                .add("objectType", "Activity")
                .add("id", session.activityId())
                .add(
                    "definition",
                    JSON.createObjectBuilder()
                        .add("type", MEETING)
                        .add(
                            "name",
                            JSON.createObjectBuilder()
                                .add("nb-NO", cohort.name() + ": samling " + session.number())
                                .add("en", cohort.name() + ": gathering " + session.number()))))
        .add("context", context)
        .add("timestamp", Timestamps.format(session.startsAt().atOffset(ZoneOffset.UTC)))
        .build();
  }
}
