package no.abctracker.cluster.control;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.transaction.xa.XAException;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Runs a whole transaction again when it lost a write conflict: a deadlock on one MariaDB server,
 * or on a Galera cluster a certification conflict with a transaction committed on another database
 * node (both are error 1213, SQLSTATE 40001, at a statement or at the commit). Each attempt is a
 * new transaction from the start of the transactional method, after a short random pause, at most
 * {@link #ATTEMPTS} times; what the attempt did is rolled back, and its events for committed
 * transactions never fired.
 *
 * <p>Wraps every method that starts a transaction with {@code @Transactional} (this interceptor
 * runs outside the container's transaction interceptor, see {@link ConflictRetryRequired}); a
 * method that joins its caller's transaction is retried with the caller's, never alone. So the
 * statement store, the projector and every other control get it without code of their own.
 */
public abstract class ConflictRetry {

  /** Attempts in all; a conflict that outlives them is a {@link WriteConflict} (503). */
  static final int ATTEMPTS = 6;

  /** MariaDB's texts of error 1213: a deadlock, and a Galera conflict found while running. */
  static final List<String> CONFLICT_MESSAGES =
      List.of(
          "Deadlock found when trying to get lock",
          "WSREP detected deadlock/conflict and aborted the transaction");

  private static final Logger LOG = Logger.getLogger(ConflictRetry.class.getName());

  /**
   * How many transactions ran again, at {@code /metrics} as {@code abc_transactions_retried_total}.
   */
  static final String RETRIED = "abc.transactions.retried";

  @Resource TransactionSynchronizationRegistry transactions;
  @Inject MetricRegistry metrics;

  @AroundInvoke
  Object retryConflicts(InvocationContext invocation) throws Exception {
    if (!startsTransaction()) {
      return invocation.proceed();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return invocation.proceed();
      } catch (Exception e) {
        if (!isWriteConflict(e)) {
          throw e;
        }
        if (attempt >= ATTEMPTS) {
          throw e instanceof WriteConflict ? e : new WriteConflict(e);
        }
        if (metrics != null) {
          metrics.counter(RETRIED).inc();
        }
        int attemptNumber = attempt;
        LOG.log(
            Level.FINE,
            e,
            () ->
                "Write conflict in "
                    + invocation.getMethod()
                    + ", attempt "
                    + attemptNumber
                    + "; running the transaction again");
        pause(attempt);
      }
    }
  }

  /** Whether this invocation begins a transaction (rather than joining one). */
  boolean startsTransaction() {
    return transactions == null
        || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION;
  }

  /**
   * A deadlock or certification conflict anywhere in the causes. At the commit Payara reports it as
   * an {@code XAException} that keeps only the driver's message, not the {@code SQLException}.
   */
  static boolean isWriteConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && (sql.getErrorCode() == 1213 || "40001".equals(sql.getSQLState()))) {
        return true;
      }
      if (t instanceof XAException
          && t.getMessage() != null
          && CONFLICT_MESSAGES.stream().anyMatch(t.getMessage()::contains)) {
        return true;
      }
    }
    return false;
  }

  private static void pause(int attempt) throws InterruptedException {
    Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 10));
  }
}
