package no.abctracker.reporting.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.abctracker.reporting.entity.CoverageReport;
import no.abctracker.reporting.entity.CoverageRow;
import no.abctracker.reporting.entity.CoverageTrend;
import no.abctracker.reporting.entity.Figures;
import no.abctracker.reporting.entity.Grouping;
import no.abctracker.reporting.entity.PeopleList;
import no.abctracker.reporting.entity.PersonStatus;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.ShiftPattern;

/** Small reports built by hand, as the report queries would make them. */
final class Reports {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

  private Reports() {}

  static CoverageReport.ReportSubject subject(int minCell) {
    return new CoverageReport.ReportSubject(
        "4601",
        "Bergen",
        "ABC",
        "Velferdsteknologiens ABC",
        Optional.of(new CoverageReport.UnitRef("HO", "Helse og omsorg")),
        minCell);
  }

  /** By unit: a district, a nursing home under it (3 of 4, 75 %) and a hidden small unit. */
  static CoverageReport byUnit() {
    return new CoverageReport(
        subject(3),
        AS_OF,
        Grouping.UNIT,
        new Figures(10, 6, 8.5, 5.25),
        false,
        List.of(
            unit("HO-01", "Årstad distrikt", Optional.empty(), 0, new Figures(8, 5, 7, 4.5), false),
            unit(
                "HO-01-1",
                "Åsen sykehjem",
                Optional.of("HO-01"),
                1,
                new Figures(4, 3, 3.2, 2.4),
                false),
            unit(
                "HO-02",
                "Ørnebo bofellesskap",
                Optional.empty(),
                0,
                new Figures(2, 1, 1.5, 0.75),
                true)));
  }

  static CoverageRow unit(
      String code,
      String name,
      Optional<String> parent,
      int depth,
      Figures figures,
      boolean suppressed) {
    return new CoverageRow(
        code,
        name,
        figures,
        suppressed,
        Optional.of(new CoverageRow.UnitPlace(parent, depth, "UNIT")));
  }

  static CoverageReport byShift() {
    return new CoverageReport(
        subject(0),
        AS_OF,
        Grouping.SHIFT_PATTERN,
        new Figures(5, 2, 4, 1.5),
        false,
        List.of(
            new CoverageRow("NIGHT", "NIGHT", new Figures(3, 1, 2.5, 0.8), false, Optional.empty()),
            new CoverageRow("DAY", "DAY", new Figures(2, 1, 1.5, 0.7), false, Optional.empty())));
  }

  static CoverageTrend trend() {
    List<CoverageTrend.Point> points = new ArrayList<>();
    int[] completed = {2, 4, 6};
    LocalDate[] dates = {LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31), AS_OF};
    for (int i = 0; i < 3; i++) {
      points.add(
          new CoverageTrend.Point(
              dates[i],
              new Figures(10, completed[i], 8.5, completed[i] * 0.8),
              false,
              List.of(
                  unit(
                      "HO-01",
                      "Årstad distrikt",
                      Optional.empty(),
                      0,
                      new Figures(8, completed[i] - 1, 7, 4),
                      false),
                  unit(
                      "HO-02",
                      "Ørnebo bofellesskap",
                      Optional.empty(),
                      0,
                      new Figures(2, 1, 1.5, 0.75),
                      true))));
    }
    return new CoverageTrend(subject(3), Grouping.UNIT, dates[0], AS_OF, points);
  }

  static PeopleList gaps(int persons) {
    List<PeopleList.Row> rows = new ArrayList<>();
    for (int i = 1; i <= persons; i++) {
      rows.add(
          new PeopleList.Row(
              "E" + i,
              i == 1 ? "Åse Ødegård" : "Person " + i,
              "HO-01-1",
              "Åsen sykehjem",
              "7174",
              "Helsefagarbeider",
              ShiftPattern.THREE_SHIFT,
              EmploymentKind.PERMANENT,
              new BigDecimal("60.00"),
              1,
              i % 5,
              Optional.empty()));
    }
    return new PeopleList(
        subject(0),
        AS_OF,
        PersonStatus.NOT_COMPLETED,
        List.of(new PeopleList.Filter("unit", "HO-01-1")),
        5,
        rows);
  }

  static PeopleList completed() {
    return new PeopleList(
        subject(0),
        AS_OF,
        PersonStatus.COMPLETED,
        List.of(),
        5,
        List.of(
            new PeopleList.Row(
                "E9",
                "Kari Nordmann",
                "HO-01-1",
                "Åsen sykehjem",
                "7174",
                "Sykepleier",
                ShiftPattern.DAY,
                EmploymentKind.TEMPORARY,
                new BigDecimal("100"),
                2,
                5,
                Optional.of(LocalDate.of(2026, 3, 1)))));
  }
}
