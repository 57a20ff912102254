package no.abctracker.reporting.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.abctracker.text.NorwegianOrder;

/**
 * The units a report covers, in tree order (each unit followed by the units below it, siblings by
 * name), each with the chain of units its employments count in: itself and every unit above it up
 * to the report's top units. The hierarchy is today's, so a unit that moved counts under its new
 * parent, also in reports as of earlier dates.
 */
final class ScopeUnits {

  /** A unit of the municipality as the tree needs it. */
  record Unit(
      long id, String code, String name, String unitType, Long parentId, LocalDate closedOn) {

    /** Closed on day D by an import that day: gone as of D. */
    boolean openOn(LocalDate day) {
      return closedOn == null || day.isBefore(closedOn);
    }
  }

  /** A unit in tree order with its place relative to the report's top units. */
  record Placed(Unit unit, int index, int depth, Optional<String> parentCode) {}

  private final List<Placed> ordered = new ArrayList<>();
  private final Map<Long, int[]> chains = new HashMap<>();
  private final Map<Long, Unit> byId = new HashMap<>();

  /**
   * @param roots the report's top units: the whole municipality's top units, a unit leader's own
   *     units, or the one unit the report is limited to
   */
  ScopeUnits(List<Unit> all, List<Unit> roots) {
    Map<Long, List<Unit>> children = new HashMap<>();
    for (Unit unit : all) {
      byId.put(unit.id(), unit);
      if (unit.parentId() != null) {
        children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
      }
    }
    Comparator<Unit> byName = NorwegianOrder.by(Unit::name).thenComparing(Unit::code);
    children.values().forEach(list -> list.sort(byName));
    List<Unit> tops = new ArrayList<>(roots);
    tops.sort(byName);
    for (Unit top : tops) {
      place(top, 0, Optional.empty(), new int[0], children);
    }
  }

  private void place(
      Unit unit, int depth, Optional<String> parentCode, int[] above, Map<Long, List<Unit>> below) {
    if (chains.containsKey(unit.id())) {
      return; // a unit leader's roots may lie below one another: count each unit once
    }
    int index = ordered.size();
    ordered.add(new Placed(unit, index, depth, parentCode));
    int[] chain = java.util.Arrays.copyOf(above, above.length + 1);
    chain[above.length] = index;
    chains.put(unit.id(), chain);
    for (Unit child : below.getOrDefault(unit.id(), List.of())) {
      place(child, depth + 1, Optional.of(unit.code()), chain, below);
    }
  }

  /** The report's top units and every unit below them, in tree order. */
  List<Placed> ordered() {
    return ordered;
  }

  boolean contains(long unitId) {
    return chains.containsKey(unitId);
  }

  Set<Long> ids() {
    return chains.keySet();
  }

  /** Any unit of the municipality, in the scope or not. */
  Unit unit(long unitId) {
    return byId.get(unitId);
  }

  /** The indexes (in {@link #ordered}) of the unit and the units above it within the scope. */
  int[] chainOf(long unitId) {
    return chains.get(unitId);
  }
}
