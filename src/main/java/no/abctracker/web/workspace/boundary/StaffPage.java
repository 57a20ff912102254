package no.abctracker.web.workspace.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.entity.Employment;
import no.abctracker.web.faces.Formats;
import no.abctracker.web.privacy.boundary.PersonalPage;
import no.abctracker.web.signin.boundary.CurrentUser;

/**
 * The staff with an employment active on a date, optionally in one unit's subtree: the same {@link
 * Staff#activeOn} as {@code GET …/staff}, so a unit leader sees only their units' staff.
 */
@Named
@ViewScoped
public class StaffPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser me;
  @Inject Staff staff;
  @Inject Units units;
  @Inject Formats formats;
  @Inject Clock clock;

  /** A person as one row: their active employments on the date summed up. */
  public record StaffRow(
      String employeeId,
      String fullName,
      String email,
      String units,
      String positions,
      BigDecimal percent,
      String shiftPatterns,
      String kinds)
      implements Serializable {}

  /** A unit to filter by, indented by its depth in the tree. */
  public record UnitOption(String code, String label) implements Serializable {

    /** The units of {@code forest} in tree order, each indented by its depth. */
    public static List<UnitOption> treeOf(List<Units.Node> forest) {
      List<UnitOption> options = new ArrayList<>();
      forest.forEach(node -> add(node, 0, options));
      return options;
    }

    private static void add(Units.Node node, int depth, List<UnitOption> options) {
      options.add(new UnitOption(node.unit().code(), "\u2003".repeat(depth) + node.unit().name()));
      node.children().forEach(child -> add(child, depth + 1, options));
    }
  }

  private LocalDate date;
  private String unit;
  private List<StaffRow> rows = List.of();
  private List<StaffRow> filtered;
  private List<UnitOption> unitOptions = List.of();

  @PersonalPage
  public void load() {
    Municipality municipality = me.municipality();
    if (date == null) {
      date = LocalDate.now(clock.withZone(Organisation.ZONE));
    }
    unitOptions = UnitOption.treeOf(units.tree(municipality, UnitsPage.rootsOf(me.user())));
    Optional<Set<Long>> subtree =
        Optional.ofNullable(unit)
            .filter(u -> !u.isBlank())
            .map(u -> units.subtreeIds(municipality, Set.of(units.get(municipality, u).code())));
    rows =
        staff.activeOn(municipality, date, me.visibility(), subtree).stream()
            .map(this::row)
            .toList();
    filtered = null;
  }

  private StaffRow row(Staff.Member member) {
    List<Employment> employments = member.employments();
    return new StaffRow(
        member.person().employeeId(),
        member.person().fullName(),
        member.person().email().orElse(""),
        join(employments.stream().map(e -> e.unit().name())),
        join(employments.stream().map(Employment::positionTitle)),
        employments.stream()
            .map(Employment::employmentPercent)
            .reduce(BigDecimal.ZERO, BigDecimal::add),
        join(employments.stream().map(e -> formats.label(e.shiftPattern()))),
        join(employments.stream().map(e -> formats.label(e.employmentKind()))));
  }

  private static String join(Stream<String> values) {
    return values.collect(Collectors.toCollection(LinkedHashSet::new)).stream()
        .collect(Collectors.joining(", "));
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public List<StaffRow> getRows() {
    return rows;
  }

  public List<StaffRow> getFiltered() {
    return filtered;
  }

  public void setFiltered(List<StaffRow> filtered) {
    this.filtered = filtered;
  }

  public List<UnitOption> getUnitOptions() {
    return unitOptions;
  }
}
