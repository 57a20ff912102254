package no.abctracker.xapi.statements.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;

/**
 * The {@code X-Experience-API-Consistent-Through} time of the whole cluster: every statement stored
 * up to it, on any node, is visible. A statement's {@code stored} is taken before its transaction
 * commits, so each node tracks its stores in flight and publishes, every {@link #PUBLISH_EVERY}, a
 * watermark before all of them (or before now, when none is in flight) in {@code
 * xapi_store_watermark}; the answer is the lowest watermark of the nodes that published lately,
 * read back in the same tick, so a request costs no query. Why that is safe, and its bounds, in
 * docs/xapi-storage.md ("Consistent-Through").
 *
 * <p>A node whose row was not refreshed for {@link #NODE_GONE_AFTER} is left out: its process is
 * gone (and its uncommitted stores with its connections), or it is alive but could not publish, and
 * then it does not commit stores either: a store commits only when this node published at most
 * {@link #VOUCH_FOR} before, and without a gap that long since the store began ({@link #vouchFor}).
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#213-get-statements">xAPI
 *     2.0 Communication 2.1.3 GET Statements, Consistent-Through</a>
 */
@ApplicationScoped
public class ConsistentThrough {

  static final Duration PUBLISH_EVERY = Duration.ofMillis(100);
  static final Duration VOUCH_FOR = Duration.ofSeconds(3);
  static final Duration NODE_GONE_AFTER = Duration.ofSeconds(10);
  private static final Duration FORGET_NODES_AFTER = Duration.ofHours(1);
  private static final Duration LOG_FAILURES_EVERY = Duration.ofMinutes(1);
  private static final Logger LOG = Logger.getLogger(ConsistentThrough.class.getName());

  /** A store in flight on this node: its {@code stored} time and when it began (nanoTime). */
  public record InFlight(long ticket, Instant stored, long began) {}

  @Inject Clock clock;

  @Resource TransactionSynchronizationRegistry transactions;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private final String node = UUID.randomUUID().toString();
  private final Map<Long, Instant> inFlight = new HashMap<>();
  private long tickets;
  private long lastPublishStarted;
  private long healthySince = Long.MAX_VALUE;
  private long publishes;
  private long lastFailureLogged;
  private volatile Instant cluster;

  /**
   * Begins a store on this node: answers its {@code stored} time (now, in whole milliseconds),
   * registered in flight at the same moment. End it with {@link #end}.
   */
  public synchronized InFlight begin() {
    Instant stored = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    long ticket = ++tickets;
    inFlight.put(ticket, stored);
    return new InFlight(ticket, stored, System.nanoTime());
  }

  /**
   * Ends a store: at once when its transaction is over, or when the caller's transaction that it
   * joined ends (its statements become visible only then).
   */
  public void end(InFlight store) {
    if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
      try {
        transactions.registerInterposedSynchronization(
            new Synchronization() {
              @Override
              public void beforeCompletion() {
                // nothing: the store is visible only after the commit
              }

              @Override
              public void afterCompletion(int status) {
                release(store);
              }
            });
        return;
      } catch (IllegalStateException completing) {
        // The transaction is already completing: it cannot take a synchronization any more.
      }
    }
    release(store);
  }

  private synchronized void release(InFlight store) {
    inFlight.remove(store.ticket());
  }

  /**
   * Called by a store last thing before its transaction commits: refuses (503) when this node has
   * not kept its watermark published since the store began, because other nodes may then have
   * stopped waiting for it.
   */
  public void vouchFor(InFlight store) {
    long now = System.nanoTime();
    long lastStarted;
    long since;
    synchronized (this) {
      lastStarted = lastPublishStarted;
      since = healthySince;
    }
    if (since > store.began() || now - lastStarted >= VOUCH_FOR.toNanos()) {
      throw new WatermarkStale(Duration.ofNanos(now - Math.min(lastStarted, store.began())));
    }
  }

  /** The time through which every statement stored in the cluster is visible. */
  public Instant now() {
    Instant through = cluster;
    if (through == null) {
      publish();
      through = cluster;
    }
    return through == null ? Instant.EPOCH : through;
  }

  /**
   * Before every store in flight on this node, and before any that begins later: a store that
   * begins in the same millisecond as now gets {@code stored} = now truncated to milliseconds.
   */
  synchronized Instant localWatermark() {
    Instant through = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    for (Instant stored : inFlight.values()) {
      if (stored.isBefore(through)) {
        through = stored;
      }
    }
    return through.minusMillis(1);
  }

  /** Publishes this node's watermark and reads the cluster's; one tick of the publisher. */
  void publish() {
    long started = System.nanoTime();
    Instant local = localWatermark();
    try (Connection db = dataSource.getConnection()) {
      StoreWatermarks.publish(db, node, local);
      published(started, System.nanoTime());
      cluster = StoreWatermarks.lowest(db, NODE_GONE_AFTER).orElse(local);
      if (++publishes % 6000 == 0) {
        StoreWatermarks.forget(db, FORGET_NODES_AFTER);
      }
    } catch (SQLException | RuntimeException e) {
      logFailure(e);
    }
  }

  /**
   * Records a publish that began at {@code started} and committed at {@code done}: the streak of
   * publishes each refreshed within {@link #VOUCH_FOR} of the previous one goes on, or a new one
   * begins now.
   */
  private synchronized void published(long started, long done) {
    if (healthySince == Long.MAX_VALUE || done - lastPublishStarted >= VOUCH_FOR.toNanos()) {
      healthySince = done;
    }
    lastPublishStarted = started;
  }

  private void logFailure(Exception e) {
    long now = System.nanoTime();
    if (lastFailureLogged == 0 || now - lastFailureLogged > LOG_FAILURES_EVERY.toNanos()) {
      lastFailureLogged = now;
      LOG.log(
          Level.WARNING,
          "Publishing this node's Consistent-Through watermark failed; stores are refused after "
              + VOUCH_FOR.toSeconds()
              + " s without it",
          e);
    }
  }
}
