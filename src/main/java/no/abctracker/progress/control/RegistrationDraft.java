package no.abctracker.progress.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a coordinator registers: a course, or one of its modules, completed on a day, and why.
 * Shapes are checked by the boundary; the catalogue and the date by {@link ManualRegistrations}.
 */
public record RegistrationDraft(
    String courseCode, Optional<String> moduleCode, LocalDate completedOn, String reason) {

  public RegistrationDraft {
    Objects.requireNonNull(courseCode, "courseCode");
    Objects.requireNonNull(moduleCode, "moduleCode");
    Objects.requireNonNull(completedOn, "completedOn");
    Objects.requireNonNull(reason, "reason");
  }
}
