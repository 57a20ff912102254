package no.abctracker.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.abctracker.kernel.Language;
import no.abctracker.reporting.entity.CoverageRow;
import no.abctracker.reporting.entity.Figures;
import no.abctracker.reporting.entity.ReportTable;
import org.junit.jupiter.api.Test;

/** The report values laid out as the tables every export renders. */
class ReportTablesTest {

  static List<String> headers(ReportTable table) {
    return table.columns().stream().map(ReportTable.Column::header).toList();
  }

  @Test
  void coverageByUnitHasTheTotalFirstThenEachUnitWithItsPlaceInTheTree() {
    ReportTable table = ReportTables.of(Reports.byUnit(), Language.NB);

    assertThat(headers(table))
        .containsExactly(
            "Nøkkel",
            "Betegnelse",
            "Nivå",
            "Overordnet enhet",
            "Personer",
            "Fullført",
            "Dekning",
            "Årsverk",
            "Årsverk fullført",
            "Dekning årsverk",
            "Merknad");
    assertThat(table.columns().get(6).type()).isEqualTo(ReportTable.Type.PERCENT);
    assertThat(table.columns().get(7).type()).isEqualTo(ReportTable.Type.DECIMAL);
    assertThat(table.rows().get(0))
        .containsExactly("", "Totalt", null, null, 10, 6, 0.6, 8.5, 5.25, 5.25 / 8.5, null);
    assertThat(table.rows().get(2))
        .containsExactly(
            "HO-01-1", "Åsen sykehjem", 1, "HO-01", 4, 3, 0.75, 3.2, 2.4, 2.4 / 3.2, null);
  }

  @Test
  void aSuppressedGroupShowsNoFiguresButSaysWhy() {
    ReportTable table = ReportTables.of(Reports.byUnit(), Language.NB);

    assertThat(table.rows().get(3))
        .containsExactly(
            "HO-02",
            "Ørnebo bofellesskap",
            0,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "Skjult: under 3 personer");
    assertThat(table.chart().orElseThrow().series().get(0).values())
        .containsExactly(0.625, 0.75, null);
  }

  @Test
  void theSubtitleNamesMunicipalityCourseDateScopeRollUpAndSuppression() {
    ReportTable table = ReportTables.of(Reports.byUnit(), Language.NB);

    assertThat(table.title()).isEqualTo("Dekning Velferdsteknologiens ABC etter enhet");
    assertThat(table.subtitle())
        .containsExactly(
            "Kommune: Bergen (4601)",
            "Kurs: Velferdsteknologiens ABC (ABC)",
            "Per 29.11.2026",
            "Avgrenset til Helse og omsorg (HO) og enhetene under",
            "Tallene for en enhet omfatter enhetene under den",
            "Grupper under 3 personer er skjult");
    assertThat(table.fileName()).isEqualTo("dekning-abc-enhet-2026-11-29");
  }

  @Test
  void inEnglish() {
    ReportTable table = ReportTables.of(Reports.byUnit(), Language.EN);

    assertThat(table.title()).isEqualTo("Coverage of Velferdsteknologiens ABC by unit");
    assertThat(headers(table)).contains("Headcount", "Coverage", "FTE", "FTE coverage");
    assertThat(table.subtitle())
        .contains("As of 29.11.2026", "Groups of fewer than 3 persons are hidden");
    assertThat(table.rows().get(3)).endsWith("Hidden: fewer than 3 persons");
    assertThat(table.fileName()).isEqualTo("coverage-abc-unit-2026-11-29");
  }

  @Test
  void otherGroupingsHaveNoTreeColumnsAndReadableLabels() {
    ReportTable table = ReportTables.of(Reports.byShift(), Language.NB);

    assertThat(headers(table)).doesNotContain("Nivå", "Overordnet enhet");
    assertThat(table.rows()).extracting(row -> row.get(1)).containsExactly("Totalt", "Natt", "Dag");
    assertThat(table.subtitle())
        .noneMatch(line -> line.startsWith("Grupper under"))
        .noneMatch(line -> line.startsWith("Tallene for en enhet"));
    assertThat(table.fileName()).isEqualTo("dekning-abc-turnus-2026-11-29");
  }

  @Test
  void theChartBarsEachGroupsCoverageByHeadcountAndByFte() {
    ReportTable.Chart chart = ReportTables.of(Reports.byShift(), Language.NB).chart().orElseThrow();

    assertThat(chart.kind()).isEqualTo(ReportTable.Chart.Kind.BAR);
    assertThat(chart.categories()).containsExactly("Natt", "Dag");
    assertThat(chart.series())
        .extracting(ReportTable.Series::name)
        .containsExactly("Personer", "Årsverk");
    assertThat(chart.series().get(0).values()).containsExactly(1 / 3.0, 0.5);
    assertThat(chart.series().get(1).values()).containsExactly(0.8 / 2.5, 0.7 / 1.5);
  }

  @Test
  void aLargeUnitTreeChartsItsUpperLevelsOnly() {
    List<CoverageRow> rows = new ArrayList<>();
    for (int top = 0; top < 5; top++) {
      rows.add(
          Reports.unit(
              "T" + top, "Top " + top, Optional.empty(), 0, new Figures(9, 1, 9, 1), false));
      for (int sub = 0; sub < 8; sub++) {
        rows.add(
            Reports.unit(
                "T" + top + "-" + sub,
                "Sub",
                Optional.of("T" + top),
                1,
                new Figures(1, 0, 1, 0),
                false));
      }
    }

    assertThat(ReportTables.chartRows(rows))
        .extracting(CoverageRow::key)
        .containsExactly("T0", "T1", "T2", "T3", "T4");
  }

  @Test
  void theTrendIsLongFormatWithALineOfTheTotalPerMonthEnd() {
    ReportTable table = ReportTables.of(Reports.trend(), Language.NB);

    assertThat(headers(table)).startsWith("Dato", "Nøkkel", "Betegnelse", "Personer");
    assertThat(table.columns().get(0).type()).isEqualTo(ReportTable.Type.DATE);
    assertThat(table.rows()).hasSize(9);
    assertThat(table.rows().get(6)).startsWith(Reports.AS_OF, "", "Totalt", 10, 6, 0.6);
    assertThat(table.rows().get(8)).endsWith("Skjult: under 3 personer");
    ReportTable.Chart chart = table.chart().orElseThrow();
    assertThat(chart.kind()).isEqualTo(ReportTable.Chart.Kind.LINE);
    assertThat(chart.categories()).containsExactly("30.09.2026", "31.10.2026", "29.11.2026");
    assertThat(chart.series().get(0).values()).containsExactly(0.2, 0.4, 0.6);
    assertThat(table.subtitle()).contains("Ved hver månedsslutt fra 30.09.2026 til 29.11.2026");
    assertThat(table.fileName()).isEqualTo("dekningsutvikling-abc-enhet-2026-09-30-2026-11-29");
  }

  @Test
  void thePeopleListHasOneRowPerPersonWithModulesAndCompletion() {
    ReportTable gaps = ReportTables.of(Reports.gaps(2), Language.NB);

    assertThat(headers(gaps))
        .containsExactly(
            "Ansattnummer",
            "Navn",
            "Enhetskode",
            "Enhet",
            "Stillingskode",
            "Stilling",
            "Turnus",
            "Ansettelsesform",
            "Stillingsprosent",
            "Moduler fullført",
            "Obligatoriske moduler",
            "Kurs fullført");
    assertThat(gaps.rows().get(0))
        .containsExactly(
            "E1",
            "Åse Ødegård",
            "HO-01-1",
            "Åsen sykehjem",
            "7174",
            "Helsefagarbeider",
            "Tredelt turnus",
            "Fast",
            0.6,
            1,
            5,
            null);
    assertThat(gaps.title()).isEqualTo("Ikke fullført – Velferdsteknologiens ABC");
    assertThat(gaps.subtitle()).contains("Filter: unit=HO-01-1", "Antall personer: 2");
    assertThat(gaps.fileName()).isEqualTo("mangler-abc-2026-11-29");

    ReportTable done = ReportTables.of(Reports.completed(), Language.EN);
    assertThat(done.rows().get(0)).endsWith(java.time.LocalDate.of(2026, 3, 1));
    assertThat(done.fileName()).isEqualTo("completed-abc-2026-11-29");
  }

  @Test
  void thePeopleChartSharesTheListByModulesDone() {
    ReportTable.Chart chart = ReportTables.of(Reports.gaps(4), Language.NB).chart().orElseThrow();

    assertThat(chart.categories())
        .containsExactly("0 av 5", "1 av 5", "2 av 5", "3 av 5", "4 av 5", "5 av 5");
    assertThat(chart.series().get(0).values()).containsExactly(0.0, 0.25, 0.25, 0.25, 0.25, 0.0);
  }

  @Test
  void fileNamesAreAsciiLowerCaseAndDashes() {
    assertThat(ReportTables.fileName("Dekning", "ABC/2", "stillingsstørrelse", "2026-11-29"))
        .isEqualTo("dekning-abc-2-stillingsstorrelse-2026-11-29");
  }
}
