package no.abctracker.web.reports.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.abctracker.kernel.Language;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.reporting.control.CoverageReports;
import no.abctracker.reporting.entity.CoverageReport;
import no.abctracker.reporting.entity.CoverageTrend;
import no.abctracker.reporting.entity.Grouping;
import no.abctracker.reporting.entity.PersonStatus;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Visibility;
import no.abctracker.training.superusers.control.SuperUserCoverage;
import no.abctracker.training.superusers.control.Technologies;
import no.abctracker.web.faces.Formats;
import no.abctracker.web.faces.Texts;
import no.abctracker.web.signin.boundary.CurrentUser;
import no.abctracker.web.signin.control.Page;
import no.abctracker.web.workspace.boundary.CoverageView;
import org.primefaces.event.ItemSelectEvent;

/**
 * The coverage dashboard of the overview: ABC coverage today by unit (worst first), shift pattern
 * and employment band, and over the last twelve months, each read from {@link CoverageReports} with
 * the user's municipality and visibility as {@code GET …/reports/coverage} reads it. A bar or
 * figure leads to the people behind it.
 */
@Named
@ViewScoped
public class Dashboard implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The course of the dashboard: the contract's subject. */
  public static final String COURSE = "ABC";

  @Inject CurrentUser me;
  @Inject CoverageReports reports;
  @Inject Formats formats;
  @Inject Clock clock;
  @Inject SuperUserCoverage superUsers;
  @Inject Technologies technologies;

  private LocalDate today;
  private String courseTitle;
  private Figure total;
  private List<Figure> units = List.of();
  private List<Figure> shifts = List.of();
  private List<Figure> bands = List.of();
  private List<TrendPoint> trend = List.of();
  private String unitChart;
  private String shiftChart;
  private String bandChart;
  private String trendChart;
  private CoverageView superUserMatrix;

  /** One month end of the trend. */
  public record TrendPoint(LocalDate asOf, Figure figures) implements Serializable {}

  public void load() {
    Municipality municipality = me.municipality();
    Visibility visibility = me.visibility();
    Locale locale = locale();
    today = LocalDate.now(clock.withZone(Organisation.ZONE));
    CoverageReports.Overview overview =
        reports.overview(
            municipality,
            visibility,
            COURSE,
            List.of(Grouping.UNIT, Grouping.SHIFT_PATTERN, Grouping.EMPLOYMENT_BAND),
            Grouping.UNIT,
            today.minusMonths(11).withDayOfMonth(1),
            today);
    CoverageReport byUnit = overview.reports().get(Grouping.UNIT);
    courseTitle = byUnit.subject().courseTitle();
    total = Figure.totalOf(byUnit);
    // Worst first: the units to act on lead; groups without a coverage (suppressed) go last.
    units =
        Figure.rowsOf(byUnit, locale).stream()
            .sorted(
                Comparator.comparing(
                    Figure::coverage, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    shifts = Figure.rowsOf(overview.reports().get(Grouping.SHIFT_PATTERN), locale);
    bands = Figure.rowsOf(overview.reports().get(Grouping.EMPLOYMENT_BAND), locale);
    CoverageTrend months = overview.trend();
    trend =
        months.points().stream()
            .map(
                p ->
                    new TrendPoint(
                        p.asOf(), Figure.of(null, "", "", 0, p.total(), p.totalSuppressed())))
            .toList();
    String headcount = Texts.get("dashboard.series.headcount");
    String fte = Texts.get("dashboard.series.fte");
    String axis = Texts.get("dashboard.axis.percent");
    unitChart =
        ChartModels.bars(
            units.stream().map(Figure::label).toList(),
            List.of(headcountSeries(units, headcount)),
            true,
            axis,
            locale);
    shiftChart =
        ChartModels.bars(
            shifts.stream().map(Figure::label).toList(),
            List.of(headcountSeries(shifts, headcount)),
            false,
            axis,
            locale);
    bandChart =
        ChartModels.bars(
            bands.stream().map(Figure::label).toList(),
            List.of(headcountSeries(bands, headcount), fteSeries(bands, fte)),
            false,
            axis,
            locale);
    List<Figure> points = trend.stream().map(TrendPoint::figures).toList();
    trendChart =
        ChartModels.lines(
            trend.stream().map(p -> formats.date(p.asOf())).toList(),
            List.of(headcountSeries(points, headcount), fteSeries(points, fte)),
            axis,
            locale);
    // The training pages' matrix of super-users per unit, technology and shift, gaps marked.
    superUserMatrix =
        CoverageView.of(
            superUsers.on(municipality, today, visibility, Optional.empty(), Optional.empty()),
            technologies,
            Language.parse(formats.languageTag()).orElse(Language.NB));
  }

  private static ChartModels.Series headcountSeries(List<Figure> figures, String label) {
    return new ChartModels.Series(
        label,
        figures.stream().map(Figure::coveragePercent).toList(),
        ChartModels.HEADCOUNT_COLOUR);
  }

  private static ChartModels.Series fteSeries(List<Figure> figures, String label) {
    return new ChartModels.Series(
        label, figures.stream().map(Figure::fteCoveragePercent).toList(), ChartModels.FTE_COLOUR);
  }

  /** The people list of a figure: who has {@code status} in the figure's group, today. */
  public String people(Figure figure, String status) {
    return PeopleLinks.of(
        contextPath(),
        COURSE,
        null,
        null,
        figure == null ? null : figure.filter(),
        figure == null ? null : figure.key(),
        PersonStatus.parse(status).orElse(PersonStatus.NOT_COMPLETED));
  }

  /** The people not completed at a month end of the trend. */
  public String peopleAt(TrendPoint point) {
    return PeopleLinks.of(
        contextPath(), COURSE, point.asOf(), null, null, null, PersonStatus.NOT_COMPLETED);
  }

  // A click on a bar opens the not-completed persons of its group (Chart.js itemSelect).

  public void selectUnit(ItemSelectEvent event) throws IOException {
    go(people(units.get(event.getItemIndex()), "not_completed"));
  }

  public void selectShift(ItemSelectEvent event) throws IOException {
    go(people(shifts.get(event.getItemIndex()), "not_completed"));
  }

  public void selectBand(ItemSelectEvent event) throws IOException {
    go(people(bands.get(event.getItemIndex()), "not_completed"));
  }

  public void selectMonth(ItemSelectEvent event) throws IOException {
    go(peopleAt(trend.get(event.getItemIndex())));
  }

  private static void go(String url) throws IOException {
    FacesContext.getCurrentInstance().getExternalContext().redirect(url);
  }

  private static String contextPath() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.getRequestContextPath();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public CoverageView getSuperUserMatrix() {
    return superUserMatrix;
  }

  public String getSuperUserPage() {
    return Page.SUPER_USERS.path();
  }

  public LocalDate getToday() {
    return today;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public Figure getTotal() {
    return total;
  }

  public List<Figure> getUnits() {
    return units;
  }

  public List<Figure> getShifts() {
    return shifts;
  }

  public List<Figure> getBands() {
    return bands;
  }

  public List<TrendPoint> getTrend() {
    return trend;
  }

  public String getUnitChart() {
    return unitChart;
  }

  public String getShiftChart() {
    return shiftChart;
  }

  public String getBandChart() {
    return bandChart;
  }

  public String getTrendChart() {
    return trendChart;
  }
}
