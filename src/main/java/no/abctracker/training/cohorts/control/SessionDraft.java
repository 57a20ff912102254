package no.abctracker.training.cohorts.control;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.abctracker.training.cohorts.entity.SessionKind;

/**
 * A session as a coordinator sends it: wall-clock times in Europe/Oslo; without a number it becomes
 * the cohort's next one.
 */
public record SessionDraft(
    Optional<Integer> number,
    SessionKind kind,
    String title,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    Optional<String> location,
    Set<String> moduleCodes) {

  public SessionDraft {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(location, "location");
    moduleCodes = Set.copyOf(moduleCodes);
  }
}
