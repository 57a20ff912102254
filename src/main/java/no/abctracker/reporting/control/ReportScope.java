package no.abctracker.reporting.control;

import java.util.List;
import java.util.Optional;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Forbidden;
import no.abctracker.problems.MessageKey;
import no.abctracker.reporting.entity.CoverageReport;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.control.Visibility;
import no.abctracker.training.organisation.entity.OrgUnit;

/**
 * The units a caller's report covers: the whole municipality (administrators, coordinators), a unit
 * leader's subtrees, and within that the subtree of the {@code unit} parameter.
 */
final class ReportScope {

  private ReportScope() {}

  record Resolved(ScopeUnits units, Optional<CoverageReport.UnitRef> unit) {}

  static Resolved of(
      Units units, Municipality municipality, Visibility visibility, Optional<String> unitCode) {
    List<ScopeUnits.Unit> all = units.of(municipality).stream().map(ReportScope::unit).toList();
    if (unitCode.isPresent()) {
      OrgUnit chosen =
          units
              .find(municipality, unitCode.get())
              .orElseThrow(
                  () ->
                      new BadRequest(
                          "unit: no unit "
                              + unitCode.get()
                              + " in municipality "
                              + municipality.code()));
      if (!visibility.seesUnit(chosen.id())) {
        throw new Forbidden(MessageKey.UNIT_NOT_LED, chosen.code());
      }
      List<ScopeUnits.Unit> root = all.stream().filter(u -> u.id() == chosen.id()).toList();
      return new Resolved(
          new ScopeUnits(all, root),
          Optional.of(new CoverageReport.UnitRef(chosen.code(), chosen.name())));
    }
    List<ScopeUnits.Unit> roots =
        all.stream()
            .filter(u -> visibility.seesUnit(u.id()))
            .filter(u -> u.parentId() == null || !visibility.seesUnit(u.parentId()))
            .toList();
    return new Resolved(new ScopeUnits(all, roots), Optional.empty());
  }

  private static ScopeUnits.Unit unit(OrgUnit unit) {
    return new ScopeUnits.Unit(
        unit.id(),
        unit.code(),
        unit.name(),
        unit.unitType().name(),
        unit.parent().map(OrgUnit::id).orElse(null),
        unit.closedOn().orElse(null));
  }
}
