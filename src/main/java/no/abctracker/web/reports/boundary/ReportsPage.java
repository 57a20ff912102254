package no.abctracker.web.reports.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import no.abctracker.kernel.Language;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.MessageKey;
import no.abctracker.reporting.boundary.ExportFormat;
import no.abctracker.reporting.boundary.ReportFiles;
import no.abctracker.reporting.control.CoverageReports;
import no.abctracker.reporting.control.CsvExport;
import no.abctracker.reporting.control.ReportTables;
import no.abctracker.reporting.entity.CoverageReport;
import no.abctracker.reporting.entity.CoverageTrend;
import no.abctracker.reporting.entity.EmploymentBand;
import no.abctracker.reporting.entity.Grouping;
import no.abctracker.reporting.entity.PersonStatus;
import no.abctracker.reporting.entity.ReportTable;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.ShiftPattern;
import no.abctracker.web.faces.Formats;
import no.abctracker.web.faces.Texts;
import no.abctracker.web.signin.boundary.CurrentUser;
import no.abctracker.web.workspace.boundary.StaffPage;
import no.abctracker.web.workspace.boundary.UnitsPage;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The reports page: the filters of {@code GET …/reports/coverage}, {@code …/coverage/trend} and
 * {@code …/gaps} (course, grouping, date, unit, minimum cell; trend period; gap-list filters), the
 * report as a table and its trend, each figure linked to the people behind it.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser me;
  @Inject CoverageReports reports;
  @Inject CourseCatalogue catalogue;
  @Inject Units units;
  @Inject Formats formats;
  @Inject Clock clock;

  /** A choice of a select: its value and its label in the page's language. */
  public record Option(String value, String label) implements Serializable {}

  /** A point of the trend. */
  public record TrendRow(LocalDate asOf, Figure figures) implements Serializable {}

  // Filters of the report and the trend.
  private String course = Dashboard.COURSE;
  private String groupBy = Grouping.UNIT.parameter();
  private LocalDate asOf;
  private String unit;
  private Integer minCell;
  private LocalDate from;
  private LocalDate to;
  // Filters of the gap list.
  private String shiftPattern;
  private String employmentBand;
  private String employmentKind;
  private String status = PersonStatus.NOT_COMPLETED.parameter();

  private List<Option> courses = List.of();
  private List<StaffPage.UnitOption> unitOptions = List.of();
  private Figure total;
  private int effectiveMinCell;
  private List<Figure> rows = List.of();
  private List<TrendRow> trend = List.of();

  public void load() {
    Municipality municipality = me.municipality();
    Locale locale = locale();
    LocalDate today = LocalDate.now(clock.withZone(Organisation.ZONE));
    if (asOf == null) {
      asOf = today;
    }
    if (to == null) {
      to = today;
    }
    if (from == null) {
      from = to.minusMonths(11).withDayOfMonth(1);
    }
    courses =
        catalogue.courses().stream()
            .map(c -> new Option(c.code(), c.code() + " – " + formats.text(c.title())))
            .toList();
    unitOptions =
        StaffPage.UnitOption.treeOf(units.tree(municipality, UnitsPage.rootsOf(me.user())));
    CoverageReport report =
        reports.coverage(
            municipality, me.visibility(), course, grouping(), asOf, unitCode(), cell());
    effectiveMinCell = report.subject().minCell();
    total = Figure.totalOf(report);
    rows = Figure.rowsOf(report, locale);
    CoverageTrend months =
        reports.trend(
            municipality, me.visibility(), course, grouping(), from, to, unitCode(), cell());
    trend =
        months.points().stream()
            .map(
                p ->
                    new TrendRow(
                        p.asOf(), Figure.of(null, "", "", 0, p.total(), p.totalSuppressed())))
            .toList();
  }

  private Grouping grouping() {
    return Grouping.parse(groupBy).orElse(Grouping.UNIT);
  }

  private OptionalInt cell() {
    return minCell == null ? OptionalInt.empty() : OptionalInt.of(minCell);
  }

  private Optional<String> unitCode() {
    return Optional.ofNullable(unit).filter(u -> !u.isBlank());
  }

  /** The people behind a figure of the report ({@code status}: not_completed, completed, all). */
  public String people(Figure figure, String which) {
    return PeopleLinks.of(
        contextPath(),
        course,
        asOf,
        figure != null && "unit".equals(figure.filter()) ? null : unit,
        figure == null ? null : figure.filter(),
        figure == null ? null : figure.key(),
        PersonStatus.parse(which).orElse(PersonStatus.NOT_COMPLETED));
  }

  /** The gap list with the filters of the form. */
  public String getGapListUrl() {
    StringBuilder url =
        new StringBuilder(
            PeopleLinks.of(
                contextPath(),
                course,
                asOf,
                unit,
                null,
                null,
                PersonStatus.parse(status).orElse(PersonStatus.NOT_COMPLETED)));
    append(url, "shift_pattern", shiftPattern);
    append(url, "employment_band", employmentBand);
    append(url, "employment_kind", employmentKind);
    return url.toString();
  }

  /**
   * The report on the page as a file, rendered by the reporting component's exports exactly as
   * {@code GET …/reports/coverage?format=…} renders it; {@code format}: csv, csv-semicolon, xlsx,
   * pdf. The report is made again from the filters shown, so the file never differs from the API.
   */
  public StreamedContent download(String format) {
    CoverageReport report =
        reports.coverage(
            me.municipality(), me.visibility(), course, grouping(), asOf, unitCode(), cell());
    Language language = Language.parse(formats.languageTag()).orElse(Language.NB);
    ReportTable table = ReportTables.of(report, language);
    ExportFormat file =
        switch (format) {
          case "csv", "csv-semicolon" -> ExportFormat.CSV;
          case "xlsx" -> ExportFormat.XLSX;
          case "pdf" -> ExportFormat.PDF;
          default -> throw new BadRequest(MessageKey.EXPORT_FORMAT_UNKNOWN, format);
        };
    CsvExport.Delimiter delimiter =
        format.equals("csv-semicolon") ? CsvExport.Delimiter.SEMICOLON : CsvExport.Delimiter.COMMA;
    byte[] body = ReportFiles.render(table, file, delimiter, language);
    return DefaultStreamedContent.builder()
        .name(ReportFiles.fileName(table, file))
        .contentType(ReportFiles.contentType(file))
        .stream(() -> new java.io.ByteArrayInputStream(body))
        .build();
  }

  /** Opens the gap list of the form's filters, as a page of its own (bookmarkable). */
  public void openGapList() throws java.io.IOException {
    FacesContext.getCurrentInstance().getExternalContext().redirect(getGapListUrl());
  }

  private static void append(StringBuilder url, String name, String value) {
    if (value != null && !value.isBlank()) {
      url.append('&')
          .append(name)
          .append('=')
          .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  public List<Option> getGroupings() {
    return Arrays.stream(Grouping.values())
        .map(g -> new Option(g.parameter(), Texts.get("reports.groupBy." + g.parameter())))
        .toList();
  }

  public List<Option> getShiftPatterns() {
    return Arrays.stream(ShiftPattern.values())
        .map(s -> new Option(s.name(), formats.label(s)))
        .toList();
  }

  public List<Option> getBands() {
    return Arrays.stream(EmploymentBand.values()).map(b -> new Option(b.key(), b.label())).toList();
  }

  public List<Option> getKinds() {
    return Arrays.stream(EmploymentKind.values())
        .map(k -> new Option(k.name(), formats.label(k)))
        .toList();
  }

  public List<Option> getStatuses() {
    return Arrays.stream(PersonStatus.values())
        .map(s -> new Option(s.parameter(), Texts.get("people.status." + s.parameter())))
        .toList();
  }

  public String getGroupLabel() {
    return Texts.get("reports.groupBy." + groupBy);
  }

  private static String contextPath() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getGroupBy() {
    return groupBy;
  }

  public void setGroupBy(String groupBy) {
    this.groupBy = groupBy;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public Integer getMinCell() {
    return minCell;
  }

  public void setMinCell(Integer minCell) {
    this.minCell = minCell;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getShiftPattern() {
    return shiftPattern;
  }

  public void setShiftPattern(String shiftPattern) {
    this.shiftPattern = shiftPattern;
  }

  public String getEmploymentBand() {
    return employmentBand;
  }

  public void setEmploymentBand(String employmentBand) {
    this.employmentBand = employmentBand;
  }

  public String getEmploymentKind() {
    return employmentKind;
  }

  public void setEmploymentKind(String employmentKind) {
    this.employmentKind = employmentKind;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<Option> getCourses() {
    return courses;
  }

  public List<StaffPage.UnitOption> getUnitOptions() {
    return unitOptions;
  }

  public Figure getTotal() {
    return total;
  }

  public int getEffectiveMinCell() {
    return effectiveMinCell;
  }

  public List<Figure> getRows() {
    return rows;
  }

  public List<TrendRow> getTrend() {
    return trend;
  }
}
