package no.abctracker.reporting.entity;

import java.util.Arrays;
import java.util.Optional;

/** What a coverage report's rows are: the values of {@code groupBy}. */
public enum Grouping {
  UNIT("unit"),
  SHIFT_PATTERN("shift_pattern"),
  EMPLOYMENT_BAND("employment_band"),
  POSITION_CODE("position_code"),
  EMPLOYMENT_KIND("employment_kind");

  private final String parameter;

  Grouping(String parameter) {
    this.parameter = parameter;
  }

  /** The value in the API ({@code shift_pattern}). */
  public String parameter() {
    return parameter;
  }

  public static Optional<Grouping> parse(String value) {
    return Arrays.stream(values()).filter(g -> g.parameter.equals(value)).findFirst();
  }
}
