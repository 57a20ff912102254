package no.abctracker.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleRuleTest {

  final ThrottleRule rule = ThrottleRule.PER_NAME;
  Instant now = Instant.parse("2026-03-02T08:00:00Z");
  ThrottleRule.Failures failures;

  void fail() {
    failures = rule.next(failures, now);
  }

  Duration waitNow() {
    return failures == null || !failures.lockedUntil().isAfter(now)
        ? Duration.ZERO
        : Duration.between(now, failures.lockedUntil());
  }

  @Test
  void fourFailuresCostNothingTheFifthLocksForThirtySeconds() {
    for (int i = 0; i < 4; i++) {
      fail();
    }
    assertThat(waitNow()).isZero();
    fail();
    assertThat(waitNow()).isEqualTo(Duration.ofSeconds(30));
    now = now.plusSeconds(31);
    assertThat(waitNow()).isZero();
  }

  @Test
  void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
    for (int i = 0; i < 5; i++) {
      fail();
    }
    Duration expected = Duration.ofSeconds(30);
    for (int i = 0; i < 8; i++) {
      now = now.plus(waitNow());
      fail();
      expected = expected.multipliedBy(2);
      assertThat(waitNow())
          .isEqualTo(expected.compareTo(rule.longestWait()) > 0 ? rule.longestWait() : expected);
    }
  }

  @Test
  void failuresAQuietWindowAgoAreForgotten() {
    for (int i = 0; i < 4; i++) {
      fail();
    }
    now = now.plus(rule.window()).plusSeconds(1);
    assertThat(rule.stale(failures, now)).isTrue();
    fail();
    assertThat(failures.count()).isEqualTo(1);
    assertThat(waitNow()).isZero();
  }

  @Test
  void anAddressMaySeeTenTimesAsManyFailuresAsOneName() {
    ThrottleRule.Failures address = null;
    for (int i = 0; i < ThrottleRule.PER_ADDRESS.freeFailures() - 1; i++) {
      address = ThrottleRule.PER_ADDRESS.next(address, now);
    }
    assertThat(address.lockedUntil()).isBefore(now);
    address = ThrottleRule.PER_ADDRESS.next(address, now);
    assertThat(address.lockedUntil()).isAfter(now);
  }

  @Test
  void aKeyWithFreeFailuresLeftIsNotLockedForANodeWhoseClockIsBehind() {
    ThrottleRule.Failures one = ThrottleRule.PER_NAME.next(null, now);
    Instant otherNode = now.minusMillis(20);
    assertThat(one.lockedUntil().isAfter(otherNode))
        .as("a clock 20 ms behind must not see a lock after one failure")
        .isFalse();
  }
}
