package no.abctracker.access.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.configuration.SqlTimes;

/**
 * The log of who viewed whose records. Written with its own connection (auto-commit), so a view is
 * logged even when the request's transaction rolls back, and a failure to log fails the request:
 * nobody reads a record unlogged.
 */
@ApplicationScoped
public class RecordViews {

  /** Longest request text kept (the column's width). */
  static final int REQUEST_LENGTH = 1000;

  /** Longest viewer name kept (the column's width; an LRS key may be long). */
  static final int VIEWER_LENGTH = 100;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Clock clock;

  /** One logged view. */
  public record View(
      Optional<String> employeeId, String viewedBy, Instant viewedAt, String request) {}

  /**
   * Logs that {@code viewer} read the record of {@code employeeId} (empty: a list of persons) of
   * municipality {@code municipalityCode} with {@code request}.
   */
  public void record(
      String municipalityCode, Optional<String> employeeId, String viewer, String request) {
    // Two statements, not INSERT … SELECT: that would share-lock the municipality row, which a
    // roster import holds for its whole transaction.
    try (Connection db = dataSource.getConnection();
        PreparedStatement find = db.prepareStatement("SELECT id FROM municipality WHERE code = ?");
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO record_view (municipality_id, employee_id, viewed_by, viewed_at,"
                    + " request) VALUES (?, ?, ?, ?, ?)")) {
      find.setString(1, municipalityCode);
      long municipalityId;
      try (ResultSet rs = find.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException(
              "No municipality " + municipalityCode + " to log a view in");
        }
        municipalityId = rs.getLong(1);
      }
      insert.setLong(1, municipalityId);
      insert.setString(2, employeeId.orElse(null));
      insert.setString(
          3, viewer.length() > VIEWER_LENGTH ? viewer.substring(0, VIEWER_LENGTH) : viewer);
      insert.setObject(4, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      insert.setString(
          5, request.length() > REQUEST_LENGTH ? request.substring(0, REQUEST_LENGTH) : request);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Logging a record view failed: " + e.getMessage(), e);
    }
  }

  /** The newest views first, optionally of one person's record or by one viewer. */
  public List<View> of(
      long municipalityId, Optional<String> employeeId, Optional<String> viewer, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT employee_id, viewed_by, viewed_at, request FROM record_view"
                + " WHERE municipality_id = ?");
    employeeId.ifPresent(e -> sql.append(" AND employee_id = ?"));
    viewer.ifPresent(v -> sql.append(" AND viewed_by = ?"));
    sql.append(" ORDER BY viewed_at DESC, id DESC LIMIT ?");
    List<View> views = new ArrayList<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement select = db.prepareStatement(sql.toString())) {
      int p = 1;
      select.setLong(p++, municipalityId);
      if (employeeId.isPresent()) {
        select.setString(p++, employeeId.get());
      }
      if (viewer.isPresent()) {
        select.setString(p++, viewer.get());
      }
      select.setInt(p, limit);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          views.add(
              new View(
                  Optional.ofNullable(rs.getString(1)),
                  rs.getString(2),
                  SqlTimes.dateTime(rs, 3).toInstant(ZoneOffset.UTC),
                  rs.getString(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading record views failed: " + e.getMessage(), e);
    }
    return views;
  }

  /**
   * Erases the access log's rows about the person {@code employeeId} (GDPR art. 17) in the caller's
   * transaction, and replaces the person as a viewer ({@code usernames}) of others' records by
   * {@code standIn}, so that those persons' logs stay complete. Counts: rows deleted, rows
   * rewritten.
   */
  public int[] erase(
      long municipalityId, String employeeId, List<String> usernames, String standIn) {
    try (Connection db = dataSource.getConnection()) {
      int deleted;
      try (PreparedStatement delete =
          db.prepareStatement(
              "DELETE FROM record_view WHERE municipality_id = ? AND employee_id = ?")) {
        delete.setLong(1, municipalityId);
        delete.setString(2, employeeId);
        deleted = delete.executeUpdate();
      }
      int rewritten = 0;
      for (String username : usernames) {
        try (PreparedStatement update =
            db.prepareStatement("UPDATE record_view SET viewed_by = ? WHERE viewed_by = ?")) {
          update.setString(1, standIn);
          update.setString(2, username);
          rewritten += update.executeUpdate();
        }
      }
      return new int[] {deleted, rewritten};
    } catch (SQLException e) {
      throw new IllegalStateException("Erasing record views failed: " + e.getMessage(), e);
    }
  }
}
