package no.abctracker.training.superusers.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.abctracker.kernel.Language;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.superusers.control.CoverageMatrix.Appointee;
import no.abctracker.training.superusers.control.CoverageMatrix.Gap;
import no.abctracker.training.superusers.control.CoverageMatrix.NotQualified;
import no.abctracker.training.superusers.control.CoverageMatrix.NotWorkingInUnit;
import no.abctracker.training.superusers.control.CoverageMatrix.Unit;
import no.abctracker.training.superusers.entity.Shift;
import org.junit.jupiter.api.Test;

/** The sentences a coordinator reads, in Bokmål and English. */
class CoverageActionsTest {

  static final CourseCatalogue CATALOGUE = CourseCatalogue.fromClasspath();
  static final CoverageActions ACTIONS =
      new CoverageActions(TechnologiesTest.packaged(CATALOGUE.courses()));
  static final Unit SHJ = new Unit(1, "SHJ", "Sykehjemmet");

  static Appointee kari(List<Course> missing) {
    return new Appointee(
        1,
        1,
        "1002",
        "Kari Nordmann",
        1,
        "MEDICINE_DISPENSER",
        Qualification.of(missing, Map.of(), LocalDate.of(2025, 1, 1)));
  }

  @Test
  void aShiftWithNobodyReadsAsTheIssueSaysIt() {
    Gap nights = new Gap(SHJ, "MEDICINE_DISPENSER", Shift.NIGHT, 1, 0);
    assertThat(ACTIONS.text(nights, Language.NB))
        .isEqualTo("Sykehjemmet har ingen kvalifisert superbruker for medisindispenser på natt");
    assertThat(ACTIONS.text(nights, Language.EN))
        .isEqualTo("Sykehjemmet has no qualified super-user for medicine dispensers on nights");
  }

  @Test
  void aShiftWithTooFewSaysHowMany() {
    Gap days = new Gap(SHJ, "SAFETY_ALARM", Shift.WEEKEND_DAY, 2, 1);
    assertThat(ACTIONS.text(days, Language.NB))
        .isEqualTo(
            "Sykehjemmet har 1 av 2 kvalifiserte superbrukere for trygghetsalarm på dag i helgene");
    assertThat(ACTIONS.text(days, Language.EN))
        .isEqualTo(
            "Sykehjemmet has 1 of 2 qualified super-users for safety alarms on weekend days");
  }

  @Test
  void anAppointeeWhoLacksCoursesIsNamedWithTheCourses() {
    Course abc = CATALOGUE.course("ABC");
    Course dispenser = CATALOGUE.course("SB-MEDISINDISPENSER");
    assertThat(
            ACTIONS.text(
                new NotQualified(SHJ, "MEDICINE_DISPENSER", kari(List.of(abc))), Language.NB))
        .isEqualTo(
            "Kari Nordmann mangler Velferdsteknologiens ABC for å være kvalifisert superbruker for"
                + " medisindispenser i Sykehjemmet");
    assertThat(
            ACTIONS.text(
                new NotQualified(SHJ, "MEDICINE_DISPENSER", kari(List.of(abc, dispenser))),
                Language.EN))
        .isEqualTo(
            "Kari Nordmann lacks The ABC of Welfare Technology and Medicine dispenser super-user"
                + " to be a qualified super-user for medicine dispensers in Sykehjemmet");
  }

  @Test
  void anAppointeeWhoDoesNotWorkInTheUnitIsNamed() {
    NotWorkingInUnit away = new NotWorkingInUnit(SHJ, "MEDICINE_DISPENSER", kari(List.of()));
    assertThat(ACTIONS.text(away, Language.NB))
        .isEqualTo(
            "Kari Nordmann er superbruker for medisindispenser i Sykehjemmet, men har ingen aktiv"
                + " stilling der og dekker ingen vakter");
    assertThat(ACTIONS.text(away, Language.EN))
        .isEqualTo(
            "Kari Nordmann is super-user for medicine dispensers in Sykehjemmet but has no active"
                + " employment there, so covers no shift");
  }

  @Test
  void listsReadNaturally() {
    assertThat(CoverageActions.list(List.of("A"), "og")).isEqualTo("A");
    assertThat(CoverageActions.list(List.of("A", "B"), "og")).isEqualTo("A og B");
    assertThat(CoverageActions.list(List.of("A", "B", "C"), "and")).isEqualTo("A, B and C");
  }
}
