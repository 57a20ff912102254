package no.abctracker.reporting.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.ShiftPattern;

/**
 * The active persons behind a coverage figure, one row per person: by default those who have not
 * completed the course (the gap list a coordinator plans the next cohort from).
 *
 * @param filters the filters applied, by API parameter name, in a stable order
 */
public record PeopleList(
    CoverageReport.ReportSubject subject,
    LocalDate asOf,
    PersonStatus status,
    List<Filter> filters,
    int mandatoryModules,
    List<Row> rows) {

  public PeopleList {
    filters = List.copyOf(filters);
    rows = List.copyOf(rows);
  }

  public record Filter(String name, String value) {}

  /**
   * A person with the employment that places them in the list: of their active employments that
   * match the filters, the one with the highest percent (then the earliest start).
   *
   * @param employmentPercent the sum over all their active employments that match the filters
   * @param employments how many active employments match
   * @param modulesDone mandatory modules completed by the date
   * @param completedOn the course completion's date in Norway, if completed by the date
   */
  public record Row(
      String employeeId,
      String fullName,
      String unitCode,
      String unitName,
      String positionCode,
      String positionTitle,
      ShiftPattern shiftPattern,
      EmploymentKind employmentKind,
      BigDecimal employmentPercent,
      int employments,
      int modulesDone,
      Optional<LocalDate> completedOn) {}
}
