package no.abctracker.training.superusers.control;

import static no.abctracker.training.superusers.entity.Shift.DAY;
import static no.abctracker.training.superusers.entity.Shift.EVENING;
import static no.abctracker.training.superusers.entity.Shift.NIGHT;
import static no.abctracker.training.superusers.entity.Shift.WEEKEND_DAY;
import static no.abctracker.training.superusers.entity.Shift.WEEKEND_EVENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.organisation.entity.ShiftPattern;
import no.abctracker.training.superusers.control.CoverageMatrix.Appointee;
import no.abctracker.training.superusers.control.CoverageMatrix.Cell;
import no.abctracker.training.superusers.control.CoverageMatrix.Gap;
import no.abctracker.training.superusers.control.CoverageMatrix.NotQualified;
import no.abctracker.training.superusers.control.CoverageMatrix.NotWorkingInUnit;
import no.abctracker.training.superusers.control.CoverageMatrix.Requirement;
import no.abctracker.training.superusers.control.CoverageMatrix.Result;
import no.abctracker.training.superusers.control.CoverageMatrix.Row;
import no.abctracker.training.superusers.control.CoverageMatrix.Unit;
import no.abctracker.training.superusers.control.CoverageMatrix.UnitRows;
import no.abctracker.training.superusers.control.CoverageMatrix.Working;
import org.junit.jupiter.api.Test;

/** The coverage rules on a small hand-made municipality whose answers are worked out by hand. */
class CoverageMatrixTest {

  static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
  static final Unit SHJ = new Unit(1, "SHJ", "Sykehjemmet");
  static final Unit HJT = new Unit(2, "HJT", "Hjemmetjenesten");
  static final Unit ADM = new Unit(3, "ADM", "Administrasjonen");
  static final List<Unit> UNITS = List.of(SHJ, HJT, ADM);

  static final long KARI = 1;
  static final long OLA = 2;
  static final long PER = 3;
  static final long LISE = 4;
  static final long ANNE = 5;

  static final List<Working> WORKING =
      List.of(
          new Working(KARI, SHJ.id(), ShiftPattern.THREE_SHIFT),
          new Working(OLA, SHJ.id(), ShiftPattern.NIGHT),
          new Working(OLA, HJT.id(), ShiftPattern.DAY),
          new Working(PER, SHJ.id(), ShiftPattern.WEEKEND),
          new Working(LISE, HJT.id(), ShiftPattern.TWO_SHIFT),
          new Working(ANNE, ADM.id(), ShiftPattern.DAY));

  static final Course ABC = Courses.course("ABC", "Velferdsteknologiens ABC", null);
  static final Qualification QUALIFIED =
      Qualification.of(
          List.of(ABC), Map.of("ABC", Courses.completed(0, "ABC", "2024-01-01T10:00:00Z")), AS_OF);
  static final Qualification MISSING_ABC = Qualification.of(List.of(ABC), Map.of(), AS_OF);

  static Appointee appointee(
      long id, long person, String name, Unit unit, String technology, Qualification q) {
    return new Appointee(id, person, "E" + person, name, unit.id(), technology, q);
  }

  static final Appointee OLA_SHJ =
      appointee(10, OLA, "Ola Nordmann", SHJ, "MEDICINE_DISPENSER", QUALIFIED);
  static final Appointee OLA_HJT =
      appointee(11, OLA, "Ola Nordmann", HJT, "MEDICINE_DISPENSER", QUALIFIED);
  static final Appointee KARI_SHJ =
      appointee(12, KARI, "Kari Nordmann", SHJ, "MEDICINE_DISPENSER", MISSING_ABC);
  static final Appointee LISE_SHJ =
      appointee(13, LISE, "Lise Berg", SHJ, "SAFETY_ALARM", QUALIFIED);

  static final Comparator<String> ORDER =
      Comparator.comparing((String t) -> !t.equals("SAFETY_ALARM")).thenComparing(t -> t);

  static Result compute(List<Appointee> appointees, List<Requirement> rules) {
    return CoverageMatrix.of(AS_OF, UNITS, WORKING, appointees, rules, ORDER);
  }

  static Row row(Result result, Unit unit, String technology) {
    return result.units().stream()
        .filter(u -> u.unit().equals(unit))
        .flatMap(u -> u.rows().stream())
        .filter(r -> r.technology().equals(technology))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aUnitRunsTheShiftsItsStaffsPatternsCover() {
    Result result = compute(List.of(OLA_SHJ, OLA_HJT), List.of());

    assertThat(result.units())
        .extracting(u -> u.unit().code(), UnitRows::shifts)
        .containsExactly(
            tuple("SHJ", List.of(DAY, EVENING, NIGHT, WEEKEND_DAY, WEEKEND_EVENING)),
            tuple("HJT", List.of(DAY, EVENING, WEEKEND_DAY, WEEKEND_EVENING)));
  }

  @Test
  void aRotationCoversTheWeekendsOfItsUnitToo() {
    Appointee qualifiedKari =
        appointee(14, KARI, "Kari Nordmann", SHJ, "MEDICINE_DISPENSER", QUALIFIED);

    Result result = compute(List.of(qualifiedKari), List.of());

    assertThat(row(result, SHJ, "MEDICINE_DISPENSER").cells())
        .as("three-shift: every shift of the week")
        .allMatch(Cell::covered);
  }

  @Test
  void aUnitWithoutAnyTechnologyIsLeftOut() {
    Result result = compute(List.of(OLA_SHJ), List.of());
    assertThat(result.units()).extracting(u -> u.unit().code()).containsExactly("SHJ");
  }

  @Test
  void aQualifiedSuperUserIsPresentOnlyOnTheShiftsTheirPatternInThatUnitCovers() {
    Result result = compute(List.of(OLA_SHJ), List.of());

    Row dispensers = row(result, SHJ, "MEDICINE_DISPENSER");
    assertThat(dispensers.configured()).isFalse();
    assertThat(dispensers.minimumPerShift()).isEqualTo(1);
    assertThat(dispensers.cells())
        .extracting(Cell::shift, Cell::count, Cell::covered)
        .containsExactly(
            tuple(DAY, 0, false),
            tuple(EVENING, 0, false),
            tuple(NIGHT, 1, true),
            tuple(WEEKEND_DAY, 0, false),
            tuple(WEEKEND_EVENING, 0, false));
    assertThat(dispensers.cells().get(2).present()).containsExactly(OLA_SHJ);
    assertThat(result.gaps())
        .extracting(Gap::shift)
        .containsExactly(DAY, EVENING, WEEKEND_DAY, WEEKEND_EVENING);
  }

  @Test
  void aPersonWithTwoEmploymentsCoversEachUnitWithThePatternThere() {
    Result result = compute(List.of(OLA_SHJ, OLA_HJT), List.of());

    assertThat(row(result, SHJ, "MEDICINE_DISPENSER").cells())
        .filteredOn(Cell::covered)
        .extracting(Cell::shift)
        .containsExactly(NIGHT);
    assertThat(row(result, HJT, "MEDICINE_DISPENSER").cells())
        .extracting(Cell::shift, Cell::covered)
        .as("nights in SHJ do not cover HJT; weekdays by day in HJT do")
        .containsExactly(
            tuple(DAY, true),
            tuple(EVENING, false),
            tuple(WEEKEND_DAY, false),
            tuple(WEEKEND_EVENING, false));
  }

  @Test
  void anAppointmentInOneUnitCoversNothingInAnotherUnitThePersonWorksIn() {
    Result result = compute(List.of(OLA_HJT), List.of());
    assertThat(result.units()).extracting(u -> u.unit().code()).containsExactly("HJT");
  }

  @Test
  void anAppointeeWhoIsNotQualifiedCountsNowhereAndIsAFinding() {
    Result result = compute(List.of(KARI_SHJ), List.of());

    assertThat(row(result, SHJ, "MEDICINE_DISPENSER").cells()).noneMatch(Cell::covered);
    assertThat(result.findings())
        .filteredOn(NotQualified.class::isInstance)
        .extracting(f -> ((NotQualified) f).appointee())
        .containsExactly(KARI_SHJ);
    assertThat(result.gaps()).hasSize(5);
  }

  @Test
  void anAppointeeWithoutAnEmploymentInTheUnitCoversNothingThereAndIsAFinding() {
    Result result = compute(List.of(LISE_SHJ), List.of());

    assertThat(row(result, SHJ, "SAFETY_ALARM").cells()).noneMatch(Cell::covered);
    assertThat(result.findings())
        .filteredOn(NotWorkingInUnit.class::isInstance)
        .extracting(f -> ((NotWorkingInUnit) f).appointee().fullName())
        .containsExactly("Lise Berg");
  }

  @Test
  void aRuleAsksForMoreThanOne() {
    Result result =
        compute(List.of(OLA_HJT), List.of(new Requirement(HJT.id(), "MEDICINE_DISPENSER", 2)));

    Row dispensers = row(result, HJT, "MEDICINE_DISPENSER");
    assertThat(dispensers.configured()).isTrue();
    assertThat(dispensers.cells())
        .extracting(Cell::shift, Cell::required, Cell::count, Cell::covered)
        .containsExactly(
            tuple(DAY, 2, 1, false),
            tuple(EVENING, 2, 0, false),
            tuple(WEEKEND_DAY, 2, 0, false),
            tuple(WEEKEND_EVENING, 2, 0, false));
    assertThat(result.gaps())
        .extracting(Gap::unit, Gap::shift, Gap::required, Gap::count)
        .containsExactly(
            tuple(HJT, DAY, 2, 1),
            tuple(HJT, EVENING, 2, 0),
            tuple(HJT, WEEKEND_DAY, 2, 0),
            tuple(HJT, WEEKEND_EVENING, 2, 0));
  }

  @Test
  void aRuleBringsATechnologyWithoutAppointmentsAndItsGaps() {
    Result result = compute(List.of(), List.of(new Requirement(ADM.id(), "EHR", 1)));

    assertThat(result.units()).extracting(u -> u.unit().code()).containsExactly("ADM");
    assertThat(result.gaps())
        .extracting(Gap::unit, Gap::technology, Gap::shift, Gap::count)
        .containsExactly(tuple(ADM, "EHR", DAY, 0));
  }

  @Test
  void aRuleOfZeroShowsTheTechnologyWithoutGaps() {
    Result result =
        compute(List.of(KARI_SHJ), List.of(new Requirement(SHJ.id(), "MEDICINE_DISPENSER", 0)));

    assertThat(row(result, SHJ, "MEDICINE_DISPENSER").cells()).allMatch(Cell::covered);
    assertThat(result.gaps()).isEmpty();
    assertThat(result.findings())
        .as("the appointee still lacks a course")
        .hasOnlyElementsOfType(NotQualified.class)
        .hasSize(1);
  }

  @Test
  void configuredAndAppointedTechnologiesAreBothShownInTechnologyOrder() {
    Result result =
        compute(List.of(OLA_SHJ, LISE_SHJ), List.of(new Requirement(SHJ.id(), "GPS", 1)));

    assertThat(result.units().get(0).rows())
        .extracting(Row::technology, Row::configured)
        .containsExactly(
            tuple("SAFETY_ALARM", false), tuple("GPS", true), tuple("MEDICINE_DISPENSER", false));
  }

  @Test
  void aRuleForAUnitWhereNobodyWorksHasNoShiftsAndNoGaps() {
    Unit empty = new Unit(9, "NY", "Ny enhet");
    Result result =
        CoverageMatrix.of(
            AS_OF,
            List.of(empty),
            WORKING,
            List.of(),
            List.of(new Requirement(empty.id(), "GPS", 1)),
            ORDER);
    assertThat(result.units().get(0).shifts()).isEmpty();
    assertThat(result.units().get(0).rows().get(0).cells()).isEmpty();
    assertThat(result.gaps()).isEmpty();
  }

  @Test
  void findingsComeUnitByUnitGapsBeforePeople() {
    Result result = compute(List.of(KARI_SHJ, LISE_SHJ, OLA_HJT), List.of());

    assertThat(result.findings())
        .extracting(
            f -> f.unit().code() + " " + f.technology() + " " + f.getClass().getSimpleName())
        .containsExactly(
            "SHJ SAFETY_ALARM Gap",
            "SHJ SAFETY_ALARM Gap",
            "SHJ SAFETY_ALARM Gap",
            "SHJ SAFETY_ALARM Gap",
            "SHJ SAFETY_ALARM Gap",
            "SHJ SAFETY_ALARM NotWorkingInUnit",
            "SHJ MEDICINE_DISPENSER Gap",
            "SHJ MEDICINE_DISPENSER Gap",
            "SHJ MEDICINE_DISPENSER Gap",
            "SHJ MEDICINE_DISPENSER Gap",
            "SHJ MEDICINE_DISPENSER Gap",
            "SHJ MEDICINE_DISPENSER NotQualified",
            "HJT MEDICINE_DISPENSER Gap",
            "HJT MEDICINE_DISPENSER Gap",
            "HJT MEDICINE_DISPENSER Gap");
  }
}
