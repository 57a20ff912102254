package no.abctracker.reporting.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Course coverage of a municipality's active staff on a date, in total and per group.
 *
 * @param unit the subtree the report is limited to, if any (code and name)
 * @param minCell groups with fewer persons than this are suppressed; 0 = none
 */
public record CoverageReport(
    ReportSubject subject,
    LocalDate asOf,
    Grouping groupBy,
    Figures total,
    boolean totalSuppressed,
    List<CoverageRow> rows) {

  public CoverageReport {
    rows = List.copyOf(rows);
  }

  /** What every report is about: municipality, course, scope and suppression. */
  public record ReportSubject(
      String municipalityCode,
      String municipalityName,
      String courseCode,
      String courseTitle,
      Optional<UnitRef> unit,
      int minCell) {}

  public record UnitRef(String code, String name) {}
}
