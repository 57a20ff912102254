package no.abctracker.training.superusers.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.abctracker.problems.BadRequest;
import org.junit.jupiter.api.Test;

/** An appointment's days: both ends inclusive, open-ended when no last day is given. */
class AppointmentPeriodTest {

  static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  static final LocalDate JUN_30 = LocalDate.of(2025, 6, 30);
  static final LocalDate JUL_1 = LocalDate.of(2025, 7, 1);

  @Test
  void containsBothEndsAndNothingOutside() {
    AppointmentPeriod half = AppointmentPeriod.of(JAN_1, JUN_30);
    assertThat(half.contains(JAN_1)).isTrue();
    assertThat(half.contains(JUN_30)).isTrue();
    assertThat(half.contains(JAN_1.minusDays(1))).isFalse();
    assertThat(half.contains(JUL_1)).as("expired the day after its last day").isFalse();
  }

  @Test
  void openEndedRunsForever() {
    assertThat(AppointmentPeriod.of(JAN_1, null).contains(LocalDate.of(2099, 1, 1))).isTrue();
    assertThat(AppointmentPeriod.of(JAN_1, null).to()).isEmpty();
  }

  @Test
  void aOneDayPeriodIsAllowed() {
    assertThat(AppointmentPeriod.of(JAN_1, JAN_1).contains(JAN_1)).isTrue();
  }

  @Test
  void lastDayBeforeFirstDayIsRejected() {
    assertThatThrownBy(() -> AppointmentPeriod.of(JUN_30, JAN_1))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("to: 2025-01-01 is before from 2025-06-30");
  }

  @Test
  void missingFirstDayIsRejected() {
    assertThatThrownBy(() -> AppointmentPeriod.of(null, JAN_1))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("from:");
  }

  @Test
  void periodsSharingADayOverlap() {
    AppointmentPeriod first = AppointmentPeriod.of(JAN_1, JUN_30);
    assertThat(first.overlaps(AppointmentPeriod.of(JUN_30, null))).isTrue();
    assertThat(AppointmentPeriod.of(JUN_30, null).overlaps(first)).isTrue();
    assertThat(
            first.overlaps(
                AppointmentPeriod.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2))))
        .isTrue();
    assertThat(AppointmentPeriod.of(JAN_1, null).overlaps(AppointmentPeriod.of(JUL_1, null)))
        .isTrue();
  }

  @Test
  void consecutivePeriodsDoNotOverlap() {
    AppointmentPeriod first = AppointmentPeriod.of(JAN_1, JUN_30);
    assertThat(first.overlaps(AppointmentPeriod.of(JUL_1, null))).isFalse();
    assertThat(AppointmentPeriod.of(JUL_1, null).overlaps(first)).isFalse();
  }
}
