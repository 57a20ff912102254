package no.abctracker.reporting.entity;

import java.util.OptionalDouble;

/**
 * The six figures of a coverage row. Headcount counts persons (once, however many employments they
 * hold in the group); FTE sums the employment percents of the group's employments, as full-time
 * equivalents (100 % = 1.0). A coverage is empty when there is nothing to divide by: a group
 * without persons, or (FTE) of on-call staff only.
 */
public record Figures(int headcount, int completed, double fte, double fteCompleted) {

  public static final Figures NONE = new Figures(0, 0, 0, 0);

  public OptionalDouble coverage() {
    return headcount == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) completed / headcount);
  }

  public OptionalDouble fteCoverage() {
    return fte == 0 ? OptionalDouble.empty() : OptionalDouble.of(fteCompleted / fte);
  }
}
