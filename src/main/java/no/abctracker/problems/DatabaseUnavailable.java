package no.abctracker.problems;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The database cannot be reached (stopped, restarting, unreachable, or every pooled connection busy
 * past the pool's wait): 503 with {@code Retry-After}. The request was not carried out, so a client
 * sends it again; nothing it sent was acknowledged. Told apart from our own bugs by the failure's
 * cause: a JDBC connection failure (SQLState class 08) or the pool's refusal to allocate a
 * connection, never a syntax or constraint error.
 */
public class DatabaseUnavailable extends Problem {

  public static final int RETRY_AFTER_SECONDS = 5;

  private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());
  private static final Duration LOG_EVERY = Duration.ofSeconds(10);
  private static final AtomicReference<Instant> LAST_LOGGED = new AtomicReference<>(Instant.MIN);
  private static final AtomicLong UNLOGGED = new AtomicLong();

  public DatabaseUnavailable() {
    super(
        503,
        "Service Unavailable",
        "The database cannot be reached right now, so the request was not carried out; send it"
            + " again in a few seconds");
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
  }

  /** A 503 when {@code failure} was caused by the database being out of reach, else empty. */
  public static Optional<DatabaseUnavailable> among(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DatabaseUnavailable already) {
        return Optional.of(already);
      }
      if (isConnectionFailure(t)) {
        report(t);
        return Optional.of(new DatabaseUnavailable());
      }
    }
    return Optional.empty();
  }

  private static boolean isConnectionFailure(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof jakarta.resource.spi.ResourceAllocationException) {
      return true;
    }
    return t instanceof SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith("08");
  }

  /**
   * One log line per {@link #LOG_EVERY} with the driver's reason, not a stack trace per request:
   * during an outage every request fails the same way.
   */
  private static void report(Throwable cause) {
    Instant now = Instant.now();
    Instant last = LAST_LOGGED.get();
    if (now.isBefore(last.plus(LOG_EVERY)) || !LAST_LOGGED.compareAndSet(last, now)) {
      UNLOGGED.incrementAndGet();
      return;
    }
    long skipped = UNLOGGED.getAndSet(0);
    LOG.warning(
        () ->
            "The database cannot be reached; answering 503 ("
                + cause
                + (skipped > 0 ? "; " + skipped + " more since the last such line" : "")
                + ")");
  }
}
