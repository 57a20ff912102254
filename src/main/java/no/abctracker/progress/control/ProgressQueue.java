package no.abctracker.progress.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.abctracker.configuration.MultiRowInsert;
import no.abctracker.configuration.SqlTimes;
import no.abctracker.progress.entity.ParkedWork;
import no.abctracker.progress.entity.PendingKind;
import no.abctracker.progress.entity.ProjectionStatus;

/**
 * The SQL of {@code progress_pending}, the projector's durable work queue. Rows are added in the
 * transaction that causes the work (a statement store, a roster import), so committed work is never
 * lost, and deleted only in the projector transaction that applied them, so a failed or deadlocked
 * projection leaves them for the next run.
 */
final class ProgressQueue {

  private static final int IDS_PER_QUERY = 1000;

  /** One queued piece of work. */
  record Pending(long id, PendingKind kind, long ref) {}

  private ProgressQueue() {}

  static void add(
      Connection db, long municipalityId, PendingKind kind, Collection<Long> refs, Instant at)
      throws SQLException {
    if (refs.isEmpty()) {
      return;
    }
    LocalDateTime utc = Sql.utc(at);
    List<Object[]> rows = new ArrayList<>(refs.size());
    for (Long ref : refs) {
      rows.add(new Object[] {municipalityId, kind.name(), ref, utc});
    }
    MultiRowInsert.insertAll(
        db, "progress_pending", List.of("municipality_id", "kind", "ref", "enqueued_at"), rows, "");
  }

  /** Queues every person of the municipality (a replay); answers how many. */
  static long addEveryone(Connection db, long municipalityId, Instant at) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO progress_pending (municipality_id, kind, ref, enqueued_at)"
                + " SELECT municipality_id, ?, id, ? FROM person WHERE municipality_id = ?"
                + " ORDER BY id")) {
      insert.setString(1, PendingKind.PERSON.name());
      insert.setObject(2, Sql.utc(at));
      insert.setLong(3, municipalityId);
      return insert.executeUpdate();
    }
  }

  /** The oldest {@code limit} rows of a municipality. */
  static List<Pending> oldest(Connection db, long municipalityId, int limit) throws SQLException {
    List<Pending> rows = new ArrayList<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT id, kind, ref FROM progress_pending WHERE municipality_id = ?"
                + " AND parked_at IS NULL ORDER BY id LIMIT ?")) {
      select.setLong(1, municipalityId);
      select.setInt(2, limit);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.add(new Pending(rs.getLong(1), PendingKind.valueOf(rs.getString(2)), rs.getLong(3)));
        }
      }
    }
    return rows;
  }

  static void delete(Connection db, List<Pending> rows) throws SQLException {
    for (List<Pending> chunk : Sql.chunks(rows, IDS_PER_QUERY)) {
      try (PreparedStatement delete =
          db.prepareStatement(
              "DELETE FROM progress_pending WHERE id IN ("
                  + Sql.placeholders(chunk.size())
                  + ")")) {
        Sql.bind(delete, 1, chunk.stream().map(Pending::id).toList());
        delete.executeUpdate();
      }
    }
  }

  /** The municipalities that have queued work that is not parked. */
  static List<Long> municipalitiesWithWork(Connection db) throws SQLException {
    List<Long> municipalities = new ArrayList<>();
    try (Statement select = db.createStatement();
        ResultSet rs =
            select.executeQuery(
                "SELECT DISTINCT municipality_id FROM progress_pending WHERE parked_at IS NULL")) {
      while (rs.next()) {
        municipalities.add(rs.getLong(1));
      }
    }
    return municipalities;
  }

  static ProjectionStatus status(Connection db, long municipalityId) throws SQLException {
    long pending;
    long parked;
    Optional<Instant> oldest;
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT COALESCE(SUM(parked_at IS NULL), 0), COALESCE(SUM(parked_at IS NOT NULL), 0),"
                + " MIN(CASE WHEN parked_at IS NULL THEN enqueued_at END)"
                + " FROM progress_pending WHERE municipality_id = ?")) {
      select.setLong(1, municipalityId);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        pending = rs.getLong(1);
        parked = rs.getLong(2);
        oldest = Optional.ofNullable(SqlTimes.dateTime(rs, 3)).map(Sql::instant);
      }
    }
    return new ProjectionStatus(
        pending, oldest, ProjectorLock.lastProjectedAt(db, municipalityId), parked);
  }

  /**
   * Counts a failed attempt against the oldest row that is not parked (the one a run of one row
   * tried) and parks it with its error once it has failed {@code attemptsBeforeParking} times;
   * answers whether it is parked now.
   */
  static boolean failed(
      Connection db, long municipalityId, int attemptsBeforeParking, String error, Instant at)
      throws SQLException {
    long head;
    // The id only: the row may be one whose kind cannot even be read.
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT id FROM progress_pending WHERE municipality_id = ? AND parked_at IS NULL"
                + " ORDER BY id LIMIT 1")) {
      select.setLong(1, municipalityId);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        head = rs.getLong(1);
      }
    }
    // MariaDB assigns left to right, each assignment seeing the ones before: parked_at first.
    try (PreparedStatement update =
        db.prepareStatement(
            "UPDATE progress_pending SET"
                + " parked_at = CASE WHEN attempts + 1 >= ? THEN ? ELSE NULL END,"
                + " attempts = attempts + 1, last_error = ? WHERE id = ?")) {
      update.setInt(1, attemptsBeforeParking);
      update.setObject(2, Sql.utc(at));
      update.setString(3, error.length() > 1000 ? error.substring(0, 1000) : error);
      update.setLong(4, head);
      update.executeUpdate();
    }
    try (PreparedStatement select =
        db.prepareStatement("SELECT parked_at IS NOT NULL FROM progress_pending WHERE id = ?")) {
      select.setLong(1, head);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** The parked rows of a municipality, oldest first. */
  static List<ParkedWork> parked(Connection db, long municipalityId) throws SQLException {
    List<ParkedWork> rows = new ArrayList<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT id, kind, ref, attempts, last_error, enqueued_at, parked_at"
                + " FROM progress_pending WHERE municipality_id = ? AND parked_at IS NOT NULL"
                + " ORDER BY id")) {
      select.setLong(1, municipalityId);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new ParkedWork(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getLong(3),
                  rs.getInt(4),
                  String.valueOf(rs.getString(5)),
                  Sql.instant(SqlTimes.dateTime(rs, 6)),
                  Sql.instant(SqlTimes.dateTime(rs, 7))));
        }
      }
    }
    return rows;
  }

  /**
   * Puts every parked row of a municipality back in the queue with no attempts; answers how many.
   */
  static int unpark(Connection db, long municipalityId) throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement(
            "UPDATE progress_pending SET parked_at = NULL, attempts = 0, last_error = NULL"
                + " WHERE municipality_id = ? AND parked_at IS NOT NULL")) {
      update.setLong(1, municipalityId);
      return update.executeUpdate();
    }
  }
}
