package no.abctracker.progress.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import no.abctracker.configuration.SqlTimes;

/**
 * The per-municipality lock row in {@code progress_projector}. A projector transaction takes it
 * with {@code SELECT … FOR UPDATE SKIP LOCKED}: exactly one node (and one thread) writes a
 * municipality's completions at a time, the others skip that municipality instead of waiting, and
 * the lock ends with the transaction, so a crashed node holds nothing.
 */
final class ProjectorLock {

  private ProjectorLock() {}

  /**
   * Takes the lock for this transaction; false when another projector holds it (or the row is not
   * there yet, see {@link #ensure}). Call it before any other read: under REPEATABLE READ the
   * transaction's snapshot is taken at its first plain read, which must not predate the lock, or it
   * would miss what the previous holder committed.
   */
  static boolean tryTake(Connection db, long municipalityId) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT municipality_id FROM progress_projector WHERE municipality_id = ?"
                + " FOR UPDATE SKIP LOCKED")) {
      select.setLong(1, municipalityId);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Takes the lock for this transaction, waiting for a projector that holds it: for work that must
   * not run beside a projector of the municipality (an erasure, which it could otherwise write
   * back).
   */
  static void await(Connection db, long municipalityId) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT municipality_id FROM progress_projector WHERE municipality_id = ? FOR UPDATE")) {
      select.setLong(1, municipalityId);
      select.executeQuery().close();
    }
  }

  /**
   * Creates the municipality's lock row if it is missing; true when it did (a concurrent creator
   * makes the insert wait, then insert nothing).
   */
  static boolean ensure(Connection db, long municipalityId) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement("SELECT 1 FROM progress_projector WHERE municipality_id = ?")) {
      select.setLong(1, municipalityId);
      try (ResultSet rs = select.executeQuery()) {
        if (rs.next()) {
          return false;
        }
      }
    }
    try (PreparedStatement insert =
        db.prepareStatement("INSERT IGNORE INTO progress_projector (municipality_id) VALUES (?)")) {
      insert.setLong(1, municipalityId);
      return insert.executeUpdate() == 1;
    }
  }

  /** Records that this transaction applied work (the lock is held). */
  static void projected(Connection db, long municipalityId, Instant at) throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement(
            "UPDATE progress_projector SET last_projected_at = ? WHERE municipality_id = ?")) {
      update.setObject(1, Sql.utc(at));
      update.setLong(2, municipalityId);
      update.executeUpdate();
    }
  }

  static Optional<Instant> lastProjectedAt(Connection db, long municipalityId) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT last_projected_at FROM progress_projector WHERE municipality_id = ?")) {
      select.setLong(1, municipalityId);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next()
            ? Optional.ofNullable(SqlTimes.dateTime(rs, 1)).map(Sql::instant)
            : Optional.empty();
      }
    }
  }
}
