package no.abctracker.reporting.entity;

import java.util.Optional;

/**
 * One group of a coverage report.
 *
 * @param key the group's value: unit code, shift pattern, band key, position code or kind
 * @param label for people: unit name, position title, band label; the key otherwise
 * @param figures the counts; {@code suppressed} rows carry them for nobody to show
 * @param suppressed fewer persons than the report's minimum cell size: show no figures
 * @param unit for unit rows: the place in the tree; empty for other groupings
 */
public record CoverageRow(
    String key, String label, Figures figures, boolean suppressed, Optional<UnitPlace> unit) {

  /**
   * Where a unit row sits: its parent's code (empty for a top unit of the report), its depth (0 for
   * the report's top units) and that its figures include every unit below it.
   */
  public record UnitPlace(Optional<String> parentCode, int depth, String unitType) {

    /** Unit rows always include their subtree: say so wherever the figures go. */
    public boolean includesSubunits() {
      return true;
    }
  }
}
