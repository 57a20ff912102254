package no.abctracker.training.cohorts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.abctracker.municipalities.entity.Municipality;
import org.junit.jupiter.api.Test;

class CheckInCodeTest {

  static final Instant OPENED = Instant.parse("2025-02-04T08:55:00Z");
  static final Instant EXPIRES = OPENED.plus(Duration.ofMinutes(15));

  final CheckInCode code = new CheckInCode(session(), "K7MQ2X", "veileder", OPENED, EXPIRES);

  @Test
  void openUntilItExpires() {
    assertThat(code.stateAt(OPENED)).isEqualTo(CheckInCode.State.OPEN);
    assertThat(code.stateAt(EXPIRES.minusMillis(1))).isEqualTo(CheckInCode.State.OPEN);
    assertThat(code.stateAt(EXPIRES)).isEqualTo(CheckInCode.State.EXPIRED);
  }

  @Test
  void closedBeforeItExpiredIsClosedForGood() {
    code.close(OPENED.plus(Duration.ofMinutes(5)));
    assertThat(code.stateAt(OPENED.plus(Duration.ofMinutes(6))))
        .isEqualTo(CheckInCode.State.CLOSED);
    assertThat(code.stateAt(EXPIRES.plusSeconds(60))).isEqualTo(CheckInCode.State.CLOSED);
    code.close(OPENED.plus(Duration.ofMinutes(10)));
    assertThat(code.closedAt()).hasValue(OPENED.plus(Duration.ofMinutes(5)));
  }

  @Test
  void closedAfterItExpiredHadExpired() {
    code.close(EXPIRES.plusSeconds(30));
    assertThat(code.stateAt(EXPIRES.plusSeconds(60))).isEqualTo(CheckInCode.State.EXPIRED);
  }

  @Test
  void aCodeExpiresAfterItIsOpened() {
    assertThatThrownBy(() -> new CheckInCode(session(), "K7MQ2X", "veileder", OPENED, OPENED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static CohortSession session() {
    Municipality municipality = new Municipality("3401", "Kongsvinger", null, OPENED);
    Cohort cohort =
        new Cohort(
            municipality,
            UUID.randomUUID(),
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
            OPENED);
    return new CohortSession(
        cohort,
        UUID.randomUUID(),
        new SessionPlan(
            1,
            SessionKind.LOCAL,
            "Samling 1",
            Instant.parse("2025-02-04T09:00:00Z"),
            Instant.parse("2025-02-04T12:00:00Z"),
            Optional.empty(),
            Set.of()));
  }
}
