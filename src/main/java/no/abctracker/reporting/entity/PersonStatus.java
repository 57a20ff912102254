package no.abctracker.reporting.entity;

import java.util.Arrays;
import java.util.Optional;

/** Which active persons a people list holds: the gaps (default), the completed, or everyone. */
public enum PersonStatus {
  NOT_COMPLETED("not_completed"),
  COMPLETED("completed"),
  ALL("all");

  private final String parameter;

  PersonStatus(String parameter) {
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }

  public static Optional<PersonStatus> parse(String value) {
    return Arrays.stream(values()).filter(s -> s.parameter.equals(value)).findFirst();
  }
}
