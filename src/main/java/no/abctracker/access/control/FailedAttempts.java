package no.abctracker.access.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.configuration.SqlTimes;

/**
 * Failed sign-in attempts per key, in the database every node shares (table {@code
 * failed_attempt}), so that nodes behind a balancer throttle as one. Callers consult it only for
 * attempts they must check the slow way (a secret already verified never gets here), record each
 * failure, and clear a user's failures on success.
 */
@ApplicationScoped
public class FailedAttempts {

  /** What is throttled: a user name, an LRS key or a client address, with its rule. */
  public record Key(String kind, String value, ThrottleRule rule) {

    /** A user name ("user") or an LRS key ("lrs"), whatever its case. */
    public static Key user(String kind, String name) {
      return new Key(
          kind, String.valueOf(name).strip().toLowerCase(Locale.ROOT), ThrottleRule.PER_NAME);
    }

    /**
     * A client address's wrong check-in codes: counted apart from its sign-ins, so that a room of
     * staff mistyping the session's code never locks their sign-in.
     */
    public static Key checkInAddress(String address) {
      return new Key("check-in-address", String.valueOf(address), ThrottleRule.PER_ADDRESS);
    }

    /** A client address, shared by every door (login form, API, LRS). */
    public static Key address(String address) {
      return new Key("address", String.valueOf(address), ThrottleRule.PER_ADDRESS);
    }

    byte[] hash() {
      return SecretHashing.sha256(kind + ":" + value);
    }
  }

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Clock clock;

  /** How long the longest-locked of {@code keys} must still wait; empty when all may try. */
  public Optional<Duration> waitBefore(List<Key> keys) {
    Instant now = clock.instant();
    Instant until = now;
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT locked_until FROM failed_attempt WHERE key_hash IN ("
                    + String.join(",", keys.stream().map(k -> "?").toList())
                    + ")")) {
      for (int i = 0; i < keys.size(); i++) {
        select.setBytes(i + 1, keys.get(i).hash());
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          Instant locked = SqlTimes.dateTime(rs, 1).toInstant(ZoneOffset.UTC);
          until = locked.isAfter(until) ? locked : until;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading failed sign-in attempts failed", e);
    }
    return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  /**
   * One more failure of each of {@code keys}, in a transaction of its own (the request itself
   * fails), each key's row locked while counting so that parallel failures on any node all count.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(List<Key> keys) {
    Instant now = clock.instant();
    try (Connection db = dataSource.getConnection()) {
      // One order of locking on every node: no deadlock between two requests' keys.
      for (Key key : keys.stream().sorted((a, b) -> Arrays.compare(a.hash(), b.hash())).toList()) {
        ThrottleRule.Failures previous = null;
        try (PreparedStatement select =
            db.prepareStatement(
                "SELECT failures, last_failure_at, locked_until FROM failed_attempt"
                    + " WHERE key_hash = ? FOR UPDATE")) {
          select.setBytes(1, key.hash());
          try (ResultSet rs = select.executeQuery()) {
            if (rs.next()) {
              previous =
                  new ThrottleRule.Failures(
                      rs.getInt(1),
                      SqlTimes.dateTime(rs, 2).toInstant(ZoneOffset.UTC),
                      SqlTimes.dateTime(rs, 3).toInstant(ZoneOffset.UTC));
            }
          }
        }
        ThrottleRule.Failures next = key.rule().next(previous, now);
        try (PreparedStatement upsert =
            db.prepareStatement(
                "INSERT INTO failed_attempt (key_hash, failures, last_failure_at, locked_until)"
                    + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE failures = VALUES(failures),"
                    + " last_failure_at = VALUES(last_failure_at),"
                    + " locked_until = VALUES(locked_until)")) {
          upsert.setBytes(1, key.hash());
          upsert.setInt(2, next.count());
          upsert.setObject(3, utc(next.lastAt()));
          upsert.setObject(4, utc(next.lockedUntil()));
          upsert.executeUpdate();
        }
      }
      if (ThreadLocalRandom.current().nextInt(100) == 0) {
        forgetStale(db, now);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Recording a failed sign-in attempt failed", e);
    }
  }

  /** A success: the failures of {@code key} are forgotten. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(Key key) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement delete =
            db.prepareStatement("DELETE FROM failed_attempt WHERE key_hash = ?")) {
      delete.setBytes(1, key.hash());
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Clearing failed sign-in attempts failed", e);
    }
  }

  /** Rows no rule remembers any longer. */
  private static void forgetStale(Connection db, Instant now) throws SQLException {
    Duration longestWindow =
        Collections.max(List.of(ThrottleRule.PER_NAME.window(), ThrottleRule.PER_ADDRESS.window()));
    try (PreparedStatement delete =
        db.prepareStatement(
            "DELETE FROM failed_attempt WHERE last_failure_at < ? AND locked_until < ?"
                + " LIMIT 1000")) {
      delete.setObject(1, utc(now.minus(longestWindow)));
      delete.setObject(2, utc(now));
      delete.executeUpdate();
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
