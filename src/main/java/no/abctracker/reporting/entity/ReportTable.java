package no.abctracker.reporting.entity;

import java.util.List;
import java.util.Optional;

/**
 * A report laid out for a file: what the CSV, XLSX and PDF exports render, so that the three
 * formats show the same columns and values. Cell values are {@code String}, {@code Integer}, {@code
 * Double} (a fraction 0–1 in a {@link Type#PERCENT} column), {@code java.time.LocalDate} or {@code
 * null} (nothing to show: a suppressed or empty figure).
 *
 * @param title e.g. "Dekning Velferdsteknologiens ABC etter enhet"
 * @param subtitle lines under the title: municipality, date, scope, suppression
 * @param fileName without extension, safe characters only
 */
public record ReportTable(
    String title,
    List<String> subtitle,
    List<Column> columns,
    List<List<Object>> rows,
    Optional<Chart> chart,
    String fileName) {

  public ReportTable {
    subtitle = List.copyOf(subtitle);
    columns = List.copyOf(columns);
    rows = rows.stream().map(java.util.Collections::unmodifiableList).toList();
  }

  public enum Type {
    TEXT,
    INTEGER,
    DECIMAL,
    PERCENT,
    DATE
  }

  public record Column(String header, Type type) {}

  /** A bar chart of one value per category, or a line chart of values over time. */
  public record Chart(String title, Kind kind, List<String> categories, List<Series> series) {
    public enum Kind {
      BAR,
      LINE
    }

    public Chart {
      categories = List.copyOf(categories);
      series = List.copyOf(series);
    }
  }

  /** Values 0–1 (coverages), one per category; null where suppressed or empty. */
  public record Series(String name, List<Double> values) {}
}
