package no.abctracker.progress.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.progress.entity.EvidenceKind;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.organisation.entity.Person;
import org.junit.jupiter.api.Test;

/**
 * The statement of a manual registration: what the LRS stores and what the evidence rule then makes
 * of it, against the shipped catalogue.
 */
class RegistrationStatementTest {

  static final String HOME_PAGE = "https://abc-tracker.no/kommune/4601";
  static final CourseCatalogue CATALOGUE = CourseCatalogue.fromClasspath();
  static final Course ABC = CATALOGUE.course("ABC");
  static final Person OLA =
      new Person(
          new Municipality("4601", "Bergen", HOME_PAGE, Instant.parse("2024-01-01T00:00:00Z")),
          "1001",
          "Ola Nordmann",
          "ola@kommune.no",
          Instant.parse("2024-01-01T00:00:00Z"));

  @Test
  void aModuleIsCompletedByThePersonsAccountAtNoonInNorwayWithTheCourseAsParent() {
    JsonObject statement =
        RegistrationStatement.of(
            "0b9c1f4e-2d6a-4a8e-9d3b-1f2e3d4c5b6a",
            HOME_PAGE,
            OLA,
            ABC,
            ABC.module("C"),
            LocalDate.parse("2015-06-10"));

    assertThat(statement.getJsonObject("actor").getJsonObject("account").getString("name"))
        .isEqualTo("1001");
    assertThat(statement.getJsonObject("actor").getJsonObject("account").getString("homePage"))
        .isEqualTo(HOME_PAGE);
    assertThat(statement.getJsonObject("verb").getString("id"))
        .isEqualTo("http://adlnet.gov/expapi/verbs/completed");
    assertThat(statement.getJsonObject("object").getString("id"))
        .isEqualTo(ABC.module("C").orElseThrow().activityId());
    assertThat(
            statement
                .getJsonObject("context")
                .getJsonObject("contextActivities")
                .getJsonArray("parent")
                .getJsonObject(0)
                .getString("id"))
        .isEqualTo(ABC.activityId());
    assertThat(statement.getString("timestamp")).isEqualTo("2015-06-10T10:00:00.000Z");

    var evidence = StatementEvidence.of(statement, 1, false, CATALOGUE).orElseThrow();
    assertThat(evidence.kind()).isEqualTo(EvidenceKind.MODULE);
    assertThat(evidence.moduleCode()).isEqualTo("C");
  }

  @Test
  void aCourseIsRegisteredOnTheCourseActivityAndNoonInWinterIsElevenUtc() {
    JsonObject statement =
        RegistrationStatement.of(
            "1b9c1f4e-2d6a-4a8e-9d3b-1f2e3d4c5b6a",
            HOME_PAGE,
            OLA,
            ABC,
            Optional.empty(),
            LocalDate.parse("2016-11-30"));

    assertThat(statement.getJsonObject("object").getString("id")).isEqualTo(ABC.activityId());
    assertThat(statement.containsKey("context")).isFalse();
    assertThat(statement.getString("timestamp")).isEqualTo("2016-11-30T11:00:00.000Z");
    assertThat(StatementEvidence.of(statement, 1, false, CATALOGUE))
        .map(e -> e.kind() + " " + e.courseCode())
        .hasValue("COURSE ABC");
  }
}
