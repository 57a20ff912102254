package no.abctracker.reporting.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.abctracker.reporting.entity.CoverageRow;

/**
 * Secondary suppression, as Statistics Norway does it: a hidden small group must not be computable
 * from what is shown. A report's figures add up along relations — the total and its top rows, a
 * unit and the units right below it — so a relation with exactly one hidden member gives that
 * member away (the total minus the others). In every such relation the smallest other group that
 * has anyone is hidden too, and this goes on until no relation has exactly one hidden member
 * (hiding a unit can expose one of its subunits in turn).
 *
 * <p>A group is a member of a relation only when it has someone: an empty group hides nobody and
 * reveals nothing. The total is a member of its relation but never hidden here: when it is shown,
 * the rows below it are what gets hidden; a hidden total ({@code totalSuppressed}) hides every row
 * anyway, since no row has more persons than the total. For groupings where a person can be in
 * several rows (shift patterns, kinds, positions) the rows only roughly add up to the total; they
 * are treated as adding up, which hides a little more than strictly needed.
 */
final class SecondarySuppression {

  private SecondarySuppression() {}

  /** The rows with their secondary suppression added; the same rows when nothing is hidden. */
  static List<CoverageRow> of(List<CoverageRow> rows, boolean totalSuppressed) {
    boolean[] hidden = new boolean[rows.size()];
    boolean any = false;
    for (int i = 0; i < hidden.length; i++) {
      hidden[i] = rows.get(i).suppressed();
      any |= hidden[i];
    }
    if (!any) {
      return rows;
    }
    List<Relation> relations = relations(rows);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Relation relation : relations) {
        changed |= relation.hideAnother(rows, hidden, totalSuppressed);
      }
    }
    List<CoverageRow> result = new ArrayList<>(rows.size());
    for (int i = 0; i < hidden.length; i++) {
      CoverageRow row = rows.get(i);
      result.add(
          hidden[i] == row.suppressed()
              ? row
              : new CoverageRow(row.key(), row.label(), row.figures(), true, row.unit()));
    }
    return result;
  }

  /**
   * A group that adds up from others: the parent row (absent for the report's total) and the rows
   * right below it.
   */
  private record Relation(Optional<Integer> parent, List<Integer> children) {

    /** When exactly one member with anyone in it is hidden, hides one more; true if it did. */
    boolean hideAnother(List<CoverageRow> rows, boolean[] hidden, boolean totalSuppressed) {
      boolean parentHidden = parent.map(p -> hidden[p]).orElse(totalSuppressed);
      int hiddenMembers = parentHidden ? 1 : 0;
      for (int child : children) {
        if (someone(rows, child) && hidden[child]) {
          hiddenMembers++;
        }
      }
      if (hiddenMembers != 1) {
        return false;
      }
      int smallest = -1;
      for (int child : children) {
        if (someone(rows, child)
            && !hidden[child]
            && (smallest < 0 || headcount(rows, child) < headcount(rows, smallest))) {
          smallest = child;
        }
      }
      if (smallest >= 0) {
        hidden[smallest] = true;
        return true;
      }
      // The one hidden child is the parent's only child with anyone: the parent also counts its
      // own staff (or it would have as few persons and be hidden itself), which nothing shows.
      return false;
    }
  }

  private static boolean someone(List<CoverageRow> rows, int i) {
    return rows.get(i).figures().headcount() > 0;
  }

  private static int headcount(List<CoverageRow> rows, int i) {
    return rows.get(i).figures().headcount();
  }

  /** Unit rows: each unit with its subunits, the top units with the total; else one relation. */
  private static List<Relation> relations(List<CoverageRow> rows) {
    boolean units = !rows.isEmpty() && rows.get(0).unit().isPresent();
    if (!units) {
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        all.add(i);
      }
      return List.of(new Relation(Optional.empty(), all));
    }
    Map<String, Integer> indexByCode = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      indexByCode.put(rows.get(i).key(), i);
    }
    Map<Optional<Integer>, List<Integer>> childrenByParent = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Optional<Integer> parent =
          rows.get(i).unit().orElseThrow().parentCode().map(indexByCode::get);
      childrenByParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(i);
    }
    List<Relation> relations = new ArrayList<>();
    childrenByParent.forEach((parent, children) -> relations.add(new Relation(parent, children)));
    return relations;
  }
}
