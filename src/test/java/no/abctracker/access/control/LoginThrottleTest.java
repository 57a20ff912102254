package no.abctracker.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock the test moves by hand. */
  static final class Hands extends Clock {
    Instant now = Instant.parse("2026-03-02T08:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }
  }

  final Hands clock = new Hands();
  final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void fourFailuresCostNothingTheFifthLocksTheUserForThirtySeconds() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("kari", "10.0.0.1");
    }
    assertThat(throttle.waitBefore("kari", "10.0.0.1")).isEmpty();
    throttle.failed("kari", "10.0.0.1");
    assertThat(throttle.waitBefore("kari", "10.0.0.9")).hasValue(Duration.ofSeconds(30));
    assertThat(throttle.waitBefore("KARI ", "10.0.0.9"))
        .as("names are not case-sensitive")
        .isPresent();
    assertThat(throttle.waitBefore("ola", "10.0.0.1")).as("another user may try").isEmpty();

    clock.advance(Duration.ofSeconds(31));
    assertThat(throttle.waitBefore("kari", "10.0.0.1")).isEmpty();
  }

  @Test
  void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("kari", "a");
    }
    Duration expected = Duration.ofSeconds(30);
    for (int i = 0; i < 8; i++) {
      clock.advance(throttle.waitBefore("kari", "a").orElseThrow());
      throttle.failed("kari", "a");
      expected = expected.multipliedBy(2);
      Duration capped =
          expected.compareTo(LoginThrottle.LONGEST_WAIT) > 0
              ? LoginThrottle.LONGEST_WAIT
              : expected;
      assertThat(throttle.waitBefore("kari", "a")).hasValue(capped);
    }
  }

  @Test
  void aSuccessForgetsTheFailuresOfThatUser() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("kari", "a");
    }
    throttle.succeeded("kari");
    throttle.failed("kari", "a");
    assertThat(throttle.waitBefore("kari", "a")).isEmpty();
  }

  @Test
  void failuresAQuietWindowAgoAreForgotten() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("kari", "a");
    }
    clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
    throttle.failed("kari", "a");
    assertThat(throttle.waitBefore("kari", "a")).isEmpty();
  }

  @Test
  void manyUsersGuessedFromOneAddressLockThatAddress() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
      throttle.failed("user" + i, "192.0.2.7");
    }
    assertThat(throttle.waitBefore("someone-else", "192.0.2.7")).isPresent();
    assertThat(throttle.waitBefore("someone-else", "192.0.2.8")).isEmpty();
  }
}
