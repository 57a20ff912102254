package no.abctracker.training.superusers.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.abctracker.training.organisation.entity.ShiftPattern;
import no.abctracker.training.superusers.entity.Shift;
import no.abctracker.training.superusers.entity.SuperUserRule;

/**
 * The super-user coverage rules, as one pure computation from what is true on a date:
 *
 * <ul>
 *   <li>A unit runs the shifts its active employments' patterns cover (employments in the unit
 *       itself, not below it).
 *   <li>A unit's technologies are those configured for it (a rule, with its minimum per shift) and
 *       those it has active appointments for; one without a rule needs {@value
 *       SuperUserRule#DEFAULT_MINIMUM} qualified super-user per shift (a rule of 0 shows it without
 *       requiring anything).
 *   <li>A super-user is present on shift S of unit U when the appointment (for U) is active and
 *       qualified on the date and the person has an active employment in U whose pattern covers S.
 *   <li>A cell (unit, technology, shift) is covered when at least the required number are present;
 *       every other cell is a gap. An appointee who is not qualified, or has no active employment
 *       in the unit (and so covers nothing there), is a finding of its own.
 * </ul>
 *
 * The inputs are already limited to the date (active employments, active appointments).
 */
public final class CoverageMatrix {

  private CoverageMatrix() {}

  /** A unit in scope. */
  public record Unit(long id, String code, String name) {}

  /** An employment active on the date. */
  public record Working(long personId, long unitId, ShiftPattern pattern) {}

  /** An appointment active on the date, with the appointee's qualification on that date. */
  public record Appointee(
      long appointmentId,
      long personId,
      String employeeId,
      String fullName,
      long unitId,
      String technology,
      Qualification qualification) {}

  /** A configured rule: unit U uses technology T and needs this many per shift. */
  public record Requirement(long unitId, String technology, int minimumPerShift) {}

  /** The qualified super-users present on one shift of a unit for a technology. */
  public record Cell(Shift shift, int required, List<Appointee> present) {
    public Cell {
      present = List.copyOf(present);
    }

    public int count() {
      return present.size();
    }

    public boolean covered() {
      return present.size() >= required;
    }
  }

  /** One technology of one unit: a cell per shift the unit runs. */
  public record Row(String technology, boolean configured, int minimumPerShift, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One unit: the shifts it runs in their natural order (day, evening, night, weekend day, weekend
   * evening) and a row per technology.
   */
  public record UnitRows(Unit unit, List<Shift> shifts, List<Row> rows) {
    public UnitRows {
      shifts = List.copyOf(shifts);
      rows = List.copyOf(rows);
    }
  }

  /** Something a coordinator should act on. */
  public sealed interface Finding permits Gap, NotQualified, NotWorkingInUnit {
    Unit unit();

    String technology();
  }

  /** Fewer qualified super-users present on a shift than required. */
  public record Gap(Unit unit, String technology, Shift shift, int required, int count)
      implements Finding {}

  /** An appointee who lacks prerequisites on the date. */
  public record NotQualified(Unit unit, String technology, Appointee appointee)
      implements Finding {}

  /** An appointee with no active employment in the unit: covers no shift there. */
  public record NotWorkingInUnit(Unit unit, String technology, Appointee appointee)
      implements Finding {}

  /** The matrix and its findings, units in the given order. */
  public record Result(LocalDate asOf, List<UnitRows> units, List<Finding> findings) {
    public Result {
      units = List.copyOf(units);
      findings = List.copyOf(findings);
    }

    public List<Gap> gaps() {
      return findings.stream().filter(Gap.class::isInstance).map(Gap.class::cast).toList();
    }
  }

  public static Result of(
      LocalDate asOf,
      List<Unit> units,
      List<Working> working,
      List<Appointee> appointees,
      List<Requirement> configured,
      Comparator<String> technologyOrder) {
    Map<Long, Map<Long, Set<Shift>>> shiftsByUnitAndPerson = new HashMap<>();
    for (Working w : working) {
      shiftsByUnitAndPerson
          .computeIfAbsent(w.unitId(), u -> new HashMap<>())
          .computeIfAbsent(w.personId(), p -> EnumSet.noneOf(Shift.class))
          .addAll(Shift.coveredBy(w.pattern()));
    }
    Map<Long, Map<String, Integer>> rules = new HashMap<>();
    for (Requirement r : configured) {
      rules
          .computeIfAbsent(r.unitId(), u -> new LinkedHashMap<>())
          .put(r.technology(), r.minimumPerShift());
    }
    List<UnitRows> result = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Unit unit : units) {
      Map<Long, Set<Shift>> staff = shiftsByUnitAndPerson.getOrDefault(unit.id(), Map.of());
      Set<Shift> runs = EnumSet.noneOf(Shift.class);
      staff.values().forEach(runs::addAll);
      List<Appointee> inUnit = appointees.stream().filter(a -> a.unitId() == unit.id()).toList();
      Map<String, Integer> technologies = technologiesOf(rules.get(unit.id()), inUnit);
      if (technologies.isEmpty()) {
        continue;
      }
      List<Row> rows = new ArrayList<>();
      List<String> ordered = technologies.keySet().stream().sorted(technologyOrder).toList();
      for (String technology : ordered) {
        int required = technologies.get(technology);
        List<Appointee> candidates =
            inUnit.stream().filter(a -> a.technology().equals(technology)).toList();
        List<Cell> cells = new ArrayList<>();
        for (Shift shift : runs) {
          Cell cell = new Cell(shift, required, present(candidates, staff, shift));
          cells.add(cell);
          if (!cell.covered()) {
            findings.add(new Gap(unit, technology, shift, required, cell.count()));
          }
        }
        for (Appointee candidate : candidates) {
          if (!candidate.qualification().qualified()) {
            findings.add(new NotQualified(unit, technology, candidate));
          }
          if (!staff.containsKey(candidate.personId())) {
            findings.add(new NotWorkingInUnit(unit, technology, candidate));
          }
        }
        boolean ruled =
            rules.containsKey(unit.id()) && rules.get(unit.id()).containsKey(technology);
        rows.add(new Row(technology, ruled, required, cells));
      }
      result.add(new UnitRows(unit, List.copyOf(runs), rows));
    }
    return new Result(asOf, result, findings);
  }

  /**
   * The configured technologies at their minimum, then the others appointed for, at the default.
   */
  private static Map<String, Integer> technologiesOf(
      Map<String, Integer> rules, List<Appointee> inUnit) {
    Map<String, Integer> technologies = new LinkedHashMap<>();
    if (rules != null) {
      technologies.putAll(rules);
    }
    inUnit.forEach(a -> technologies.putIfAbsent(a.technology(), SuperUserRule.DEFAULT_MINIMUM));
    return technologies;
  }

  private static List<Appointee> present(
      List<Appointee> candidates, Map<Long, Set<Shift>> staff, Shift shift) {
    Set<Long> persons = new LinkedHashSet<>();
    List<Appointee> present = new ArrayList<>();
    for (Appointee candidate : candidates) {
      if (candidate.qualification().qualified()
          && staff.getOrDefault(candidate.personId(), Set.of()).contains(shift)
          && persons.add(candidate.personId())) {
        present.add(candidate);
      }
    }
    return present;
  }
}
