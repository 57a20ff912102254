package no.abctracker.progress.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs this node's projector: every {@link #POLL} (work queued by other nodes, or left by a failed
 * run) and right after a local transaction that queued work commits. One drain at a time per node;
 * a wake-up during a drain makes it go round once more, so work queued meanwhile is applied in the
 * next transaction together with whatever else arrived. Nothing here needs to survive a restart:
 * the queue is in the database.
 */
@ApplicationScoped
public class ProjectorRuns {

  static final Duration POLL = Duration.ofMillis(250);
  private static final Duration LOG_FAILURES_EVERY = Duration.ofMinutes(1);
  private static final Logger LOG = Logger.getLogger(ProjectorRuns.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Inject Projector projector;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final AtomicBoolean wakeScheduled = new AtomicBoolean();
  private volatile ScheduledFuture<?> polling;
  private volatile long lastFailureLogged;

  /** Municipalities whose rows are applied one at a time, with how many rows are left so. */
  private final Map<Long, Integer> alone = new ConcurrentHashMap<>();

  /** Starts polling (called once the schema is migrated). */
  public void start() {
    polling =
        executor.scheduleWithFixedDelay(
            this::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * One poll. A periodic task that throws is never run again (the executor keeps the throwable in a
   * future nobody reads), and then only commits on this node would wake the projector: work queued
   * by other nodes, or left by a failed run, would wait for an unrelated commit. So even an error
   * is logged here and the next poll comes.
   */
  private void poll() {
    try {
      drain();
    } catch (RuntimeException | Error e) {
      LOG.log(Level.SEVERE, "A projector poll failed; polling goes on", e);
    }
  }

  public void stop() {
    ScheduledFuture<?> current = polling;
    if (current != null) {
      current.cancel(false);
    }
  }

  void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProgressQueued queued) {
    if (polling == null || !wakeScheduled.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            wakeScheduled.set(false);
            drain();
          });
    } catch (RejectedExecutionException e) {
      wakeScheduled.set(false); // shutting down; the queue is durable
    }
  }

  /** Applies queued work of every municipality until none is left that this node may apply. */
  void drain() {
    do {
      if (!draining.compareAndSet(false, true)) {
        again.set(true); // the running drain goes round once more
        return;
      }
      try {
        boolean more;
        do {
          again.set(false);
          more = false;
          for (long municipality : projector.municipalitiesWithWork()) {
            more |= projectOnce(municipality);
          }
        } while (more || again.get());
      } catch (RuntimeException e) {
        logFailure(e);
        return;
      } finally {
        draining.set(false);
      }
      // A wake-up between the last check and the release must not wait for the next poll.
    } while (again.get());
  }

  /**
   * One transaction for one municipality; true when it should be called again at once. After a run
   * of many rows fails, the rows of that run are applied one at a time ({@link #alone}) until the
   * one that fails is found: it is retried every poll and, after {@link
   * Projector#ATTEMPTS_BEFORE_PARKING} failures, parked with its error, and the rest flows again.
   * The order of the queue is kept: a run alone takes the oldest row that is not parked.
   */
  private boolean projectOnce(long municipality) {
    Integer remaining = alone.get(municipality);
    try {
      if (remaining == null) {
        return projector.project(municipality).callAgain();
      }
      Projector.Run run = projector.projectAlone(municipality);
      if (run.applied() > 0 && remaining - run.applied() <= 0) {
        alone.remove(municipality);
      } else if (run.applied() > 0) {
        alone.put(municipality, remaining - run.applied());
      }
      return run.applied() > 0 || run.retry();
    } catch (RuntimeException e) {
      logFailure(e);
      if (unprotected(e)) {
        return false; // a deployment fault, not a bad row: park nothing
      }
      if (remaining == null) {
        alone.put(municipality, Projector.ROWS_PER_RUN);
      } else if (recordFailure(municipality, e)) {
        alone.remove(municipality);
      }
      return false;
    }
  }

  /** Counts the failure against the row a run alone tried; true when that row is parked now. */
  private boolean recordFailure(long municipality, RuntimeException failure) {
    try {
      boolean parked = projector.failed(municipality, describe(failure));
      if (parked) {
        LOG.log(
            Level.SEVERE,
            "A progress row of municipality {0} failed {1} times and is parked (see"
                + " …/progress/parked); the rest of its work goes on. Last error: {2}",
            new Object[] {municipality, Projector.ATTEMPTS_BEFORE_PARKING, describe(failure)});
      }
      return parked;
    } catch (RuntimeException e) {
      logFailure(e);
      return false;
    }
  }

  /** The innermost message of a failure, with its type: what an administrator sees when parked. */
  static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  /**
   * A failed run leaves its work queued for the next; say so, but not four times a second. A run
   * refused for want of a transaction is a deployment fault that stops all projection: SEVERE.
   */
  private void logFailure(RuntimeException e) {
    long now = System.nanoTime();
    if (now - lastFailureLogged > LOG_FAILURES_EVERY.toNanos() || lastFailureLogged == 0) {
      lastFailureLogged = now;
      LOG.log(
          unprotected(e) ? Level.SEVERE : Level.WARNING,
          "Projecting progress failed; the work stays queued and is retried",
          e);
    } else {
      LOG.log(Level.FINE, "Projecting progress failed again", e);
    }
  }

  private static boolean unprotected(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnprotectedProjection) {
        return true;
      }
    }
    return false;
  }
}
