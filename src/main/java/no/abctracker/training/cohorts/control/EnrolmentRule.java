package no.abctracker.training.cohorts.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.abctracker.problems.BadRequest;
import no.abctracker.training.organisation.entity.ShiftPattern;

/**
 * Which staff a rule enrols: everyone with an employment active today that is in the unit's
 * subtree, has the shift pattern and has the position code, for those of the three the rule names
 * (at least one; a rule without any would enrol the whole municipality).
 */
public record EnrolmentRule(
    Optional<String> unitCode, Optional<ShiftPattern> shiftPattern, Optional<String> positionCode) {

  public EnrolmentRule {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(shiftPattern, "shiftPattern");
    Objects.requireNonNull(positionCode, "positionCode");
    List<String> problems = new ArrayList<>();
    if (unitCode.isEmpty() && shiftPattern.isEmpty() && positionCode.isEmpty()) {
      problems.add("a rule needs at least one of unitCode, shiftPattern and positionCode");
    }
    positionCode
        .filter(p -> !p.matches("\\d{4}"))
        .ifPresent(
            p -> problems.add("positionCode: '" + p + "' is not a 4-digit KS position code"));
    if (!problems.isEmpty()) {
      throw new BadRequest(String.join("; ", problems));
    }
  }

  /**
   * Whether an employment matches; {@code unitSubtree} holds the ids of the rule's unit and every
   * unit below it (ignored when the rule names no unit).
   */
  public boolean matches(
      Set<Long> unitSubtree, long unitId, ShiftPattern employmentShift, String employmentPosition) {
    return (unitCode.isEmpty() || unitSubtree.contains(unitId))
        && shiftPattern.map(s -> s == employmentShift).orElse(true)
        && positionCode.map(p -> p.equals(employmentPosition)).orElse(true);
  }
}
