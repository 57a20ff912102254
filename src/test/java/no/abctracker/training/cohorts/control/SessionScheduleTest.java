package no.abctracker.training.cohorts.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import no.abctracker.problems.BadRequest;
import org.junit.jupiter.api.Test;

class SessionScheduleTest {

  static final LocalDate JAN = LocalDate.parse("2025-01-01");
  static final LocalDate DEC = LocalDate.parse("2025-12-31");

  @Test
  void norwegianWallClockTimeIsStoredAsUtcWinterAndSummer() {
    SessionSchedule.Times winter =
        SessionSchedule.times(at("2025-02-04T09:00"), at("2025-02-04T15:30"), JAN, DEC);
    assertThat(winter.startsAt()).isEqualTo(Instant.parse("2025-02-04T08:00:00Z"));
    assertThat(winter.endsAt()).isEqualTo(Instant.parse("2025-02-04T14:30:00Z"));

    SessionSchedule.Times summer =
        SessionSchedule.times(at("2025-06-10T09:00"), at("2025-06-10T12:00"), JAN, DEC);
    assertThat(summer.startsAt()).isEqualTo(Instant.parse("2025-06-10T07:00:00Z"));
    assertThat(SessionSchedule.local(summer.startsAt())).isEqualTo(at("2025-06-10T09:00"));
  }

  @Test
  void aTimeTheClocksSkipInSpringIsRefused() {
    assertThatThrownBy(
            () -> SessionSchedule.times(at("2025-03-30T02:30"), at("2025-03-30T04:00"), JAN, DEC))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("startsAt: 2025-03-30T02:30 does not exist in Norwegian time");
  }

  @Test
  void aTimeThatOccursTwiceInAutumnIsTheSummerTimeOne() {
    SessionSchedule.Times night =
        SessionSchedule.times(at("2025-10-26T02:30"), at("2025-10-26T03:30"), JAN, DEC);
    assertThat(night.startsAt()).isEqualTo(Instant.parse("2025-10-26T00:30:00Z"));
    assertThat(night.endsAt()).isEqualTo(Instant.parse("2025-10-26T02:30:00Z"));
  }

  @Test
  void theEndMustBeAfterTheStart() {
    assertThatThrownBy(
            () -> SessionSchedule.times(at("2025-02-04T09:00"), at("2025-02-04T09:00"), JAN, DEC))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("endsAt: 2025-02-04T09:00 must be after startsAt");
    assertThatThrownBy(
            () -> SessionSchedule.times(at("2025-02-04T09:00"), at("2025-02-03T15:00"), JAN, DEC))
        .hasMessageContaining("must be after startsAt");
  }

  @Test
  void theStartMustBeWithinTheCohortsPeriodAndEveryProblemIsNamed() {
    LocalDate start = LocalDate.parse("2025-03-01");
    LocalDate end = LocalDate.parse("2025-05-31");
    assertThat(SessionSchedule.times(at("2025-03-01T08:00"), at("2025-03-01T09:00"), start, end))
        .isNotNull();
    assertThat(SessionSchedule.times(at("2025-05-31T23:00"), at("2025-06-01T01:00"), start, end))
        .isNotNull();
    assertThatThrownBy(
            () -> SessionSchedule.times(at("2025-06-01T09:00"), at("2025-06-01T08:00"), start, end))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("startsAt: 2025-06-01 is outside the cohort's period")
        .hasMessageContaining("endsAt");
  }

  private static LocalDateTime at(String text) {
    return LocalDateTime.parse(text);
  }
}
