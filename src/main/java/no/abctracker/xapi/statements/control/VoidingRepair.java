package no.abctracker.xapi.statements.control;

import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;

/**
 * Voids the stored statements whose voiding link exists but which are not marked voided, every few
 * seconds on every node. On one MariaDB server this finds nothing: the store's locking read of the
 * links ({@link StatementStore}) makes voiding exact. On a Galera cluster a locking read holds on
 * its own database node only, and certification compares written rows, not read locks: a target
 * stored on one node while its voiding statement is stored on another can both commit without
 * seeing each other, the target unvoided. The link survives that race, so this repair finds the
 * target within {@link #EVERY_SECONDS} seconds and voids it (and, through {@link
 * StatementsVoidedLate}, what the projection derived from it).
 *
 * <p>Each run looks at links written in the last hour (the race lasts as long as two transactions
 * overlap); the first run after a start looks at all of them, for races a stopped cluster left.
 * Nodes may repair at the same time: the locking read makes one of them wait (on Galera one fails
 * certification and its next run finds nothing left).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class VoidingRepair {

  static final int EVERY_SECONDS = 5;
  private static final int TARGETS_PER_RUN = 1000;
  private static final Logger LOG = Logger.getLogger(VoidingRepair.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Event<StatementsVoidedLate> voidedLate;
  @Inject Clock clock;
  @Resource SessionContext context;

  private boolean sweptAll;
  private long lastFailureLogged;

  @Schedule(second = "*/" + EVERY_SECONDS, minute = "*", hour = "*", persistent = false)
  void repair() {
    Map<Long, Set<String>> lost = new HashMap<>();
    try (Connection db = dataSource.getConnection()) {
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT t.municipality_id, t.statement_id FROM xapi_voiding v"
                  + " JOIN xapi_statement t ON t.municipality_id = v.municipality_id"
                  + " AND t.statement_id = v.target_id"
                  + (sweptAll ? " WHERE v.linked_at > NOW(6) - INTERVAL 1 HOUR AND" : " WHERE")
                  + " NOT t.voided AND t.voids_statement IS NULL LIMIT "
                  + TARGETS_PER_RUN
                  + " FOR UPDATE")) {
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            lost.computeIfAbsent(rs.getLong(1), m -> new HashSet<>()).add(rs.getString(2));
          }
        }
      }
      for (Map.Entry<Long, Set<String>> municipality : lost.entrySet()) {
        markVoided(db, municipality.getKey(), municipality.getValue());
        voidedLate.fire(
            new StatementsVoidedLate(
                municipality.getKey(), municipality.getValue(), clock.instant()));
        LOG.warning(
            () ->
                "Voided "
                    + municipality.getValue().size()
                    + " statement(s) of municipality "
                    + municipality.getKey()
                    + " whose voiding statement another database node stored at the same time");
      }
    } catch (SQLException e) {
      // The database out of reach, or a certification conflict with another node's repair: the
      // next run tries again. Said once a minute, not every five seconds of an outage.
      context.setRollbackOnly();
      long now = System.nanoTime();
      if (lastFailureLogged == 0 || now - lastFailureLogged > 60_000_000_000L) {
        lastFailureLogged = now;
        LOG.log(Level.WARNING, "Repairing lost voids failed; the next run tries again", e);
      }
      return;
    }
    sweptAll = true;
  }

  private static void markVoided(Connection db, long municipality, Set<String> ids)
      throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement(
            "UPDATE xapi_statement SET voided = TRUE WHERE municipality_id = ? AND voids_statement"
                + " IS NULL AND statement_id IN ("
                + StatementStore.placeholders(ids.size())
                + ")")) {
      update.setLong(1, municipality);
      int i = 2;
      for (String id : ids) {
        update.setString(i++, id);
      }
      update.executeUpdate();
    }
  }
}
