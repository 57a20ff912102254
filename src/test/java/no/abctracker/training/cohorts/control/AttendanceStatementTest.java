package no.abctracker.training.cohorts.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.cohorts.entity.Cohort;
import no.abctracker.training.cohorts.entity.CohortSession;
import no.abctracker.training.cohorts.entity.CohortTerms;
import no.abctracker.training.cohorts.entity.SessionKind;
import no.abctracker.training.cohorts.entity.SessionPlan;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.xapi.model.StatementValidator;
import no.abctracker.xapi.model.XapiVersion;
import no.abctracker.xapi.statements.control.RecordedStatements;
import org.junit.jupiter.api.Test;

class AttendanceStatementTest {

  static final Instant NOW = Instant.parse("2025-01-10T12:00:00Z");
  static final UUID COHORT = UUID.fromString("11111111-2222-3333-4444-555555555555");
  static final UUID SESSION = UUID.fromString("66666666-7777-8888-9999-000000000000");
  static final String COURSE = "https://abc-tracker.no/xapi/courses/velferdsteknologiens-abc";

  final Municipality municipality = new Municipality("3401", "Kongsvinger", null, NOW);
  final Person kari = new Person(municipality, "1002", "Kari Nordmann", null, NOW);
  final CohortSession session = session();

  @Test
  void aFacilitatorsRecordHasTheAgreedShapeWithTheInstructor() {
    JsonObject facilitator = RecordedStatements.userAgent("veileder-ola", "Ola Veileder");
    JsonObject statement =
        AttendanceStatement.of(
            municipality.accountHomePage(), kari, session, COURSE, Optional.of(facilitator));

    JsonObject expected =
        json(
            """
            {"actor": {"objectType": "Agent", "name": "Kari Nordmann",
                       "account": {"homePage": "https://abc-tracker.no/kommune/3401", "name": "1002"}},
             "verb": {"id": "http://adlnet.gov/expapi/verbs/attended",
                      "display": {"nb-NO": "deltok på", "en-US": "attended"}},
             "object": {"objectType": "Activity",
                        "id": "https://abc-tracker.no/xapi/cohorts/11111111-2222-3333-4444-555555555555/sessions/66666666-7777-8888-9999-000000000000",
                        "definition": {"type": "http://adlnet.gov/expapi/activities/meeting",
                                       "name": {"nb-NO": "ABC vår 2025: samling 3",
                                                "en": "ABC vår 2025: gathering 3"}}},
             "context": {"instructor": {"objectType": "Agent", "name": "Ola Veileder",
                                        "account": {"homePage": "https://abc-tracker.no/users", "name": "veileder-ola"}},
                         "contextActivities": {
                           "parent": [{"id": "https://abc-tracker.no/xapi/courses/velferdsteknologiens-abc"}],
                           "grouping": [{"id": "https://abc-tracker.no/xapi/cohorts/11111111-2222-3333-4444-555555555555"}]},
                         "extensions": {"https://abc-tracker.no/xapi/extensions/gathering": 3,
                                        "https://abc-tracker.no/xapi/extensions/course-version": "2016"}},
             "timestamp": "2025-02-04T08:00:00.000Z"}
            """);
    assertThat(statement).isEqualTo(expected);
    StatementValidator.validate(statement, XapiVersion.V2_0_0);
    StatementValidator.validate(statement, XapiVersion.V1_0_3);
  }

  @Test
  void aCheckInHasNoInstructor() {
    JsonObject statement =
        AttendanceStatement.of(
            municipality.accountHomePage(), kari, session, COURSE, Optional.empty());
    assertThat(statement.getJsonObject("context").containsKey("instructor")).isFalse();
    assertThat(statement.getJsonObject("context").getJsonObject("extensions")).hasSize(2);
    StatementValidator.validate(statement, XapiVersion.V2_0_0);
  }

  private CohortSession session() {
    Cohort cohort =
        new Cohort(
            municipality,
            COHORT,
            new CohortTerms(
                "ABC vår 2025",
                Optional.empty(),
                "ABC",
                "2016",
                LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-06-30"),
                Optional.empty()),
            Set.of(),
            "koordinator",
            NOW);
    return new CohortSession(
        cohort,
        SESSION,
        new SessionPlan(
            3,
            SessionKind.JOINT,
            "Samling 3: teknologi i bruk",
            Instant.parse("2025-02-04T08:00:00Z"),
            Instant.parse("2025-02-04T14:00:00Z"),
            Optional.of("Rådhuset"),
            Set.of("C")));
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
