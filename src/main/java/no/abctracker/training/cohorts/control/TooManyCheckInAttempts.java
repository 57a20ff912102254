package no.abctracker.training.cohorts.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.abctracker.problems.Problem;

/**
 * A user, or a client address, that typed too many wrong check-in codes is refused for a while (429
 * with {@code Retry-After}), so codes cannot be guessed.
 */
public class TooManyCheckInAttempts extends Problem {

  private final long retryAfterSeconds;

  public TooManyCheckInAttempts(Instant now, Instant lockedUntil, GuessingLimit limit) {
    this(
        "Too many wrong check-in codes ("
            + limit.maxWrongAttempts()
            + " in "
            + limit.window().toMinutes()
            + " minutes)",
        now,
        lockedUntil);
  }

  /** Too many wrong codes from one client address, whoever typed them. */
  static TooManyCheckInAttempts fromAddress(Instant now, Instant lockedUntil) {
    return new TooManyCheckInAttempts(
        "Too many wrong check-in codes from this network lately", now, lockedUntil);
  }

  private TooManyCheckInAttempts(String what, Instant now, Instant lockedUntil) {
    super(
        429,
        "Too Many Requests",
        what
            + "; try again in "
            + minutes(now, lockedUntil)
            + " minutes, or ask the facilitator to record your attendance");
    this.retryAfterSeconds = Math.max(1, Duration.between(now, lockedUntil).toSeconds());
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", Long.toString(retryAfterSeconds));
  }

  private static long minutes(Instant now, Instant until) {
    return Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
  }
}
