package no.abctracker.training.cohorts.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** When and where a session is, what it covers; times in UTC. */
public record SessionPlan(
    int number,
    SessionKind kind,
    String title,
    Instant startsAt,
    Instant endsAt,
    Optional<String> location,
    Set<String> moduleCodes) {

  public SessionPlan {
    if (number < 1) {
      throw new IllegalArgumentException("A session number starts at 1, was " + number);
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    if (!endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("A session ends after it starts");
    }
    Objects.requireNonNull(location, "location");
    moduleCodes = Set.copyOf(moduleCodes);
  }
}
