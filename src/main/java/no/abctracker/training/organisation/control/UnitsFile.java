package no.abctracker.training.organisation.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.abctracker.problems.InvalidLines;
import no.abctracker.problems.InvalidLines.LineError;
import no.abctracker.problems.MessageKey;
import no.abctracker.training.organisation.entity.UnitType;

/**
 * A units file {@code unit_code,name,parent_code,unit_type}: the whole tree of a municipality, each
 * parent in the same file, no cycles. Validated completely before anything is written.
 */
public final class UnitsFile {

  public static final List<String> COLUMNS =
      List.of("unit_code", "name", "parent_code", "unit_type");

  /** One valid unit line. {@code parentCode} is null for a root. */
  public record UnitLine(long line, String code, String name, String parentCode, UnitType type) {}

  private UnitsFile() {}

  /** The units in file order, or {@link InvalidLines} listing every bad line. */
  public static List<UnitLine> parse(byte[] csv) {
    List<LineError> errors = new ArrayList<>();
    CsvFile file = CsvFile.read(csv, COLUMNS, errors);
    Map<String, UnitLine> byCode = new LinkedHashMap<>();
    for (CsvFile.Row row : file.rows()) {
      CsvValues values = new CsvValues(row, errors);
      String code = values.required("unit_code", 50);
      String name = values.required("name", 200);
      String parent = values.optional("parent_code", 50).orElse(null);
      UnitType type = values.oneOf("unit_type", UnitType.class);
      if (code.equals(parent)) {
        values.fail("parent_code", MessageKey.UNITS_OWN_PARENT, code);
      }
      UnitLine earlier = byCode.get(code);
      if (earlier != null) {
        values.fail("unit_code", MessageKey.UNITS_DUPLICATE, code, earlier.line());
      }
      if (values.valid()) {
        byCode.put(code, new UnitLine(row.line(), code, name, parent, type));
      }
    }
    if (errors.isEmpty()) {
      checkTree(byCode, errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidLines(MessageKey.FILE_UNITS, errors);
    }
    return List.copyOf(byCode.values());
  }

  private static void checkTree(Map<String, UnitLine> byCode, List<LineError> errors) {
    for (UnitLine unit : byCode.values()) {
      if (unit.parentCode() != null && !byCode.containsKey(unit.parentCode())) {
        errors.add(
            new LineError(
                unit.line(), "parent_code", MessageKey.UNITS_PARENT_UNKNOWN, unit.parentCode()));
      }
    }
    if (!errors.isEmpty()) {
      return;
    }
    for (UnitLine unit : byCode.values()) {
      Set<String> path = new LinkedHashSet<>();
      String code = unit.code();
      while (code != null && path.add(code)) {
        code = byCode.get(code).parentCode();
      }
      if (code != null) {
        errors.add(
            new LineError(
                unit.line(),
                "parent_code",
                MessageKey.UNITS_CYCLE,
                unit.code(),
                String.join(" → ", path) + " → " + code));
      }
    }
  }
}
