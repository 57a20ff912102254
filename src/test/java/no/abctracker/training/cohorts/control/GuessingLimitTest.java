package no.abctracker.training.cohorts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuessingLimitTest {

  static final Instant NOW = Instant.parse("2025-03-04T09:00:00Z");
  final GuessingLimit limit = GuessingLimit.CHECK_IN;

  @Test
  void nineWrongCodesInFifteenMinutesAreAllowedTheTenthLocks() {
    List<Instant> wrong = minutesAgo(14, 13, 12, 11, 10, 9, 8, 7, 6);
    assertThat(limit.lockedUntil(wrong, NOW)).isEmpty();

    wrong.add(NOW);
    assertThat(limit.lockedUntil(wrong, NOW))
        .as("until the oldest of the ten leaves the window")
        .hasValue(NOW.minus(Duration.ofMinutes(14)).plus(Duration.ofMinutes(15)));
  }

  @Test
  void theLockEndsWhenEnoughAttemptsAreOlderThanTheWindow() {
    List<Instant> wrong = minutesAgo(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    Instant until = limit.lockedUntil(wrong, NOW).orElseThrow();
    assertThat(until).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(limit.lockedUntil(wrong, until.minusSeconds(1))).isPresent();
    assertThat(limit.lockedUntil(wrong, until)).isEmpty();
  }

  @Test
  void attemptsOlderThanTheWindowDoNotCount() {
    List<Instant> wrong = minutesAgo(40, 30, 20, 16, 15, 5, 4, 3, 2, 1);
    assertThat(limit.lockedUntil(wrong, NOW)).isEmpty();
    assertThat(limit.forgetBefore(NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(15)));
  }

  @Test
  void moreThanTheLimitLocksUntilOnlyNineRemain() {
    List<Instant> wrong = minutesAgo(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    assertThat(limit.lockedUntil(wrong, NOW)).hasValue(NOW.plus(Duration.ofMinutes(5)));
  }

  private static List<Instant> minutesAgo(int... minutes) {
    List<Instant> times = new ArrayList<>();
    for (int m : minutes) {
      times.add(NOW.minus(Duration.ofMinutes(m)));
    }
    return times;
  }
}
