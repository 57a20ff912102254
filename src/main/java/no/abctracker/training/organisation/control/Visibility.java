package no.abctracker.training.organisation.control;

import java.util.Set;

/**
 * Whose staff records a caller may see in one municipality: everything (system administrator,
 * coordinator), the units of a unit leader's subtrees, or a staff member's own record.
 */
public record Visibility(boolean everything, Set<Long> unitIds, String ownEmployeeId) {

  public Visibility {
    unitIds = Set.copyOf(unitIds);
  }

  public static Visibility all() {
    return new Visibility(true, Set.of(), null);
  }

  public boolean seesUnit(long unitId) {
    return everything || unitIds.contains(unitId);
  }

  public boolean seesStaffLists() {
    return ownEmployeeId == null;
  }
}
