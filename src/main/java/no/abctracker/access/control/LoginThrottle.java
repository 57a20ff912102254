package no.abctracker.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing at the login form: after {@link #FREE_FAILURES} failed logins for
 * one user name (or {@link #FREE_FAILURES_PER_ADDRESS} from one address), each within {@link
 * #WINDOW} of the one before, further attempts are refused, without checking the password, for a
 * wait that starts at {@link #FIRST_WAIT} and doubles with each further failure up to {@link
 * #LONGEST_WAIT}. A successful login clears the user name's count. Kept in memory: on several nodes
 * each slows down on its own.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final int FREE_FAILURES_PER_ADDRESS = 50;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  private static final int MAX_TRACKED = 100_000;

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  @Inject
  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** For CDI's proxy only. */
  protected LoginThrottle() {
    this.clock = null;
  }

  /** How long {@code username} from {@code address} must still wait, or empty when it may try. */
  public Optional<Duration> waitBefore(String username, String address) {
    Instant now = clock.instant();
    Duration wait = max(waitOf(userKey(username), now), waitOf(addressKey(address), now));
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    if (failures.size() > MAX_TRACKED) {
      failures.values().removeIf(f -> f.stale(now));
    }
    failures.compute(userKey(username), (k, f) -> Failures.next(f, now, FREE_FAILURES));
    failures.compute(
        addressKey(address), (k, f) -> Failures.next(f, now, FREE_FAILURES_PER_ADDRESS));
  }

  public void succeeded(String username) {
    failures.remove(userKey(username));
  }

  private Duration waitOf(String key, Instant now) {
    Failures f = failures.get(key);
    if (f == null || !f.lockedUntil.isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, f.lockedUntil);
  }

  private static String userKey(String username) {
    return "user:" + String.valueOf(username).strip().toLowerCase(Locale.ROOT);
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Failures of one key, the last one, and until when the key is locked. */
  private record Failures(int count, Instant lastAt, Instant lockedUntil) {

    static Failures next(Failures previous, Instant now, int free) {
      Failures current =
          previous == null || previous.stale(now) ? new Failures(0, now, now) : previous;
      int count = current.count + 1;
      Instant lockedUntil = current.lockedUntil;
      if (count >= free) {
        long doublings = Math.min(count - free, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
          wait = LONGEST_WAIT;
        }
        lockedUntil = now.plus(wait);
      }
      return new Failures(count, now, lockedUntil);
    }

    /** Quiet for a whole window since the last failure, and not locked: forgotten. */
    boolean stale(Instant now) {
      return lastAt.plus(WINDOW).isBefore(now) && !lockedUntil.isAfter(now);
    }
  }
}
