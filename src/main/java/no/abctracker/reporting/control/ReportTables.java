package no.abctracker.reporting.control;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import no.abctracker.kernel.Language;
import no.abctracker.reporting.entity.CoverageReport;
import no.abctracker.reporting.entity.CoverageRow;
import no.abctracker.reporting.entity.CoverageTrend;
import no.abctracker.reporting.entity.Figures;
import no.abctracker.reporting.entity.Grouping;
import no.abctracker.reporting.entity.PeopleList;
import no.abctracker.reporting.entity.ReportTable;
import no.abctracker.reporting.entity.ReportTable.Chart;
import no.abctracker.reporting.entity.ReportTable.Column;
import no.abctracker.reporting.entity.ReportTable.Series;
import no.abctracker.reporting.entity.ReportTable.Type;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.ShiftPattern;

/**
 * Lays out the report values as tables for the CSV, XLSX and PDF exports, in Bokmål or English: the
 * same columns and values in every format, so a figure reads the same in each file.
 */
public final class ReportTables {

  /** Past this many groups a bar chart is unreadable: unit reports chart their top units. */
  static final int MAX_CHART_CATEGORIES = 25;

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private ReportTables() {}

  public static ReportTable of(CoverageReport report, Language lang) {
    Words w = new Words(lang);
    CoverageReport.ReportSubject subject = report.subject();
    boolean units = report.groupBy() == Grouping.UNIT;
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(w.t("Nøkkel", "Key"), Type.TEXT));
    columns.add(new Column(w.t("Betegnelse", "Label"), Type.TEXT));
    if (units) {
      columns.add(new Column(w.t("Nivå", "Level"), Type.INTEGER));
      columns.add(new Column(w.t("Overordnet enhet", "Parent unit"), Type.TEXT));
    }
    columns.addAll(figureColumns(w));
    columns.add(new Column(w.t("Merknad", "Note"), Type.TEXT));

    List<List<Object>> rows = new ArrayList<>();
    List<Object> total = new ArrayList<>(List.of("", w.t("Totalt", "Total")));
    if (units) {
      total.add(null);
      total.add(null);
    }
    total.addAll(figures(report.total(), report.totalSuppressed(), subject.minCell(), w));
    rows.add(total);
    for (CoverageRow row : report.rows()) {
      List<Object> cells = new ArrayList<>(List.of(row.key(), label(row, report.groupBy(), w)));
      if (units) {
        cells.add(row.unit().map(CoverageRow.UnitPlace::depth).orElse(null));
        cells.add(row.unit().flatMap(CoverageRow.UnitPlace::parentCode).orElse(null));
      }
      cells.addAll(figures(row.figures(), row.suppressed(), subject.minCell(), w));
      rows.add(cells);
    }

    List<String> subtitle = subtitle(subject, w);
    subtitle.add(w.t("Per ", "As of ") + DATE.format(report.asOf()));
    subtitle.addAll(scope(subject, report.groupBy(), w));
    List<CoverageRow> charted = chartRows(report.rows());
    Chart chart =
        new Chart(
            w.t("Dekning etter ", "Coverage by ") + w.grouping(report.groupBy()),
            Chart.Kind.BAR,
            charted.stream().map(r -> label(r, report.groupBy(), w)).toList(),
            List.of(
                new Series(
                    w.t("Personer", "Headcount"),
                    charted.stream().map(r -> coverage(r, false)).toList()),
                new Series(
                    w.t("Årsverk", "FTE"), charted.stream().map(r -> coverage(r, true)).toList())));
    return new ReportTable(
        w.t("Dekning ", "Coverage of ")
            + subject.courseTitle()
            + w.t(" etter ", " by ")
            + w.grouping(report.groupBy()),
        subtitle,
        columns,
        rows,
        Optional.of(chart),
        fileName(
            w.t("dekning", "coverage"),
            subject.courseCode(),
            w.groupingFile(report.groupBy()),
            report.asOf().toString()));
  }

  public static ReportTable of(CoverageTrend trend, Language lang) {
    Words w = new Words(lang);
    CoverageReport.ReportSubject subject = trend.subject();
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(w.t("Dato", "Date"), Type.DATE));
    columns.add(new Column(w.t("Nøkkel", "Key"), Type.TEXT));
    columns.add(new Column(w.t("Betegnelse", "Label"), Type.TEXT));
    columns.addAll(figureColumns(w));
    columns.add(new Column(w.t("Merknad", "Note"), Type.TEXT));

    List<List<Object>> rows = new ArrayList<>();
    for (CoverageTrend.Point point : trend.points()) {
      List<Object> total = new ArrayList<>(List.of(point.asOf(), "", w.t("Totalt", "Total")));
      total.addAll(figures(point.total(), point.totalSuppressed(), subject.minCell(), w));
      rows.add(total);
      for (CoverageRow row : point.rows()) {
        List<Object> cells =
            new ArrayList<>(List.of(point.asOf(), row.key(), label(row, trend.groupBy(), w)));
        cells.addAll(figures(row.figures(), row.suppressed(), subject.minCell(), w));
        rows.add(cells);
      }
    }

    List<String> subtitle = subtitle(subject, w);
    subtitle.add(
        w.t("Ved hver månedsslutt fra ", "At each month end from ")
            + DATE.format(trend.from())
            + w.t(" til ", " to ")
            + DATE.format(trend.to()));
    subtitle.addAll(scope(subject, trend.groupBy(), w));
    Chart chart =
        new Chart(
            w.t("Dekning totalt over tid", "Total coverage over time"),
            Chart.Kind.LINE,
            trend.points().stream().map(p -> DATE.format(p.asOf())).toList(),
            List.of(
                new Series(
                    w.t("Personer", "Headcount"),
                    trend.points().stream()
                        .map(p -> p.totalSuppressed() ? null : value(p.total().coverage()))
                        .toList()),
                new Series(
                    w.t("Årsverk", "FTE"),
                    trend.points().stream()
                        .map(p -> p.totalSuppressed() ? null : value(p.total().fteCoverage()))
                        .toList())));
    return new ReportTable(
        w.t("Utvikling i dekning ", "Coverage over time of ")
            + subject.courseTitle()
            + w.t(" etter ", " by ")
            + w.grouping(trend.groupBy()),
        subtitle,
        columns,
        rows,
        Optional.of(chart),
        fileName(
            w.t("dekningsutvikling", "coverage-trend"),
            subject.courseCode(),
            w.groupingFile(trend.groupBy()),
            trend.from() + "-" + trend.to()));
  }

  public static ReportTable of(PeopleList people, Language lang) {
    Words w = new Words(lang);
    CoverageReport.ReportSubject subject = people.subject();
    List<Column> columns =
        List.of(
            new Column(w.t("Ansattnummer", "Employee id"), Type.TEXT),
            new Column(w.t("Navn", "Name"), Type.TEXT),
            new Column(w.t("Enhetskode", "Unit code"), Type.TEXT),
            new Column(w.t("Enhet", "Unit"), Type.TEXT),
            new Column(w.t("Stillingskode", "Position code"), Type.TEXT),
            new Column(w.t("Stilling", "Position"), Type.TEXT),
            new Column(w.t("Turnus", "Shift pattern"), Type.TEXT),
            new Column(w.t("Ansettelsesform", "Employment kind"), Type.TEXT),
            new Column(w.t("Stillingsprosent", "Employment percent"), Type.PERCENT),
            new Column(w.t("Moduler fullført", "Modules done"), Type.INTEGER),
            new Column(w.t("Obligatoriske moduler", "Mandatory modules"), Type.INTEGER),
            new Column(w.t("Kurs fullført", "Course completed"), Type.DATE));
    List<List<Object>> rows =
        people.rows().stream()
            .map(
                r ->
                    Arrays.<Object>asList(
                        r.employeeId(),
                        r.fullName(),
                        r.unitCode(),
                        r.unitName(),
                        r.positionCode(),
                        r.positionTitle(),
                        r.shiftPattern() == null ? null : w.shift(r.shiftPattern()),
                        r.employmentKind() == null ? null : w.kind(r.employmentKind()),
                        r.employmentPercent() == null
                            ? null
                            : r.employmentPercent().doubleValue() / 100,
                        r.modulesDone(),
                        people.mandatoryModules(),
                        r.completedOn().orElse(null)))
            .toList();

    List<String> subtitle = subtitle(subject, w);
    subtitle.add(w.t("Per ", "As of ") + DATE.format(people.asOf()));
    subject
        .unit()
        .ifPresent(
            unit ->
                subtitle.add(
                    w.t("Avgrenset til ", "Limited to ")
                        + unit.name()
                        + " ("
                        + unit.code()
                        + w.t(") og enhetene under", ") and the units below it")));
    if (!people.filters().isEmpty()) {
      subtitle.add(
          w.t("Filter: ", "Filters: ")
              + people.filters().stream()
                  .map(f -> f.name() + "=" + f.value())
                  .collect(Collectors.joining(", ")));
    }
    subtitle.add(w.t("Antall personer: ", "Persons: ") + people.rows().size());

    return new ReportTable(
        w.status(people) + " – " + subject.courseTitle(),
        subtitle,
        columns,
        rows,
        Optional.of(modulesChart(people, w)),
        fileName(w.statusFile(people), subject.courseCode(), people.asOf().toString()));
  }

  /** The share of the list by modules done: who is nearly there and who has not started. */
  private static Chart modulesChart(PeopleList people, Words w) {
    int size = people.rows().size();
    List<String> categories = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (int done = 0; done <= people.mandatoryModules(); done++) {
      int d = done;
      long count = people.rows().stream().filter(r -> r.modulesDone() == d).count();
      categories.add(done + w.t(" av ", " of ") + people.mandatoryModules());
      shares.add(size == 0 ? null : (double) count / size);
    }
    return new Chart(
        w.t("Andel etter fullførte moduler", "Share by modules done"),
        Chart.Kind.BAR,
        categories,
        List.of(new Series(w.t("Personer", "Persons"), shares)));
  }

  private static List<Column> figureColumns(Words w) {
    return List.of(
        new Column(w.t("Personer", "Headcount"), Type.INTEGER),
        new Column(w.t("Fullført", "Completed"), Type.INTEGER),
        new Column(w.t("Dekning", "Coverage"), Type.PERCENT),
        new Column(w.t("Årsverk", "FTE"), Type.DECIMAL),
        new Column(w.t("Årsverk fullført", "FTE completed"), Type.DECIMAL),
        new Column(w.t("Dekning årsverk", "FTE coverage"), Type.PERCENT));
  }

  /** The six figures and the note; a suppressed group shows no figures, only why. */
  private static List<Object> figures(Figures f, boolean suppressed, int minCell, Words w) {
    if (suppressed) {
      List<Object> cells = new ArrayList<>(Collections.nCopies(6, null));
      cells.add(
          w.t("Skjult: under ", "Hidden: fewer than ") + minCell + w.t(" personer", " persons"));
      return cells;
    }
    return Arrays.asList(
        f.headcount(),
        f.completed(),
        value(f.coverage()),
        f.fte(),
        f.fteCompleted(),
        value(f.fteCoverage()),
        null);
  }

  private static List<String> subtitle(CoverageReport.ReportSubject subject, Words w) {
    List<String> lines = new ArrayList<>();
    lines.add(
        w.t("Kommune: ", "Municipality: ")
            + subject.municipalityName()
            + " ("
            + subject.municipalityCode()
            + ")");
    lines.add(
        w.t("Kurs: ", "Course: ") + subject.courseTitle() + " (" + subject.courseCode() + ")");
    return lines;
  }

  private static List<String> scope(
      CoverageReport.ReportSubject subject, Grouping grouping, Words w) {
    List<String> lines = new ArrayList<>();
    subject
        .unit()
        .ifPresent(
            unit ->
                lines.add(
                    w.t("Avgrenset til ", "Limited to ")
                        + unit.name()
                        + " ("
                        + unit.code()
                        + w.t(") og enhetene under", ") and the units below it")));
    if (grouping == Grouping.UNIT) {
      lines.add(
          w.t(
              "Tallene for en enhet omfatter enhetene under den",
              "A unit's figures include the units below it"));
    }
    if (subject.minCell() > 0) {
      lines.add(
          w.t("Grupper under ", "Groups of fewer than ")
              + subject.minCell()
              + w.t(" personer er skjult", " persons are hidden"));
    }
    return lines;
  }

  /** Unit reports chart the shallowest levels that fit; other groupings their first groups. */
  static List<CoverageRow> chartRows(List<CoverageRow> rows) {
    if (rows.size() <= MAX_CHART_CATEGORIES) {
      return rows;
    }
    int maxDepth =
        rows.stream()
            .map(r -> r.unit().map(CoverageRow.UnitPlace::depth).orElse(0))
            .max(Comparator.naturalOrder())
            .orElse(0);
    List<CoverageRow> shallow = rows;
    for (int depth = maxDepth - 1; depth >= 0 && shallow.size() > MAX_CHART_CATEGORIES; depth--) {
      int d = depth;
      shallow = rows.stream().filter(r -> r.unit().map(u -> u.depth() <= d).orElse(true)).toList();
    }
    return shallow.subList(0, Math.min(shallow.size(), MAX_CHART_CATEGORIES));
  }

  private static Double coverage(CoverageRow row, boolean fte) {
    if (row.suppressed()) {
      return null;
    }
    return value(fte ? row.figures().fteCoverage() : row.figures().coverage());
  }

  private static Double value(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static String label(CoverageRow row, Grouping grouping, Words w) {
    if (grouping == Grouping.SHIFT_PATTERN) {
      return parse(ShiftPattern.class, row.key()).map(w::shift).orElse(row.label());
    }
    if (grouping == Grouping.EMPLOYMENT_KIND) {
      return parse(EmploymentKind.class, row.key()).map(w::kind).orElse(row.label());
    }
    return row.label();
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String key) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equalsIgnoreCase(key)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** Lower-case ASCII, digits and dashes: safe in a header, a URL and any file system. */
  static String fileName(String... parts) {
    String joined = String.join("-", parts).toLowerCase(Locale.ROOT);
    String ascii =
        joined.replace("æ", "ae").replace("ø", "o").replace("å", "a").replaceAll("[^a-z0-9]+", "-");
    return ascii.replaceAll("^-+|-+$", "");
  }

  /** The words of the tables in one language. */
  private record Words(Language lang) {

    String t(String nb, String en) {
      return lang == Language.EN ? en : nb;
    }

    String grouping(Grouping grouping) {
      return switch (grouping) {
        case UNIT -> t("enhet", "unit");
        case SHIFT_PATTERN -> t("turnus", "shift pattern");
        case EMPLOYMENT_BAND -> t("stillingsstørrelse", "employment band");
        case POSITION_CODE -> t("stillingskode", "position code");
        case EMPLOYMENT_KIND -> t("ansettelsesform", "employment kind");
      };
    }

    String groupingFile(Grouping grouping) {
      return switch (grouping) {
        case UNIT -> t("enhet", "unit");
        case SHIFT_PATTERN -> t("turnus", "shift-pattern");
        case EMPLOYMENT_BAND -> t("stillingsstorrelse", "employment-band");
        case POSITION_CODE -> t("stillingskode", "position-code");
        case EMPLOYMENT_KIND -> t("ansettelsesform", "employment-kind");
      };
    }

    String status(PeopleList people) {
      return switch (people.status()) {
        case NOT_COMPLETED -> t("Ikke fullført", "Not completed");
        case COMPLETED -> t("Fullført", "Completed");
        case ALL -> t("Alle ansatte", "All staff");
      };
    }

    String statusFile(PeopleList people) {
      return switch (people.status()) {
        case NOT_COMPLETED -> t("mangler", "gaps");
        case COMPLETED -> t("fullfort", "completed");
        case ALL -> t("ansatte", "staff");
      };
    }

    String shift(ShiftPattern shift) {
      return switch (shift) {
        case DAY -> t("Dag", "Day");
        case TWO_SHIFT -> t("Todelt turnus", "Two shifts");
        case THREE_SHIFT -> t("Tredelt turnus", "Three shifts");
        case NIGHT -> t("Natt", "Night");
        case WEEKEND -> t("Helg", "Weekend");
        case LONG_SHIFT -> t("Langvakter", "Long shifts");
      };
    }

    String kind(EmploymentKind kind) {
      return switch (kind) {
        case PERMANENT -> t("Fast", "Permanent");
        case TEMPORARY -> t("Midlertidig", "Temporary");
        case ON_CALL -> t("Tilkalling", "On call");
        case AGENCY -> t("Innleid", "Agency");
        case APPRENTICE -> t("Lærling", "Apprentice");
      };
    }
  }
}
