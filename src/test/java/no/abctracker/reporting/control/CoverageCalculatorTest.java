package no.abctracker.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.abctracker.reporting.entity.CoverageRow;
import no.abctracker.reporting.entity.Figures;
import no.abctracker.reporting.entity.Grouping;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.ShiftPattern;
import org.junit.jupiter.api.Test;

/** The coverage rules on small hand-made rosters whose answers are counted by hand. */
class CoverageCalculatorTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  // Municipality: HJEM (top) with HJEM-NORD and HJEM-SOR below it; SYKEHJEM (top).
  static final ScopeUnits.Unit HJEM = unit(1, "HJEM", "Hjemmetjenesten", null);
  static final ScopeUnits.Unit NORD = unit(2, "HJEM-NORD", "Hjemmetjenesten nord", 1L);
  static final ScopeUnits.Unit SOR = unit(3, "HJEM-SOR", "Hjemmetjenesten sør", 1L);
  static final ScopeUnits.Unit SYKEHJEM = unit(4, "SYKEHJEM", "Sykehjemmet", null);
  static final List<ScopeUnits.Unit> ALL = List.of(HJEM, NORD, SOR, SYKEHJEM);
  static final ScopeUnits WHOLE = new ScopeUnits(ALL, List.of(HJEM, SYKEHJEM));

  final List<CountedEmployment> roster = new ArrayList<>();

  @Test
  void aPersonWithTwoEmploymentsCountsOnceInTheTotalAndOnceInEachGroup() {
    // Kari: 60 % in NORD and 40 % in SOR, completed; Ola: 100 % in NORD, not completed.
    employment(1, NORD, "60", ShiftPattern.DAY, completedOn(2026, 3, 1));
    employment(1, SOR, "40", ShiftPattern.NIGHT, completedOn(2026, 3, 1));
    employment(2, NORD, "100", ShiftPattern.DAY, null);

    CoverageCalculator.Counted byUnit = count(Grouping.UNIT, 0);

    assertThat(byUnit.total()).isEqualTo(new Figures(2, 1, 2.0, 1.0));
    assertThat(row(byUnit, "HJEM").figures()).isEqualTo(new Figures(2, 1, 2.0, 1.0));
    assertThat(row(byUnit, "HJEM-NORD").figures()).isEqualTo(new Figures(2, 1, 1.6, 0.6));
    assertThat(row(byUnit, "HJEM-SOR").figures()).isEqualTo(new Figures(1, 1, 0.4, 0.4));
    assertThat(row(byUnit, "HJEM-NORD").figures().coverage()).hasValue(0.5);
    assertThat(row(byUnit, "HJEM-NORD").figures().fteCoverage().getAsDouble())
        .isCloseTo(0.375, org.assertj.core.data.Offset.offset(1e-9));

    CoverageCalculator.Counted byShift = count(Grouping.SHIFT_PATTERN, 0);
    assertThat(row(byShift, "DAY").figures()).isEqualTo(new Figures(2, 1, 1.6, 0.6));
    assertThat(row(byShift, "NIGHT").figures()).isEqualTo(new Figures(1, 1, 0.4, 0.4));
  }

  @Test
  void unitRowsComeInTreeOrderWithTheirPlaceAndEmptyOpenUnitsStay() {
    employment(1, SOR, "100", ShiftPattern.DAY, null);

    List<CoverageRow> rows = count(Grouping.UNIT, 0).rows();

    assertThat(rows)
        .extracting(CoverageRow::key)
        .containsExactly("HJEM", "HJEM-NORD", "HJEM-SOR", "SYKEHJEM");
    assertThat(rows.get(2).unit().orElseThrow().parentCode()).hasValue("HJEM");
    assertThat(rows.get(2).unit().orElseThrow().depth()).isEqualTo(1);
    assertThat(rows.get(3).figures()).isEqualTo(Figures.NONE);
    assertThat(rows.get(3).figures().coverage()).isEmpty();
  }

  @Test
  void onlyEmploymentsActiveOnTheDateCountEndAndStartDaysIncluded() {
    employment(1, NORD, "100", ShiftPattern.DAY, null, AS_OF.minusYears(1), AS_OF.minusDays(1));
    employment(2, NORD, "100", ShiftPattern.DAY, null, AS_OF.plusDays(1), null);
    employment(3, NORD, "100", ShiftPattern.DAY, null, AS_OF.minusYears(1), AS_OF);
    employment(4, NORD, "100", ShiftPattern.DAY, null, AS_OF, null);

    assertThat(count(Grouping.UNIT, 0).total().headcount()).isEqualTo(2);
  }

  @Test
  void aCompletionCountsFromItsDayInNorwayNotAfter() {
    // 2026-06-30T22:30Z is 1 July 00:30 in Oslo: after the report's date.
    employment(1, NORD, "100", ShiftPattern.DAY, Instant.parse("2026-06-30T21:59:59Z"));
    employment(2, NORD, "100", ShiftPattern.DAY, Instant.parse("2026-06-30T22:30:00Z"));

    assertThat(count(Grouping.UNIT, 0).total().completed()).isEqualTo(1);
  }

  @Test
  void onCallStaffCountInHeadcountButAddNoFte() {
    employment(1, NORD, "0", ShiftPattern.DAY, completedOn(2026, 1, 1), EmploymentKind.ON_CALL);
    employment(2, NORD, "50", ShiftPattern.DAY, null);

    CoverageCalculator.Counted counted = count(Grouping.EMPLOYMENT_BAND, 0);

    assertThat(counted.total()).isEqualTo(new Figures(2, 1, 0.5, 0.0));
    assertThat(row(counted, "0").figures()).isEqualTo(new Figures(1, 1, 0.0, 0.0));
    assertThat(row(counted, "0").figures().fteCoverage()).isEmpty();
    assertThat(row(counted, "50-74").figures()).isEqualTo(new Figures(1, 0, 0.5, 0.0));
  }

  @Test
  void aPersonIsInOneBandByTheSumOfTheirPercentsWithTheFteOfBoth() {
    // Kari: 75 % in NORD + 25 % in SOR = one person in 100; Ola: 30 % + 20 % = one in 50-74.
    employment(1, NORD, "75", ShiftPattern.DAY, completedOn(2026, 3, 1));
    employment(1, SOR, "25", ShiftPattern.NIGHT, completedOn(2026, 3, 1));
    employment(2, NORD, "30", ShiftPattern.DAY, null);
    employment(2, SYKEHJEM, "20", ShiftPattern.DAY, null);
    // Per's second employment ended: only the 40 % active on the date counts.
    employment(3, NORD, "40", ShiftPattern.DAY, null);
    employment(3, SOR, "60", ShiftPattern.DAY, null, AS_OF.minusYears(1), AS_OF.minusDays(1));

    CoverageCalculator.Counted bands = count(Grouping.EMPLOYMENT_BAND, 0);

    assertThat(bands.rows())
        .extracting(CoverageRow::key, CoverageRow::figures)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1-49", new Figures(1, 0, 0.4, 0.0)),
            org.assertj.core.groups.Tuple.tuple("50-74", new Figures(1, 0, 0.5, 0.0)),
            org.assertj.core.groups.Tuple.tuple("100", new Figures(1, 1, 1.0, 1.0)));
    assertThat(bands.rows().stream().mapToInt(r -> r.figures().headcount()).sum())
        .as("the bands add up to the persons")
        .isEqualTo(bands.total().headcount());
  }

  @Test
  void aPersonsBandIsTheSameInAReportOfOneOfTheirUnits() {
    employment(1, NORD, "75", ShiftPattern.DAY, null);
    employment(1, SYKEHJEM, "25", ShiftPattern.DAY, null);
    ScopeUnits onlyHomeCare = new ScopeUnits(ALL, List.of(HJEM));

    CoverageCalculator.Counted bands =
        CoverageCalculator.count(sorted(), AS_OF, Grouping.EMPLOYMENT_BAND, onlyHomeCare, 0);

    assertThat(bands.rows())
        .extracting(CoverageRow::key, CoverageRow::figures)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("100", new Figures(1, 0, 0.75, 0.0)));
  }

  @Test
  void bandsFollowEachPersonsPercent() {
    employment(1, NORD, "100", ShiftPattern.DAY, null);
    employment(2, NORD, "99.5", ShiftPattern.DAY, null);
    employment(3, NORD, "75", ShiftPattern.DAY, null);
    employment(4, NORD, "74.99", ShiftPattern.DAY, null);
    employment(5, NORD, "49", ShiftPattern.DAY, null);
    employment(6, NORD, "1", ShiftPattern.DAY, null);

    assertThat(count(Grouping.EMPLOYMENT_BAND, 0).rows())
        .extracting(CoverageRow::key, r -> r.figures().headcount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1-49", 2),
            org.assertj.core.groups.Tuple.tuple("50-74", 1),
            org.assertj.core.groups.Tuple.tuple("75-99", 2),
            org.assertj.core.groups.Tuple.tuple("100", 1));
  }

  @Test
  void positionsAreLabelledWithTheirCommonestTitle() {
    roster.add(employment(1, NORD, "100", "6671", "Ergoterapeut"));
    roster.add(employment(2, NORD, "100", "6671", "Ergoterapeut"));
    roster.add(employment(3, NORD, "100", "6671", "Ergoterapeut II"));
    roster.add(employment(4, NORD, "100", "7174", "Helsefagarbeider"));

    assertThat(count(Grouping.POSITION_CODE, 0).rows())
        .extracting(CoverageRow::key, CoverageRow::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("6671", "Ergoterapeut"),
            org.assertj.core.groups.Tuple.tuple("7174", "Helsefagarbeider"));
  }

  @Test
  void smallGroupsAreSuppressedButNotEmptyOnesOrLargeOnes() {
    for (int p = 1; p <= 5; p++) {
      employment(p, NORD, "100", ShiftPattern.DAY, null);
    }
    employment(6, SOR, "100", ShiftPattern.NIGHT, null);

    for (int p = 7; p <= 10; p++) {
      employment(p, SYKEHJEM, "100", ShiftPattern.DAY, null);
    }

    CoverageCalculator.Counted counted = count(Grouping.UNIT, 3);

    assertThat(row(counted, "HJEM-SOR").suppressed()).as("1 person").isTrue();
    assertThat(row(counted, "HJEM").suppressed()).isFalse();
    assertThat(row(counted, "SYKEHJEM").suppressed()).isFalse();
    assertThat(counted.totalSuppressed()).isFalse();
    assertThat(row(count(Grouping.UNIT, 0), "HJEM-SOR").suppressed()).as("minCell 0").isFalse();
  }

  @Test
  void aHiddenUnitCannotBeWorkedOutFromItsParentMinusItsSiblings() {
    for (int p = 1; p <= 5; p++) {
      employment(p, NORD, "100", ShiftPattern.DAY, null);
    }
    employment(6, SOR, "100", ShiftPattern.NIGHT, null);
    for (int p = 7; p <= 10; p++) {
      employment(p, SYKEHJEM, "100", ShiftPattern.DAY, null);
    }

    CoverageCalculator.Counted counted = count(Grouping.UNIT, 3);

    // HJEM (6) = NORD (5) + SOR (1): showing NORD would give SOR away.
    assertThat(row(counted, "HJEM-SOR").suppressed()).isTrue();
    assertThat(row(counted, "HJEM-NORD").suppressed()).as("secondary").isTrue();
    assertThat(row(counted, "HJEM").suppressed()).isFalse();
    assertThat(row(counted, "SYKEHJEM").suppressed()).isFalse();
  }

  @Test
  void hidingAUnitForItsSiblingHidesOneOfItsOwnSubunitsToo() {
    for (int p = 1; p <= 3; p++) {
      employment(p, NORD, "100", ShiftPattern.DAY, null);
      employment(p + 3, SOR, "100", ShiftPattern.DAY, null);
    }
    employment(7, SYKEHJEM, "100", ShiftPattern.DAY, null);
    employment(8, SYKEHJEM, "100", ShiftPattern.DAY, null);

    CoverageCalculator.Counted counted = count(Grouping.UNIT, 3);

    // The total (8) = HJEM (6) + SYKEHJEM (2, hidden): HJEM is hidden for it; then HJEM = NORD +
    // SOR would give HJEM away from its subunits, so the smaller (here the first) is hidden too.
    assertThat(counted.totalSuppressed()).isFalse();
    assertThat(row(counted, "SYKEHJEM").suppressed()).isTrue();
    assertThat(row(counted, "HJEM").suppressed()).isTrue();
    assertThat(row(counted, "HJEM-NORD").suppressed()).isTrue();
    assertThat(row(counted, "HJEM-SOR").suppressed()).isFalse();
  }

  @Test
  void aHiddenBandCannotBeWorkedOutFromTheTotalMinusTheOtherBands() {
    for (int p = 1; p <= 5; p++) {
      employment(p, NORD, "100", ShiftPattern.DAY, null);
    }
    for (int p = 6; p <= 9; p++) {
      employment(p, NORD, "60", ShiftPattern.DAY, null);
    }
    employment(10, NORD, "20", ShiftPattern.DAY, null);

    CoverageCalculator.Counted bands = count(Grouping.EMPLOYMENT_BAND, 3);

    assertThat(row(bands, "1-49").suppressed()).isTrue();
    assertThat(row(bands, "50-74").suppressed()).as("the smallest other band").isTrue();
    assertThat(row(bands, "100").suppressed()).isFalse();
  }

  @Test
  void aHiddenUnitWhoseParentHasStaffOfItsOwnNeedsNoPartner() {
    employment(1, SOR, "100", ShiftPattern.DAY, null);
    for (int p = 2; p <= 5; p++) {
      employment(p, HJEM, "100", ShiftPattern.DAY, null);
    }

    CoverageCalculator.Counted counted = count(Grouping.UNIT, 3);

    // HJEM's 5 are its own 4 and SOR's 1; nothing shows the 4, so SOR stays hidden alone.
    assertThat(row(counted, "HJEM-SOR").suppressed()).isTrue();
    assertThat(row(counted, "HJEM").suppressed()).isFalse();
  }

  @Test
  void aUnitLimitedReportCountsOnlyItsSubtree() {
    employment(1, NORD, "100", ShiftPattern.DAY, null);
    employment(2, SYKEHJEM, "100", ShiftPattern.DAY, null);

    CoverageCalculator.Counted counted =
        CoverageCalculator.count(
            sorted(), AS_OF, Grouping.UNIT, new ScopeUnits(ALL, List.of(HJEM)), 0);

    assertThat(counted.total().headcount()).isEqualTo(1);
    assertThat(counted.rows())
        .extracting(CoverageRow::key)
        .containsExactly("HJEM", "HJEM-NORD", "HJEM-SOR");
  }

  @Test
  void aUnitMovedInTheHierarchyRollsUpUnderItsNewParent() {
    ScopeUnits.Unit movedSor = unit(3, "HJEM-SOR", "Hjemmetjenesten sør", 4L);
    employment(1, movedSor, "100", ShiftPattern.DAY, null);

    CoverageCalculator.Counted counted =
        CoverageCalculator.count(
            sorted(),
            AS_OF,
            Grouping.UNIT,
            new ScopeUnits(List.of(HJEM, NORD, movedSor, SYKEHJEM), List.of(HJEM, SYKEHJEM)),
            0);

    assertThat(row(counted, "HJEM").figures().headcount()).isZero();
    assertThat(row(counted, "SYKEHJEM").figures().headcount()).isEqualTo(1);
  }

  @Test
  void aUnitClosedBeforeTheDateIsLeftOutUnlessSomeoneStillWorksThere() {
    ScopeUnits.Unit closed =
        new ScopeUnits.Unit(5, "GAMMEL", "Gammel enhet", "HOME_CARE", null, AS_OF);
    CoverageCalculator.Counted counted =
        CoverageCalculator.count(
            sorted(),
            AS_OF,
            Grouping.UNIT,
            new ScopeUnits(List.of(HJEM, closed), List.of(HJEM, closed)),
            0);
    assertThat(counted.rows()).extracting(CoverageRow::key).containsExactly("HJEM");
  }

  private CoverageCalculator.Counted count(Grouping grouping, int minCell) {
    return CoverageCalculator.count(sorted(), AS_OF, grouping, WHOLE, minCell);
  }

  private List<CountedEmployment> sorted() {
    List<CountedEmployment> copy = new ArrayList<>(roster);
    copy.sort(Comparator.comparingLong(CountedEmployment::personId));
    return copy;
  }

  private static CoverageRow row(CoverageCalculator.Counted counted, String key) {
    return counted.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
  }

  private static Instant completedOn(int year, int month, int day) {
    return LocalDate.of(year, month, day).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
  }

  private void employment(
      long person, ScopeUnits.Unit unit, String percent, ShiftPattern shift, Instant completed) {
    employment(person, unit, percent, shift, completed, AS_OF.minusYears(2), null);
  }

  private void employment(
      long person,
      ScopeUnits.Unit unit,
      String percent,
      ShiftPattern shift,
      Instant completed,
      EmploymentKind kind) {
    roster.add(
        new CountedEmployment(
            person,
            unit.id(),
            new BigDecimal(percent),
            shift,
            kind,
            "7174",
            "Helsefagarbeider",
            AS_OF.minusYears(2),
            null,
            completed));
  }

  private void employment(
      long person,
      ScopeUnits.Unit unit,
      String percent,
      ShiftPattern shift,
      Instant completed,
      LocalDate start,
      LocalDate end) {
    roster.add(
        new CountedEmployment(
            person,
            unit.id(),
            new BigDecimal(percent),
            shift,
            EmploymentKind.PERMANENT,
            "7174",
            "Helsefagarbeider",
            start,
            end,
            completed));
  }

  private static CountedEmployment employment(
      long person, ScopeUnits.Unit unit, String percent, String code, String title) {
    return new CountedEmployment(
        person,
        unit.id(),
        new BigDecimal(percent),
        ShiftPattern.DAY,
        EmploymentKind.PERMANENT,
        code,
        title,
        AS_OF.minusYears(2),
        null,
        null);
  }

  private static ScopeUnits.Unit unit(long id, String code, String name, Long parent) {
    return new ScopeUnits.Unit(id, code, name, "HOME_CARE", parent, null);
  }
}
