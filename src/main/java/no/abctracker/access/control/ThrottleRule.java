package no.abctracker.access.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How failures of one key (a user name, an LRS key, a client address) slow further attempts down:
 * after {@code freeFailures} failures, each within {@code window} of the one before, the key is
 * refused for a wait that starts at {@code firstWait} and doubles with each further failure up to
 * {@code longestWait}. Quiet for a whole window and not locked: forgotten.
 */
public record ThrottleRule(
    int freeFailures, Duration firstWait, Duration longestWait, Duration window) {

  /** A user name or key: 5 free failures, then 30 s doubling to 15 minutes. */
  public static final ThrottleRule PER_NAME =
      new ThrottleRule(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15));

  /** A client address, which many people may share (an office's NAT): 50 free failures. */
  public static final ThrottleRule PER_ADDRESS =
      new ThrottleRule(50, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15));

  /** The lock time of a key that has not been locked. */
  static final Instant NEVER_LOCKED = Instant.EPOCH;

  /** The failures of one key so far. */
  public record Failures(int count, Instant lastAt, Instant lockedUntil) {}

  /** The failures after one more at {@code now}. */
  public Failures next(Failures previous, Instant now) {
    // A key with free failures left is "locked until" the epoch, not until now: another node whose
    // clock is a few milliseconds behind this one's would read "now" as a lock and refuse everyone
    // behind that key, the right secret included, until its clock caught up.
    Failures current =
        previous == null || stale(previous, now) ? new Failures(0, now, NEVER_LOCKED) : previous;
    int count = current.count() + 1;
    Instant lockedUntil = current.lockedUntil();
    if (count >= freeFailures) {
      long doublings = Math.min(count - freeFailures, 20);
      Duration wait = firstWait.multipliedBy(1L << doublings);
      lockedUntil = now.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
    }
    return new Failures(count, now, lockedUntil);
  }

  /** Quiet for a whole window since the last failure, and not locked. */
  public boolean stale(Failures failures, Instant now) {
    return failures.lastAt().plus(window).isBefore(now) && !failures.lockedUntil().isAfter(now);
  }
}
