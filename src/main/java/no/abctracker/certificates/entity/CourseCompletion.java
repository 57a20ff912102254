package no.abctracker.certificates.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.abctracker.kernel.MunicipalTime;

/**
 * A person's completion of a course, as the progress projection keeps it.
 *
 * @param completedAt the instant (UTC) of the statement that completed it
 * @param basis how: {@code MODULES}, {@code ATTENDANCE} or {@code REGISTERED}
 * @param versionCode the course version whose rule was met, if known
 * @param statementId the statement that completed it
 */
public record CourseCompletion(
    long personId,
    String courseCode,
    Instant completedAt,
    String basis,
    Optional<String> versionCode,
    String statementId) {

  public CourseCompletion {
    Objects.requireNonNull(courseCode, "courseCode");
    Objects.requireNonNull(completedAt, "completedAt");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(versionCode, "versionCode");
    Objects.requireNonNull(statementId, "statementId");
  }

  /** The Norwegian calendar day it was completed on. */
  public LocalDate completedOn() {
    return completedAt.atZone(MunicipalTime.ZONE).toLocalDate();
  }

  /** "Completed as of {@code date}": completed at or before the end of that day in Europe/Oslo. */
  public boolean countsOn(LocalDate date) {
    return !completedOn().isAfter(date);
  }
}
