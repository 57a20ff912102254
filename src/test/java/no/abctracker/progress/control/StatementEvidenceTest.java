package no.abctracker.progress.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import no.abctracker.progress.entity.ActorKey;
import no.abctracker.progress.entity.Evidence;
import no.abctracker.progress.entity.EvidenceKind;
import no.abctracker.progress.entity.MappedActivity;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.organisation.entity.IdentityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which stored statements are evidence, against the shipped catalogue: one fixture per case under
 * {@code src/test/resources/progress/evidence/}.
 */
class StatementEvidenceTest {

  static final String HOME_PAGE = "https://abc-tracker.no/kommune/4601";
  static final CourseCatalogue CATALOGUE = CourseCatalogue.fromClasspath();

  static JsonObject fixture(String name) {
    try (InputStream in =
        StatementEvidenceTest.class.getResourceAsStream("/progress/evidence/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return Json.createReader(in).readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<Evidence> evidence(String fixture) {
    return StatementEvidence.of(fixture(fixture), 42, false, CATALOGUE);
  }

  @Test
  void completedOnAModuleByMboxIsModuleEvidenceWithTheMboxLowerCased() {
    Evidence e = evidence("completed-module-by-mbox.json").orElseThrow();

    assertThat(e.kind()).isEqualTo(EvidenceKind.MODULE);
    assertThat(e.courseCode()).isEqualTo("ABC");
    assertThat(e.moduleCode()).isEqualTo("A");
    assertThat(e.actor())
        .isEqualTo(new ActorKey(IdentityKind.MBOX, "mailto:ola.nordmann@kommune.no"));
    assertThat(e.occurredAt()).isEqualTo(Instant.parse("2024-05-04T10:15:30.123Z"));
    assertThat(e.statementId()).isEqualTo("0b9c1f4e-2d6a-4a8e-9d3b-1f2e3d4c5b6a");
    assertThat(e.seq()).isEqualTo(42);
    assertThat(e.voided()).isFalse();
  }

  @Test
  void passedByMboxSha1sumCountsWithTheHexLowerCased() {
    Evidence e = evidence("passed-module-by-mbox-sha1sum.json").orElseThrow();

    assertThat(e.moduleCode()).isEqualTo("B");
    assertThat(e.actor())
        .isEqualTo(
            new ActorKey(IdentityKind.MBOX_SHA1SUM, "6a1b2c3d4e5f60718293a4b5c6d7e8f901234567"));
  }

  @Test
  void cmi5SatisfiedByAnAccountUnderTheMunicipalityHomePageCountsAsTheEmployeeId() {
    Evidence e = evidence("satisfied-module-by-account.json").orElseThrow();

    assertThat(e.moduleCode()).isEqualTo("C");
    assertThat(e.actor()).isEqualTo(new ActorKey(IdentityKind.ACCOUNT, HOME_PAGE + " 1001"));
  }

  @Test
  void cmi5WaivedCounts() {
    assertThat(evidence("waived-module.json")).map(Evidence::moduleCode).hasValue("D");
  }

  @Test
  void completedOnTheCourseActivityIsCourseEvidence() {
    Evidence e = evidence("completed-course-activity.json").orElseThrow();

    assertThat(e.kind()).isEqualTo(EvidenceKind.COURSE);
    assertThat(e.courseCode()).isEqualTo("ABC");
    assertThat(e.module()).isEmpty();
    assertThat(e.occurredAt()).isEqualTo(Instant.parse("2016-11-30T11:00:00Z"));
  }

  @Test
  void attendedOnACohortSessionIsAttendanceEvidenceNamingTheSession() {
    Evidence e = evidence("attended-cohort-session.json").orElseThrow();

    assertThat(e.kind()).isEqualTo(EvidenceKind.ATTENDANCE);
    assertThat(e.activityId())
        .isEqualTo(
            "https://abc-tracker.no/xapi/cohorts/8f0e7a52-3c41-4d7e-9b1a-2f6d5c4b3a21"
                + "/sessions/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    assertThat(e.courseCode()).isNull();
    assertThat(e.module()).isEmpty();
    assertThat(e.actor()).isEqualTo(new ActorKey(IdentityKind.ACCOUNT, HOME_PAGE + " 1001"));
    assertThat(e.occurredAt()).isEqualTo(Instant.parse("2025-03-04T08:00:00Z"));
    assertThat(e.statementId()).isEqualTo("5b9c1f4e-2d6a-4a8e-9d3b-1f2e3d4c5b6a");
  }

  @Test
  void anAttendedSessionActivityTooLongForASessionIsNoEvidence() {
    JsonObject statement = fixture("attended-cohort-session.json");
    JsonObject longObject =
        Json.createObjectBuilder()
            .add("objectType", "Activity")
            .add("id", "https://abc-tracker.no/xapi/cohorts/x/sessions/" + "y".repeat(255))
            .build();

    assertThat(
            StatementEvidence.of(
                Json.createObjectBuilder(statement).add("object", longObject).build(),
                1,
                false,
                CATALOGUE))
        .isEmpty();
  }

  @Test
  void theTimestampIsReadInUtcAtMillisecondPrecision() {
    assertThat(evidence("timestamp-with-offset.json"))
        .map(Evidence::occurredAt)
        .hasValue(Instant.parse("2024-03-30T23:30:00.123Z"));
  }

  @Test
  void aStatementVoidedOnArrivalIsEvidenceMarkedVoided() {
    assertThat(StatementEvidence.of(fixture("completed-module-by-mbox.json"), 7, true, CATALOGUE))
        .map(Evidence::voided)
        .hasValue(true);
  }

  @Test
  void anAccountUnderAnotherHomePageIsKeyedUnderThatHomePageForTheIdentityRulesToName() {
    Evidence e = evidence("account-under-another-home-page.json").orElseThrow();

    assertThat(e.actor().kind()).isEqualTo(IdentityKind.ACCOUNT);
    assertThat(e.actor().value()).doesNotStartWith(HOME_PAGE).endsWith(" 1001");
  }

  @Test
  void aCompletionOnAnLmsActivityCountsOnlyAsItsMappingSays() {
    JsonObject moodle = fixture("completed-moodle-scorm.json");
    String activity = "https://kurs.oslo.kommune.no/mod/scorm/view.php?id=101";

    assertThat(StatementEvidence.of(moodle, 1, false, CATALOGUE)).isEmpty();
    Evidence module =
        StatementEvidence.of(
                moodle, 1, false, CATALOGUE, Map.of(activity, new MappedActivity("ABC", "A")))
            .orElseThrow();
    assertThat(module.kind()).isEqualTo(EvidenceKind.MODULE);
    assertThat(module.moduleCode()).isEqualTo("A");
    assertThat(module.actor())
        .isEqualTo(new ActorKey(IdentityKind.ACCOUNT, "https://kurs.oslo.kommune.no knordmann"));
    Evidence course =
        StatementEvidence.of(
                moodle, 1, false, CATALOGUE, Map.of(activity, new MappedActivity("ABC", null)))
            .orElseThrow();
    assertThat(course.kind()).isEqualTo(EvidenceKind.LMS_COURSE);
    assertThat(course.courseCode()).isEqualTo("ABC");
    assertThat(
            StatementEvidence.of(
                moodle, 1, false, CATALOGUE, Map.of(activity, new MappedActivity("ABC", "Z"))))
        .as("a module the catalogue no longer has")
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "group-actor.json",
        "openid-actor.json",
        "attempted-module.json",
        "failed-module.json",
        "unknown-activity.json",
        "substatement-object.json",
        "voiding-statement.json",
        "module-as-context-only.json",
        "attended-another-meeting.json",
        "attended-cohort-not-a-session.json",
        "attended-session-by-group.json",
        "completed-cohort-session.json"
      })
  void isNotEvidence(String fixture) {
    assertThat(evidence(fixture)).isEmpty();
  }

  @Test
  void anMboxLongerThanAnyIdentityCanBeNamesNobody() {
    JsonObject statement = fixture("completed-module-by-mbox.json");
    JsonObject longActor =
        Json.createObjectBuilder().add("mbox", "mailto:" + "a".repeat(700) + "@kommune.no").build();
    JsonObject withLongActor = Json.createObjectBuilder(statement).add("actor", longActor).build();

    assertThat(StatementEvidence.of(withLongActor, 1, false, CATALOGUE)).isEmpty();
  }
}
