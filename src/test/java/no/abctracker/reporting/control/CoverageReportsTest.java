package no.abctracker.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.abctracker.problems.BadRequest;
import org.junit.jupiter.api.Test;

/** The dates of a trend. */
class CoverageReportsTest {

  @Test
  void aTrendHasEachMonthEndAndEndsOnItsLastDay() {
    assertThat(CoverageReports.monthEnds(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 14)))
        .containsExactly(
            LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 14));
    assertThat(CoverageReports.monthEnds(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 28)))
        .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28));
    assertThat(CoverageReports.monthEnds(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 10)))
        .containsExactly(LocalDate.of(2026, 2, 10));
  }

  @Test
  void twentyFourMonthsAreFineButNotFromAfterToOrMoreThanTenYears() {
    assertThat(CoverageReports.monthEnds(LocalDate.of(2024, 12, 1), LocalDate.of(2026, 11, 30)))
        .hasSize(24);
    assertThatThrownBy(
            () -> CoverageReports.monthEnds(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("after");
    assertThatThrownBy(
            () -> CoverageReports.monthEnds(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("at most 120 months");
  }
}
