package no.abctracker.training.cohorts.entity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a coordinator decides about a cohort: its name, the course version it runs, its period and
 * its ABC contact.
 */
public record CohortTerms(
    String name,
    Optional<String> description,
    String courseCode,
    String versionCode,
    LocalDate startDate,
    LocalDate endDate,
    Optional<AbcContact> contact) {

  public CohortTerms {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(courseCode, "courseCode");
    Objects.requireNonNull(versionCode, "versionCode");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDate, "endDate");
    Objects.requireNonNull(contact, "contact");
  }
}
