package no.abctracker.reporting.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.ShiftPattern;

/**
 * An employment as a report counts it, with the time its person completed the report's course.
 *
 * @param end the last day, or null when open-ended
 * @param completedAt null when the person has not completed the course (or it was withdrawn)
 */
record CountedEmployment(
    long personId,
    long unitId,
    BigDecimal percent,
    ShiftPattern shiftPattern,
    EmploymentKind kind,
    String positionCode,
    String positionTitle,
    LocalDate start,
    LocalDate end,
    Instant completedAt) {

  /**
   * Active on a day when it has started and not ended before it (the end date is a working day).
   */
  boolean activeOn(LocalDate day) {
    return !start.isAfter(day) && (end == null || !end.isBefore(day));
  }

  /** Completed before {@code cutoff}: the start of the day after the report's date, in Norway. */
  boolean completedBefore(Instant cutoff) {
    return completedAt != null && completedAt.isBefore(cutoff);
  }

  double fte() {
    return percent.doubleValue() / 100;
  }
}
