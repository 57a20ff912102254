package no.abctracker.privacy.control;

import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.configuration.SqlTimes;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;

/**
 * Runs {@link Retention} for every municipality once a day, on one node of a cluster: every node's
 * timer fires every quarter hour, and the node that takes the {@code retention_run} row's lock
 * (SKIP LOCKED: the others go on at once) runs when the last run is 23 hours old or more, holding
 * the lock until it has recorded the run. A node that dies during a run leaves the row unchanged,
 * so the next timer on any node runs again; each person's erasure commits on its own, so nothing is
 * erased twice. On a Galera cluster the lock holds on one database node only: two nodes may then
 * run at the same time, and one's erasures find nothing left or fail on a conflict and are retried
 * by the next run.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class RetentionJob {

  static final Duration EVERY = Duration.ofHours(23);
  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Retention retention;
  @Inject Municipalities municipalities;
  @Inject Clock clock;

  @Schedule(minute = "*/15", hour = "*", persistent = false)
  void run() {
    Instant now = clock.instant();
    try (Connection db = dataSource.getConnection()) {
      try (PreparedStatement lock =
          db.prepareStatement(
              "SELECT last_run_at FROM retention_run WHERE job = ? FOR UPDATE SKIP LOCKED")) {
        lock.setString(1, Retention.JOB);
        try (ResultSet rs = lock.executeQuery()) {
          if (!rs.next()) {
            return;
          }
          LocalDateTime last = SqlTimes.dateTime(rs, 1);
          if (last != null && last.toInstant(ZoneOffset.UTC).isAfter(now.minus(EVERY))) {
            return;
          }
        }
      }
      for (Municipality municipality : municipalities.all()) {
        try {
          Retention.Done done = retention.run(municipality);
          if (!done.erasureIds().isEmpty() || done.unknownActorStatements() > 0) {
            LOG.info(
                () ->
                    "Retention in "
                        + municipality.code()
                        + ": erased "
                        + done.erasureIds().size()
                        + " person(s), deleted "
                        + done.unknownActorStatements()
                        + " statement(s) of unknown actors");
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Retention in " + municipality.code() + " failed", e);
        }
      }
      try (PreparedStatement done =
          db.prepareStatement("UPDATE retention_run SET last_run_at = ? WHERE job = ?")) {
        done.setObject(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        done.setString(2, Retention.JOB);
        done.executeUpdate();
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "The retention run failed; the next timer tries again", e);
    }
  }
}
