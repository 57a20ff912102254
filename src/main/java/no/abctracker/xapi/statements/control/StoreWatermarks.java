package no.abctracker.xapi.statements.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import no.abctracker.configuration.SqlTimes;

/**
 * The SQL of {@code xapi_store_watermark}: one row per node, its watermark and when the database
 * last received it. Ages are measured by the database's clock alone ({@code UTC_TIMESTAMP(6)} on
 * both sides), so the nodes' clocks do not enter into whether a node counts as gone.
 */
final class StoreWatermarks {

  private StoreWatermarks() {}

  static void publish(Connection db, String node, Instant through) throws SQLException {
    try (PreparedStatement upsert =
        db.prepareStatement(
            "INSERT INTO xapi_store_watermark (node_id, through, heartbeat_at)"
                + " VALUES (?, ?, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE"
                + " through = VALUES(through), heartbeat_at = VALUES(heartbeat_at)")) {
      upsert.setString(1, node);
      upsert.setObject(2, LocalDateTime.ofInstant(through, ZoneOffset.UTC));
      upsert.executeUpdate();
    }
  }

  /** The lowest watermark of the nodes heard from within {@code goneAfter}. */
  static Optional<Instant> lowest(Connection db, Duration goneAfter) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT MIN(through) FROM xapi_store_watermark"
                + " WHERE heartbeat_at > UTC_TIMESTAMP(6) - INTERVAL ? MICROSECOND")) {
      select.setLong(1, goneAfter.toNanos() / 1000);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return Optional.ofNullable(SqlTimes.dateTime(rs, 1)).map(t -> t.toInstant(ZoneOffset.UTC));
      }
    }
  }

  /** Deletes the rows of nodes not heard from for {@code after}. */
  static void forget(Connection db, Duration after) throws SQLException {
    try (PreparedStatement delete =
        db.prepareStatement(
            "DELETE FROM xapi_store_watermark"
                + " WHERE heartbeat_at < UTC_TIMESTAMP(6) - INTERVAL ? SECOND")) {
      delete.setLong(1, after.toSeconds());
      delete.executeUpdate();
    }
  }
}
