package no.abctracker.reporting.entity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The part-time bands KS uses: on call (0 %), 1–49, 50–74, 75–99 and full time (100 %). KS counts a
 * person once, by the sum of their positions: a person at 75 % + 25 % is one person in 100, not one
 * in 75–99 and one in 1–49 ({@link #of} is given that sum; over 100 is full time).
 */
public enum EmploymentBand {
  ZERO("0", "0 %"),
  UNDER_50("1-49", "1–49 %"),
  UNDER_75("50-74", "50–74 %"),
  UNDER_100("75-99", "75–99 %"),
  FULL("100", "100 %");

  private final String key;
  private final String label;

  EmploymentBand(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The row key in reports and the value of the {@code employment_band} filter. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** Fractions round up into the next band only at a whole percent: 49.5 % is in 1–49. */
  public static EmploymentBand of(BigDecimal percent) {
    if (percent.signum() == 0) {
      return ZERO;
    }
    if (percent.compareTo(BigDecimal.valueOf(50)) < 0) {
      return UNDER_50;
    }
    if (percent.compareTo(BigDecimal.valueOf(75)) < 0) {
      return UNDER_75;
    }
    if (percent.compareTo(BigDecimal.valueOf(100)) < 0) {
      return UNDER_100;
    }
    return FULL;
  }

  public static Optional<EmploymentBand> parse(String key) {
    return Arrays.stream(values()).filter(b -> b.key.equals(key)).findFirst();
  }
}
