package no.abctracker.training.superusers.entity;

import static no.abctracker.training.superusers.entity.Shift.DAY;
import static no.abctracker.training.superusers.entity.Shift.EVENING;
import static no.abctracker.training.superusers.entity.Shift.NIGHT;
import static no.abctracker.training.superusers.entity.Shift.WEEKEND_DAY;
import static no.abctracker.training.superusers.entity.Shift.WEEKEND_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import no.abctracker.kernel.Language;
import no.abctracker.training.organisation.entity.ShiftPattern;
import org.junit.jupiter.api.Test;

/** Which shifts each rota covers: only DAY is weekdays only. */
class ShiftTest {

  @Test
  void dayCoversTheWeekdayDayOnly() {
    assertThat(Shift.coveredBy(ShiftPattern.DAY)).containsExactly(DAY);
  }

  @Test
  void twoShiftAndLongShiftCoverDayAndEveningOnWeekdaysAndWeekends() {
    assertThat(Shift.coveredBy(ShiftPattern.TWO_SHIFT))
        .containsExactly(DAY, EVENING, WEEKEND_DAY, WEEKEND_EVENING);
    assertThat(Shift.coveredBy(ShiftPattern.LONG_SHIFT))
        .containsExactly(DAY, EVENING, WEEKEND_DAY, WEEKEND_EVENING);
  }

  @Test
  void threeShiftCoversDayEveningAndNightAndWeekends() {
    assertThat(Shift.coveredBy(ShiftPattern.THREE_SHIFT))
        .containsExactly(DAY, EVENING, NIGHT, WEEKEND_DAY, WEEKEND_EVENING);
  }

  @Test
  void nightCoversNightsOnly() {
    assertThat(Shift.coveredBy(ShiftPattern.NIGHT)).containsExactly(NIGHT);
  }

  @Test
  void weekendCoversDayAndEveningAtWeekendsAndNoWeekdayShift() {
    assertThat(Shift.coveredBy(ShiftPattern.WEEKEND)).containsExactly(WEEKEND_DAY, WEEKEND_EVENING);
  }

  @Test
  void everyPatternCoversSomething() {
    for (ShiftPattern pattern : ShiftPattern.values()) {
      assertThat(Shift.coveredBy(pattern)).as(pattern.name()).isNotEmpty();
    }
  }

  @Test
  void shiftsReadInBothLanguages() {
    assertThat(NIGHT.phrase(Language.NB)).isEqualTo("på natt");
    assertThat(NIGHT.phrase(Language.EN)).isEqualTo("on nights");
    assertThat(WEEKEND_EVENING.label(Language.NB)).isEqualTo("helgekveld");
  }
}
