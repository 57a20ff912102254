package no.abctracker.training.cohorts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.abctracker.municipalities.entity.Municipality;
import org.junit.jupiter.api.Test;

class CohortTest {

  static final Instant NOW = Instant.parse("2025-01-10T12:00:00Z");
  static final UUID ID = UUID.fromString("11111111-2222-3333-4444-555555555555");

  final Municipality municipality = new Municipality("3401", "Kongsvinger", null, NOW);

  @Test
  void cohortsAndSessionsHaveActivityIdsFromTheirPublicIds() {
    Cohort cohort = cohort();
    assertThat(cohort.activityId())
        .isEqualTo("https://abc-tracker.no/xapi/cohorts/11111111-2222-3333-4444-555555555555");
    UUID sessionId = UUID.fromString("66666666-7777-8888-9999-000000000000");
    CohortSession session =
        new CohortSession(
            cohort,
            sessionId,
            new SessionPlan(
                1,
                SessionKind.JOINT,
                "Samling 1",
                NOW,
                NOW.plusSeconds(3600),
                Optional.empty(),
                Set.of("A", "B")));
    assertThat(session.activityId()).isEqualTo(cohort.activityId() + "/sessions/" + sessionId);
    assertThat(session.moduleCodes()).containsExactlyInAnyOrder("A", "B");
  }

  @Test
  void coversItsPeriodBothEndsIncluded() {
    Cohort cohort = cohort();
    assertThat(cohort.covers(LocalDate.parse("2025-01-01"))).isTrue();
    assertThat(cohort.covers(LocalDate.parse("2025-06-30"))).isTrue();
    assertThat(cohort.covers(LocalDate.parse("2024-12-31"))).isFalse();
    assertThat(cohort.covers(LocalDate.parse("2025-07-01"))).isFalse();
  }

  @Test
  void anAbcContactNeedsAWayToReachThem() {
    assertThat(new AbcContact("Siri Kontakt", null, "+47 900 00 000").phone())
        .hasValue("+47 900 00 000");
    assertThatThrownBy(() -> new AbcContact("Siri Kontakt", null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSessionEndsAfterItStarts() {
    assertThatThrownBy(
            () ->
                new SessionPlan(
                    1, SessionKind.LOCAL, "Samling", NOW, NOW, Optional.empty(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new SessionPlan(
                    0,
                    SessionKind.LOCAL,
                    "Samling",
                    NOW,
                    NOW.plusSeconds(60),
                    Optional.empty(),
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Cohort cohort() {
    return new Cohort(
        municipality,
        ID,
        new CohortTerms(
            "ABC vår 2025",
            Optional.of("Hjemmetjenesten"),
            "ABC",
            "2016",
            LocalDate.parse("2025-01-01"),
            LocalDate.parse("2025-06-30"),
            Optional.of(new AbcContact("Siri Kontakt", "siri@kommune.no", null))),
        Set.of(),
        "koordinator",
        NOW);
  }
}
