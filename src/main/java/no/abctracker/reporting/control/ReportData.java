package no.abctracker.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.configuration.SqlTimes;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.ShiftPattern;

/**
 * Reads what reports count, straight from the roster and the progress projection with plain JDBC
 * (tens of thousands of rows at the size of Oslo: no entities). Never reads statements.
 */
@ApplicationScoped
public class ReportData {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** A person of a people list. */
  record PersonName(String employeeId, String fullName) {}

  private static final String EMPLOYMENTS =
      "SELECT e.person_id, e.unit_id, e.employment_percent, e.shift_pattern, e.employment_kind,"
          + " e.position_code, e.position_title, e.start_date, e.end_date"
          + " FROM employment e"
          + " WHERE e.municipality_id = ? AND e.start_date <= ?"
          + " AND (e.end_date IS NULL OR e.end_date >= ?)";

  /**
   * The municipality's employments active on some day from {@code from} to {@code to}, with their
   * person's completion of the course, sorted by person (what {@link CoverageCalculator} needs).
   */
  List<CountedEmployment> employments(
      long municipalityId, String courseCode, LocalDate from, LocalDate to) {
    List<CountedEmployment> rows = new ArrayList<>();
    Map<Long, LocalDateTime> completions = new HashMap<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement done =
            db.prepareStatement(
                "SELECT person_id, completed_at FROM course_completion"
                    + " WHERE municipality_id = ? AND course_code = ?");
        PreparedStatement select = db.prepareStatement(EMPLOYMENTS)) {
      done.setLong(1, municipalityId);
      done.setString(2, courseCode);
      try (ResultSet rs = done.executeQuery()) {
        while (rs.next()) {
          completions.put(rs.getLong(1), SqlTimes.dateTime(rs, 2));
        }
      }
      select.setLong(1, municipalityId);
      select.setObject(2, to);
      select.setObject(3, from);
      select.setFetchSize(5_000);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          LocalDateTime completedAt = completions.get(rs.getLong(1));
          rows.add(
              new CountedEmployment(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getBigDecimal(3),
                  ShiftPattern.valueOf(rs.getString(4)),
                  EmploymentKind.valueOf(rs.getString(5)),
                  rs.getString(6),
                  rs.getString(7),
                  SqlTimes.date(rs, 8),
                  SqlTimes.date(rs, 9),
                  completedAt == null ? null : completedAt.toInstant(ZoneOffset.UTC)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading employments for a report failed: " + e, e);
    }
    rows.sort(Comparator.comparingLong(CountedEmployment::personId));
    return rows;
  }

  /** Employee id and name of each person. */
  Map<Long, PersonName> names(long municipalityId, List<Long> personIds) {
    Map<Long, PersonName> names = new HashMap<>();
    if (personIds.isEmpty()) {
      return names;
    }
    // One query for the municipality beats IN lists of thousands of ids; filtered here.
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT id, employee_id, full_name FROM person WHERE municipality_id = ?")) {
      select.setLong(1, municipalityId);
      select.setFetchSize(5_000);
      java.util.Set<Long> wanted = new java.util.HashSet<>(personIds);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          if (wanted.contains(id)) {
            names.put(id, new PersonName(rs.getString(2), rs.getString(3)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading persons for a report failed: " + e, e);
    }
    return names;
  }

  /** How many of {@code moduleCodes} each person completed before {@code cutoff} (UTC). */
  Map<Long, Integer> modulesDone(
      long municipalityId, String courseCode, List<String> moduleCodes, LocalDateTime cutoff) {
    Map<Long, Integer> done = new HashMap<>();
    if (moduleCodes.isEmpty()) {
      return done;
    }
    String sql =
        "SELECT person_id, COUNT(*) FROM module_completion"
            + " WHERE municipality_id = ? AND course_code = ? AND completed_at < ?"
            + " AND module_code IN ("
            + String.join(",", java.util.Collections.nCopies(moduleCodes.size(), "?"))
            + ") GROUP BY person_id";
    try (Connection db = dataSource.getConnection();
        PreparedStatement select = db.prepareStatement(sql)) {
      select.setLong(1, municipalityId);
      select.setString(2, courseCode);
      select.setObject(3, cutoff);
      for (int i = 0; i < moduleCodes.size(); i++) {
        select.setString(4 + i, moduleCodes.get(i));
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          done.put(rs.getLong(1), rs.getInt(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading module completions for a report failed: " + e, e);
    }
    return done;
  }

  static BigDecimal sum(List<CountedEmployment> employments) {
    return employments.stream()
        .map(CountedEmployment::percent)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
