package no.abctracker.cluster.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionalException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A transaction that lost a write conflict runs again; any other failure is the caller's. */
class ConflictRetryTest {

  final ConflictRetry retry = new ConflictRetryRequiresNew();
  final AtomicInteger attempts = new AtomicInteger();

  /** How Payara reports a conflict at the commit: TransactionalException, SystemException, … */
  static Exception conflictAtCommit() {
    SQLException galera =
        new SQLTransactionRollbackException(
            "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the"
                + " transaction",
            "40001",
            1213);
    Exception resource = new IllegalStateException("commit failed", galera);
    return new TransactionalException("encountered exception during commit", resource);
  }

  @Test
  void conflictsAreRunAgainUntilTheTransactionGoesThrough() throws Exception {
    Object result = retry.retryConflicts(failing(2, ConflictRetryTest::conflictAtCommit));
    assertThat(result).isEqualTo("stored");
    assertThat(attempts).hasValue(3);
  }

  /** What Payara 6 throws when the commit of a local transaction loses: the cause is text only. */
  static Exception conflictAsPayaraReportsItAtCommit() {
    javax.transaction.xa.XAException lost =
        new javax.transaction.xa.XAException(
            "jakarta.resource.spi.LocalTransactionException: (conn=12) Deadlock found when trying to"
                + " get lock; try restarting transaction");
    Exception system = new jakarta.transaction.SystemException();
    system.initCause(lost);
    return new TransactionalException("encountered exception during commit", system);
  }

  @Test
  void aConflictReportedAtTheCommitIsRunAgain() throws Exception {
    Object result =
        retry.retryConflicts(failing(1, ConflictRetryTest::conflictAsPayaraReportsItAtCommit));
    assertThat(result).isEqualTo("stored");
    assertThat(attempts).hasValue(2);
    assertThat(
            ConflictRetry.isWriteConflict(
                new TransactionalException(
                    "commit",
                    new javax.transaction.xa.XAException("LocalTransactionException: Lock wait"))))
        .isFalse();
  }

  @Test
  void aConflictThatOutlivesEveryAttemptIsA503TheClientMaySendAgain() {
    assertThatThrownBy(() -> retry.retryConflicts(failing(99, ConflictRetryTest::conflictAtCommit)))
        .isInstanceOfSatisfying(
            WriteConflict.class,
            conflict -> {
              assertThat(conflict.status()).isEqualTo(503);
              assertThat(conflict.headers()).containsKey("Retry-After");
            });
    assertThat(attempts).hasValue(ConflictRetry.ATTEMPTS);
  }

  @Test
  void otherFailuresAreNotRunAgain() {
    assertThatThrownBy(
            () ->
                retry.retryConflicts(
                    failing(
                        99,
                        () ->
                            new IllegalStateException(
                                "Storing statements failed",
                                new SQLException("Duplicate entry", "23000", 1062)))))
        .hasMessage("Storing statements failed");
    assertThat(attempts).hasValue(1);
  }

  @Test
  void aMethodJoiningItsCallersTransactionIsLeftToTheCaller() {
    ConflictRetry joining =
        new ConflictRetryRequired() {
          @Override
          boolean startsTransaction() {
            return false;
          }
        };
    assertThatThrownBy(
            () -> joining.retryConflicts(failing(99, ConflictRetryTest::conflictAtCommit)))
        .isInstanceOf(TransactionalException.class);
    assertThat(attempts).hasValue(1);
  }

  /** A transactional method that fails {@code times} times with {@code failure}, then stores. */
  InvocationContext failing(int times, Supplier<Exception> failure) {
    return invocation(
        () -> {
          if (attempts.incrementAndGet() <= times) {
            throw failure.get();
          }
          return "stored";
        });
  }

  static InvocationContext invocation(Callable<Object> body) {
    return new InvocationContext() {
      @Override
      public Object proceed() throws Exception {
        return body.call();
      }

      @Override
      public Object getTarget() {
        return null;
      }

      @Override
      public Object getTimer() {
        return null;
      }

      @Override
      public Method getMethod() {
        return null;
      }

      @Override
      public Constructor<?> getConstructor() {
        return null;
      }

      @Override
      public Object[] getParameters() {
        return new Object[0];
      }

      @Override
      public void setParameters(Object[] params) {}

      @Override
      public Map<String, Object> getContextData() {
        return Map.of();
      }
    };
  }
}
