package no.abctracker.web.workspace.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.entity.Employment;
import no.abctracker.training.organisation.entity.OrgUnit;
import no.abctracker.training.organisation.entity.UnitType;
import no.abctracker.web.signin.boundary.CurrentUser;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The units tree (a unit leader's own units with everything below them), with the staff active in
 * each unit today; for coordinators also the units CSV upload with a preview.
 */
@Named
@ViewScoped
public class UnitsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser me;
  @Inject Units units;
  @Inject Staff staff;
  @Inject Clock clock;

  /** One unit as the tree shows it; {@code staff} counts persons active in it today. */
  public record UnitRow(String code, String name, UnitType unitType, int staff)
      implements Serializable {}

  private TreeNode<UnitRow> root;
  private int unitCount;
  private final CsvUpload<Units.Outcome> upload = new CsvUpload<>();

  public void load() {
    Municipality municipality = me.municipality();
    LocalDate today = LocalDate.now(clock.withZone(Organisation.ZONE));
    Map<Long, Set<Long>> personsByUnit = new HashMap<>();
    for (Staff.Member member :
        staff.activeOn(municipality, today, me.visibility(), Optional.empty())) {
      for (Employment employment : member.employments()) {
        personsByUnit
            .computeIfAbsent(employment.unit().id(), k -> new HashSet<>())
            .add(member.person().id());
      }
    }
    root = new DefaultTreeNode<>(new UnitRow("", "", UnitType.OTHER, 0), null);
    unitCount = 0;
    for (Units.Node node : units.tree(municipality, rootsOf(me.user()))) {
      add(node, root, personsByUnit);
    }
  }

  private void add(Units.Node node, TreeNode<UnitRow> parent, Map<Long, Set<Long>> persons) {
    OrgUnit unit = node.unit();
    TreeNode<UnitRow> treeNode =
        new DefaultTreeNode<>(
            new UnitRow(
                unit.code(),
                unit.name(),
                unit.unitType(),
                persons.getOrDefault(unit.id(), Set.of()).size()),
            parent);
    treeNode.setExpanded(true);
    unitCount++;
    node.children().forEach(child -> add(child, treeNode, persons));
  }

  /** The roots of the tree a user sees: a unit leader's units, everyone else's top units. */
  public static Optional<Set<String>> rootsOf(ApiUser user) {
    return user.role() == Role.UNIT_LEADER ? Optional.of(user.unitCodes()) : Optional.empty();
  }

  public void preview() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    upload.preview(csv -> units.preview(me.municipality(), csv));
  }

  public void importFile() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    upload.apply(csv -> units.replace(me.municipality(), csv));
    if (upload.getImported() != null) {
      load();
    }
  }

  public void cancel() {
    upload.clear();
  }

  public TreeNode<UnitRow> getRoot() {
    return root;
  }

  public int getUnitCount() {
    return unitCount;
  }

  public CsvUpload<Units.Outcome> getUpload() {
    return upload;
  }
}
