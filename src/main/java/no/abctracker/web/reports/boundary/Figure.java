package no.abctracker.web.reports.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import no.abctracker.reporting.entity.CoverageReport;
import no.abctracker.reporting.entity.CoverageRow;
import no.abctracker.reporting.entity.EmploymentBand;
import no.abctracker.reporting.entity.Figures;
import no.abctracker.reporting.entity.Grouping;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.ShiftPattern;
import no.abctracker.web.faces.Texts;

/**
 * One row of a coverage report as the pages show it: its label in the page's language and its
 * figures, empty where the report has none (a suppressed group, nothing to divide by). Fractions
 * are rounded as the REST API rounds them (four decimals, FTE two), so a page and {@code
 * …/reports/coverage} show the same numbers.
 *
 * @param filter the people list's parameter for this row's group ({@code unit}, {@code
 *     shift_pattern}, …)
 */
public record Figure(
    String filter,
    String key,
    String label,
    int depth,
    boolean suppressed,
    Integer headcount,
    Integer completed,
    Double coverage,
    Double fte,
    Double fteCompleted,
    Double fteCoverage)
    implements Serializable {

  public static List<Figure> rowsOf(CoverageReport report, Locale locale) {
    String filter = report.groupBy().parameter();
    return report.rows().stream()
        .map(
            row ->
                of(
                    filter,
                    row.key(),
                    label(report.groupBy(), row, locale),
                    row.unit().map(CoverageRow.UnitPlace::depth).orElse(0),
                    row.figures(),
                    row.suppressed()))
        .toList();
  }

  public static Figure totalOf(CoverageReport report) {
    return of(null, "", "", 0, report.total(), report.totalSuppressed());
  }

  static Figure of(
      String filter, String key, String label, int depth, Figures f, boolean suppressed) {
    if (suppressed) {
      return new Figure(filter, key, label, depth, true, null, null, null, null, null, null);
    }
    return new Figure(
        filter,
        key,
        label,
        depth,
        false,
        f.headcount(),
        f.completed(),
        fraction(f.coverage()),
        round(f.fte(), 100),
        round(f.fteCompleted(), 100),
        fraction(f.fteCoverage()));
  }

  /** How many have not completed; empty when suppressed. */
  public Integer notCompleted() {
    return suppressed ? null : headcount - completed;
  }

  /** A coverage in percent for a chart (0–100), empty where there is none. */
  public Double coveragePercent() {
    return coverage == null ? null : round(coverage * 100, 100);
  }

  public Double fteCoveragePercent() {
    return fteCoverage == null ? null : round(fteCoverage * 100, 100);
  }

  /** The label indented by the unit's depth in the tree, for tables. */
  public String indentedLabel() {
    return "\u2003".repeat(depth) + label;
  }

  static String label(Grouping groupBy, CoverageRow row, Locale locale) {
    return switch (groupBy) {
      case SHIFT_PATTERN -> Texts.label(locale, ShiftPattern.valueOf(row.key()));
      case EMPLOYMENT_KIND -> Texts.label(locale, EmploymentKind.valueOf(row.key()));
      case EMPLOYMENT_BAND ->
          EmploymentBand.parse(row.key()).map(EmploymentBand::label).orElse(row.label());
      case POSITION_CODE -> row.key() + " " + row.label();
      case UNIT -> row.label();
    };
  }

  private static Double fraction(OptionalDouble value) {
    return value.isPresent() ? round(value.getAsDouble(), 10_000) : null;
  }

  private static double round(double value, int scale) {
    return (double) Math.round(value * scale) / scale;
  }
}
