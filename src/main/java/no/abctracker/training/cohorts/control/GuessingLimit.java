package no.abctracker.training.cohorts.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How many wrong check-in codes a user may try: after {@code maxWrongAttempts} within {@code
 * window} they are refused until enough of those attempts are older than the window. Refused
 * attempts are not counted, so a lock-out ends at the latest one window after it began.
 */
public record GuessingLimit(int maxWrongAttempts, Duration window) {

  /** 10 wrong codes in 15 minutes. */
  public static final GuessingLimit CHECK_IN = new GuessingLimit(10, Duration.ofMinutes(15));

  public GuessingLimit {
    if (maxWrongAttempts < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("A guessing limit needs attempts and a window");
    }
  }

  /** Until when a user with these wrong attempts is refused; empty when they may try now. */
  public Optional<Instant> lockedUntil(Collection<Instant> wrongAttempts, Instant now) {
    Instant windowStart = now.minus(window);
    List<Instant> recent =
        wrongAttempts.stream()
            .filter(a -> a.isAfter(windowStart) && !a.isAfter(now))
            .sorted()
            .toList();
    if (recent.size() < maxWrongAttempts) {
      return Optional.empty();
    }
    return Optional.of(recent.get(recent.size() - maxWrongAttempts).plus(window));
  }

  /** Attempts before this no longer matter and may be forgotten. */
  public Instant forgetBefore(Instant now) {
    return now.minus(window);
  }
}
