package no.abctracker.access.control;

import java.time.Duration;
import java.util.Map;
import no.abctracker.problems.Problem;

/** Too many failed sign-ins for a name or from an address lately: 429 with {@code Retry-After}. */
public class TooManySignInAttempts extends Problem {

  private final long retryAfterSeconds;

  public TooManySignInAttempts(Duration wait) {
    super(
        429,
        "Too Many Requests",
        "Too many failed sign-ins for this name or from this address; try again in "
            + seconds(wait)
            + " seconds");
    this.retryAfterSeconds = seconds(wait);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", Long.toString(retryAfterSeconds));
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
