package no.abctracker.web.reports.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.abctracker.reporting.control.CoverageReports;
import no.abctracker.reporting.control.CoverageReports.PeopleFilter;
import no.abctracker.reporting.control.CoverageReports.PeopleOrder;
import no.abctracker.reporting.control.ReportParams;
import no.abctracker.reporting.entity.PeopleList;
import no.abctracker.reporting.entity.PersonStatus;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.web.faces.Formats;
import no.abctracker.web.faces.Texts;
import no.abctracker.web.privacy.boundary.PersonalPage;
import no.abctracker.web.signin.boundary.CurrentUser;

/**
 * The people behind a coverage figure ({@code /app/people.xhtml?course=ABC&unit=…&status=…}): the
 * gap list of {@link CoverageReports#people} with the parameters of {@code GET …/reports/gaps}, for
 * what the user may see (a unit outside a unit leader's units is refused by the control).
 */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser me;
  @Inject CoverageReports reports;
  @Inject Formats formats;
  @Inject Clock clock;

  // The query parameters, as the reports API spells them.
  private String course;
  private String asOf;
  private String unit;
  private String shiftPattern;
  private String employmentBand;
  private String positionCode;
  private String employmentKind;
  private String status;

  private LocalDate date;
  private PersonStatus personStatus;
  private int mandatoryModules;
  private String scope;
  private List<String> filters = List.of();
  private List<Row> rows = List.of();
  private List<Row> filtered;

  /** A person as the table shows them, with the labels in the page's language. */
  public record Row(
      String employeeId,
      String fullName,
      String unitCode,
      String unitName,
      String position,
      String shiftPattern,
      String employmentKind,
      java.math.BigDecimal employmentPercent,
      int modulesDone,
      LocalDate completedOn)
      implements Serializable {}

  @PersonalPage
  public void load() {
    date =
        ReportParams.date("asOf", asOf)
            .orElseGet(() -> LocalDate.now(clock.withZone(Organisation.ZONE)));
    PeopleFilter filter =
        ReportParams.peopleFilter(shiftPattern, employmentBand, positionCode, employmentKind);
    personStatus = ReportParams.status(status);
    PeopleList people =
        reports.people(
            me.municipality(),
            me.visibility(),
            ReportParams.text(course).orElse(Dashboard.COURSE),
            date,
            ReportParams.text(unit),
            filter,
            personStatus,
            PeopleOrder.UNIT,
            false);
    mandatoryModules = people.mandatoryModules();
    scope = people.subject().unit().map(u -> u.name()).orElse(people.subject().municipalityName());
    List<String> described = new ArrayList<>();
    filter.shiftPattern().ifPresent(s -> described.add(formats.label(s)));
    filter.band().ifPresent(b -> described.add(b.label()));
    filter.positionCode().ifPresent(described::add);
    filter.kind().ifPresent(k -> described.add(formats.label(k)));
    filters = described;
    rows =
        people.rows().stream()
            .map(
                r ->
                    new Row(
                        r.employeeId(),
                        r.fullName(),
                        r.unitCode(),
                        r.unitName(),
                        r.positionTitle(),
                        formats.label(r.shiftPattern()),
                        formats.label(r.employmentKind()),
                        r.employmentPercent(),
                        r.modulesDone(),
                        r.completedOn().orElse(null)))
            .toList();
    filtered = null;
    course = people.subject().courseCode();
  }

  public String getHeading() {
    return Texts.get("people.status." + personStatus.parameter());
  }

  public LocalDate getDate() {
    return date;
  }

  public int getMandatoryModules() {
    return mandatoryModules;
  }

  public String getScope() {
    return scope;
  }

  public List<String> getFilters() {
    return filters;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<Row> getFiltered() {
    return filtered;
  }

  public void setFiltered(List<Row> filtered) {
    this.filtered = filtered;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getAsOf() {
    return asOf;
  }

  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
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

  public String getPositionCode() {
    return positionCode;
  }

  public void setPositionCode(String positionCode) {
    this.positionCode = positionCode;
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
}
