package no.abctracker.reporting.entity;

import java.time.LocalDate;
import java.util.List;

/** The coverage report at each month end from {@code from} to {@code to}, oldest first. */
public record CoverageTrend(
    CoverageReport.ReportSubject subject,
    Grouping groupBy,
    LocalDate from,
    LocalDate to,
    List<Point> points) {

  public CoverageTrend {
    points = List.copyOf(points);
  }

  public record Point(
      LocalDate asOf, Figures total, boolean totalSuppressed, List<CoverageRow> rows) {
    public Point {
      rows = List.copyOf(rows);
    }
  }
}
