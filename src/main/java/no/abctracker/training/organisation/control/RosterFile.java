package no.abctracker.training.organisation.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import no.abctracker.problems.InvalidLines;
import no.abctracker.problems.InvalidLines.LineError;
import no.abctracker.problems.MessageKey;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.ShiftPattern;

/**
 * A staff roster, one line per employment: {@code employee_id, full_name, email, unit_code,
 * position_code, position_title, employment_percent, shift_pattern, employment_kind, start_date,
 * end_date} and optionally {@code username} (the person's user name in the LMS, which an identity
 * rule may name them by; files without the column keep working). The whole file is validated
 * against the municipality's units before anything is written; every bad line is reported.
 */
public final class RosterFile {

  public static final List<String> COLUMNS =
      List.of(
          "employee_id",
          "full_name",
          "email",
          "unit_code",
          "position_code",
          "position_title",
          "employment_percent",
          "shift_pattern",
          "employment_kind",
          "start_date",
          "end_date");

  /** Columns a roster may have; older files do not. */
  public static final List<String> OPTIONAL_COLUMNS = List.of("username");

  private static final Pattern POSITION_CODE = Pattern.compile("\\d{4}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /**
   * One valid employment line; {@code email} is lower-cased or null, {@code username} as written or
   * null, {@code end} may be null.
   */
  public record RosterLine(
      long line,
      String employeeId,
      String fullName,
      String email,
      String username,
      String unitCode,
      String positionCode,
      String positionTitle,
      BigDecimal percent,
      ShiftPattern shiftPattern,
      EmploymentKind kind,
      LocalDate start,
      LocalDate end) {

    /** The business key of an employment: person, unit, position and start. */
    public EmploymentKey key() {
      return new EmploymentKey(employeeId, unitCode, positionCode, start);
    }
  }

  public record EmploymentKey(
      String employeeId, String unitCode, String positionCode, LocalDate start) {}

  private RosterFile() {}

  /**
   * The roster's employments, or {@link InvalidLines} listing every bad line.
   *
   * @param openUnits codes of the municipality's open units
   * @param closedUnits codes of its closed units, for a clearer message
   */
  public static List<RosterLine> parse(byte[] csv, Set<String> openUnits, Set<String> closedUnits) {
    List<LineError> errors = new ArrayList<>();
    CsvFile file = CsvFile.read(csv, COLUMNS, OPTIONAL_COLUMNS, errors);
    List<RosterLine> lines = new ArrayList<>(file.rows().size());
    Map<EmploymentKey, Long> keys = new HashMap<>();
    Map<String, RosterLine> persons = new HashMap<>();
    Map<String, RosterLine> emails = new HashMap<>();
    Map<String, RosterLine> usernames = new HashMap<>();
    for (CsvFile.Row row : file.rows()) {
      CsvValues values = new CsvValues(row, errors);
      String employeeId = values.required("employee_id", 50);
      String fullName = values.required("full_name", 200);
      String email =
          values.optional("email", 320).map(e -> e.toLowerCase(Locale.ROOT)).orElse(null);
      if (email != null && !EMAIL.matcher(email).matches()) {
        values.fail("email", MessageKey.ROSTER_EMAIL_INVALID, email);
      }
      String username = values.optional("username", 100).orElse(null);
      String unit = values.required("unit_code", 50);
      if (!unit.isEmpty() && !openUnits.contains(unit)) {
        values.fail(
            "unit_code",
            closedUnits.contains(unit)
                ? MessageKey.ROSTER_UNIT_CLOSED
                : MessageKey.ROSTER_UNIT_UNKNOWN,
            unit);
      }
      String positionCode = values.required("position_code", 4);
      if (!positionCode.isEmpty() && !POSITION_CODE.matcher(positionCode).matches()) {
        values.fail("position_code", MessageKey.ROSTER_POSITION_CODE, positionCode);
      }
      String title = values.required("position_title", 200);
      BigDecimal percent = values.percent("employment_percent");
      ShiftPattern shift = values.oneOf("shift_pattern", ShiftPattern.class);
      EmploymentKind kind = values.oneOf("employment_kind", EmploymentKind.class);
      LocalDate start = values.date("start_date");
      LocalDate end = values.optionalDate("end_date").orElse(null);
      if (start != null && end != null && end.isBefore(start)) {
        values.fail("end_date", MessageKey.ROSTER_END_BEFORE_START, end, start);
      }
      if (!values.valid()) {
        continue;
      }
      RosterLine line =
          new RosterLine(
              row.line(),
              employeeId,
              fullName,
              email,
              username,
              unit,
              positionCode,
              title,
              percent,
              shift,
              kind,
              start,
              end);
      Long duplicate = keys.putIfAbsent(line.key(), row.line());
      if (duplicate != null) {
        values.fail(null, MessageKey.ROSTER_DUPLICATE, duplicate);
      }
      RosterLine samePerson = persons.putIfAbsent(employeeId, line);
      if (samePerson != null && !samePerson.fullName().equals(fullName)) {
        values.fail(
            "full_name", MessageKey.ROSTER_NAME_DIFFERS, samePerson.line(), samePerson.fullName());
      }
      if (samePerson != null && !Objects.equals(samePerson.email(), email)) {
        values.fail("email", MessageKey.ROSTER_EMAIL_DIFFERS, samePerson.line());
      }
      if (samePerson != null && !Objects.equals(samePerson.username(), username)) {
        values.fail("username", MessageKey.ROSTER_USERNAME_DIFFERS, samePerson.line());
      }
      if (username != null) {
        RosterLine sameUsername = usernames.putIfAbsent(username.toLowerCase(Locale.ROOT), line);
        if (sameUsername != null && !sameUsername.employeeId().equals(employeeId)) {
          values.fail(
              "username",
              MessageKey.ROSTER_USERNAME_TAKEN,
              username,
              sameUsername.employeeId(),
              sameUsername.line());
        }
      }
      if (email != null) {
        RosterLine sameEmail = emails.putIfAbsent(email, line);
        if (sameEmail != null && !sameEmail.employeeId().equals(employeeId)) {
          values.fail(
              "email",
              MessageKey.ROSTER_EMAIL_TAKEN,
              email,
              sameEmail.employeeId(),
              sameEmail.line());
        }
      }
      if (values.valid()) {
        lines.add(line);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidLines(MessageKey.FILE_ROSTER, errors);
    }
    return lines;
  }
}
