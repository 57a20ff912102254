package no.abctracker.training.superusers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.abctracker.problems.BadRequest;

/**
 * The days an appointment runs: from a date, to a date or open-ended, both inclusive (as an
 * employment's start and end date).
 */
@Embeddable
public class AppointmentPeriod {

  @Column(name = "from_date", nullable = false)
  private LocalDate fromDate;

  @Column(name = "to_date")
  private LocalDate toDate;

  protected AppointmentPeriod() {}

  private AppointmentPeriod(LocalDate from, LocalDate to) {
    this.fromDate = from;
    this.toDate = to;
  }

  /**
   * @throws BadRequest when {@code from} is missing or {@code to} is before it
   */
  public static AppointmentPeriod of(LocalDate from, LocalDate to) {
    if (from == null) {
      throw new BadRequest("from: the first day of the appointment (YYYY-MM-DD) is required");
    }
    if (to != null && to.isBefore(from)) {
      throw new BadRequest("to: " + to + " is before from " + from);
    }
    return new AppointmentPeriod(from, to);
  }

  public LocalDate from() {
    return fromDate;
  }

  public Optional<LocalDate> to() {
    return Optional.ofNullable(toDate);
  }

  public boolean contains(LocalDate date) {
    return !fromDate.isAfter(date) && (toDate == null || !toDate.isBefore(date));
  }

  /** True when the two periods share at least one day. */
  public boolean overlaps(AppointmentPeriod other) {
    return (toDate == null || !toDate.isBefore(other.fromDate))
        && (other.toDate == null || !other.toDate.isBefore(fromDate));
  }

  /** This period ending on {@code last} instead. */
  public AppointmentPeriod endingOn(LocalDate last) {
    return of(fromDate, last);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AppointmentPeriod that
        && fromDate.equals(that.fromDate)
        && Objects.equals(toDate, that.toDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fromDate, toDate);
  }

  @Override
  public String toString() {
    return fromDate + ".." + (toDate == null ? "" : toDate);
  }
}
