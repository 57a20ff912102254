package no.abctracker.training.cohorts.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import no.abctracker.problems.BadRequest;
import no.abctracker.training.organisation.control.Organisation;

/**
 * When a session is: the API speaks Norwegian wall-clock time (Europe/Oslo, no offset), the
 * database and the xAPI statements UTC. A time the clocks skip in spring does not exist and is
 * refused; a time that occurs twice in autumn is the first (summer time) one.
 */
public final class SessionSchedule {

  public static final ZoneId ZONE = Organisation.ZONE;

  private SessionSchedule() {}

  /** A session's start and end in UTC. */
  public record Times(Instant startsAt, Instant endsAt) {}

  /**
   * Checks a session's wall-clock times: both exist in Europe/Oslo, the end is after the start and
   * the start is on a day of the cohort's period.
   *
   * @throws BadRequest naming every problem
   */
  public static Times times(
      LocalDateTime startsAt, LocalDateTime endsAt, LocalDate cohortStart, LocalDate cohortEnd) {
    List<String> problems = new ArrayList<>();
    Instant start = instant("startsAt", startsAt, problems);
    Instant end = instant("endsAt", endsAt, problems);
    if (start != null && end != null && !end.isAfter(start)) {
      problems.add("endsAt: " + endsAt + " must be after startsAt " + startsAt);
    }
    LocalDate day = startsAt.toLocalDate();
    if (day.isBefore(cohortStart) || day.isAfter(cohortEnd)) {
      problems.add(
          "startsAt: "
              + day
              + " is outside the cohort's period "
              + cohortStart
              + " to "
              + cohortEnd);
    }
    if (!problems.isEmpty()) {
      throw new BadRequest(String.join("; ", problems));
    }
    return new Times(start, end);
  }

  /** The wall-clock time in Europe/Oslo of an instant. */
  public static LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZONE);
  }

  /** The day in Europe/Oslo of an instant. */
  public static LocalDate day(Instant instant) {
    return local(instant).toLocalDate();
  }

  private static Instant instant(String field, LocalDateTime local, List<String> problems) {
    if (ZONE.getRules().getValidOffsets(local).isEmpty()) {
      problems.add(
          field
              + ": "
              + local
              + " does not exist in Norwegian time (the clocks jump forward an hour then)");
      return null;
    }
    return ZonedDateTime.ofLocal(local, ZONE, null).toInstant();
  }
}
