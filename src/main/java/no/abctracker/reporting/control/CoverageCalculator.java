package no.abctracker.reporting.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.abctracker.reporting.entity.CoverageRow;
import no.abctracker.reporting.entity.EmploymentBand;
import no.abctracker.reporting.entity.Figures;
import no.abctracker.reporting.entity.Grouping;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.ShiftPattern;

/**
 * Counts coverage on a date: the contract's rules in one place, for reports, each point of a trend
 * and the dashboard.
 *
 * <p>A person is active on the date when one of their employments is; they count once in the total
 * and once in every group they hold an active employment in (units: the unit and every unit above
 * it), except employment bands, where a person is in one band by the sum of their percents ({@link
 * PersonBands}). Completed means a course completion before the end of the date in Norway. FTE sums
 * the percents of the active employments in the group. The employments must be sorted by person, so
 * that "once per person" is a comparison with the last person counted in the group.
 */
final class CoverageCalculator {

  private CoverageCalculator() {}

  /** The total and the rows of one date. */
  record Counted(Figures total, boolean totalSuppressed, List<CoverageRow> rows) {}

  static Counted count(
      List<CountedEmployment> byPerson,
      LocalDate asOf,
      Grouping groupBy,
      ScopeUnits units,
      int minCell) {
    Instant cutoff = asOf.plusDays(1).atStartOfDay(Organisation.ZONE).toInstant();
    Keys keys = Keys.of(groupBy, byPerson, units, asOf);
    int n = keys.size();
    Tally total = new Tally(1);
    Tally groups = new Tally(n);
    for (CountedEmployment employment : byPerson) {
      if (!units.contains(employment.unitId()) || !employment.activeOn(asOf)) {
        continue;
      }
      boolean completed = employment.completedBefore(cutoff);
      total.add(0, employment, completed);
      for (int group : keys.groupsOf(employment)) {
        groups.add(group, employment, completed);
      }
    }
    Figures totalFigures = total.figures(0);
    List<CoverageRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Figures figures = groups.figures(i);
      if (keys.listed(i, figures, asOf)) {
        rows.add(
            new CoverageRow(
                keys.key(i), keys.label(i), figures, suppressed(figures, minCell), keys.place(i)));
      }
    }
    boolean totalSuppressed = suppressed(totalFigures, minCell);
    return new Counted(
        totalFigures, totalSuppressed, SecondarySuppression.of(rows, totalSuppressed));
  }

  /** Fewer persons than the minimum cell size, but some: an empty group reveals nobody. */
  static boolean suppressed(Figures figures, int minCell) {
    return figures.headcount() > 0 && figures.headcount() < minCell;
  }

  /** Per group: persons counted once (the last person counted), FTE summed per employment. */
  private static final class Tally {
    final long[] lastPerson;
    final int[] headcount;
    final int[] completed;
    final double[] fte;
    final double[] fteCompleted;

    Tally(int n) {
      lastPerson = new long[n];
      Arrays.fill(lastPerson, Long.MIN_VALUE);
      headcount = new int[n];
      completed = new int[n];
      fte = new double[n];
      fteCompleted = new double[n];
    }

    void add(int group, CountedEmployment employment, boolean done) {
      if (lastPerson[group] != employment.personId()) {
        lastPerson[group] = employment.personId();
        headcount[group]++;
        if (done) {
          completed[group]++;
        }
      }
      double f = employment.fte();
      fte[group] += f;
      if (done) {
        fteCompleted[group] += f;
      }
    }

    Figures figures(int group) {
      return new Figures(headcount[group], completed[group], fte[group], fteCompleted[group]);
    }
  }

  /** The groups of a grouping: their keys, labels, order and which groups an employment is in. */
  private abstract static class Keys {

    abstract int size();

    abstract int[] groupsOf(CountedEmployment employment);

    abstract String key(int group);

    abstract String label(int group);

    Optional<CoverageRow.UnitPlace> place(int group) {
      return Optional.empty();
    }

    /** Groups without anyone are left out, except units open on the date (the tree is whole). */
    boolean listed(int group, Figures figures, LocalDate asOf) {
      return figures.headcount() > 0;
    }

    static Keys of(
        Grouping groupBy, List<CountedEmployment> employments, ScopeUnits units, LocalDate asOf) {
      return switch (groupBy) {
        case UNIT -> new UnitKeys(units);
        case SHIFT_PATTERN ->
            ValueKeys.ofEnum(ShiftPattern.values(), CountedEmployment::shiftPattern, Enum::name);
        case EMPLOYMENT_KIND ->
            ValueKeys.ofEnum(EmploymentKind.values(), CountedEmployment::kind, Enum::name);
        case EMPLOYMENT_BAND ->
            ValueKeys.ofEnum(
                EmploymentBand.values(),
                PersonBands.on(asOf, employments)::of,
                EmploymentBand::label);
        case POSITION_CODE -> ValueKeys.positions(employments);
      };
    }
  }

  private static final class UnitKeys extends Keys {
    final ScopeUnits units;

    UnitKeys(ScopeUnits units) {
      this.units = units;
    }

    @Override
    int size() {
      return units.ordered().size();
    }

    @Override
    int[] groupsOf(CountedEmployment employment) {
      return units.chainOf(employment.unitId());
    }

    @Override
    String key(int group) {
      return units.ordered().get(group).unit().code();
    }

    @Override
    String label(int group) {
      return units.ordered().get(group).unit().name();
    }

    @Override
    Optional<CoverageRow.UnitPlace> place(int group) {
      ScopeUnits.Placed placed = units.ordered().get(group);
      return Optional.of(
          new CoverageRow.UnitPlace(placed.parentCode(), placed.depth(), placed.unit().unitType()));
    }

    @Override
    boolean listed(int group, Figures figures, LocalDate asOf) {
      return figures.headcount() > 0 || units.ordered().get(group).unit().openOn(asOf);
    }
  }

  /** Groupings by one value of the employment, in a fixed order. */
  private static final class ValueKeys extends Keys {
    final Map<Object, Integer> index = new HashMap<>();
    final List<String> keys = new ArrayList<>();
    final List<String> labels = new ArrayList<>();
    final Function<CountedEmployment, Object> value;
    final int[][] single;

    private ValueKeys(
        Map<Object, String[]> keyAndLabelInOrder, Function<CountedEmployment, Object> value) {
      this.value = value;
      keyAndLabelInOrder.forEach(
          (v, keyAndLabel) -> {
            index.put(v, keys.size());
            keys.add(keyAndLabel[0]);
            labels.add(keyAndLabel[1]);
          });
      single = new int[keys.size()][];
      for (int i = 0; i < single.length; i++) {
        single[i] = new int[] {i};
      }
    }

    static <E extends Enum<E>> ValueKeys ofEnum(
        E[] values, Function<CountedEmployment, E> value, Function<E, String> label) {
      Map<Object, String[]> ordered = new LinkedHashMap<>();
      for (E v : values) {
        String key = v instanceof EmploymentBand band ? band.key() : v.name();
        ordered.put(v, new String[] {key, label.apply(v)});
      }
      return new ValueKeys(ordered, value::apply);
    }

    /** Position codes in code order, each labelled with the title most of its employments use. */
    static ValueKeys positions(List<CountedEmployment> employments) {
      Map<String, Map<String, Integer>> titles = new HashMap<>();
      for (CountedEmployment e : employments) {
        titles
            .computeIfAbsent(e.positionCode(), k -> new HashMap<>())
            .merge(e.positionTitle(), 1, Integer::sum);
      }
      Map<Object, String[]> ordered = new LinkedHashMap<>();
      titles.keySet().stream()
          .sorted()
          .forEach(
              code ->
                  ordered.put(
                      code,
                      new String[] {
                        code,
                        titles.get(code).entrySet().stream()
                            .max(
                                Map.Entry.<String, Integer>comparingByValue()
                                    .thenComparing(
                                        Map.Entry.comparingByKey(Comparator.reverseOrder())))
                            .orElseThrow()
                            .getKey()
                      }));
      return new ValueKeys(ordered, CountedEmployment::positionCode);
    }

    @Override
    int size() {
      return keys.size();
    }

    @Override
    int[] groupsOf(CountedEmployment employment) {
      return single[index.get(value.apply(employment))];
    }

    @Override
    String key(int group) {
      return keys.get(group);
    }

    @Override
    String label(int group) {
      return labels.get(group);
    }
  }
}
