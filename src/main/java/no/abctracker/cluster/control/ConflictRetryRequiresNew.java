package no.abctracker.cluster.control;

import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

/**
 * {@link ConflictRetry} for {@code @Transactional(REQUIRES_NEW)}, which always begins a transaction
 * of its own (the caller's is suspended), so it is retried whatever the caller runs in.
 */
@Transactional(Transactional.TxType.REQUIRES_NEW)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 199)
public class ConflictRetryRequiresNew extends ConflictRetry {

  @Override
  boolean startsTransaction() {
    return true;
  }
}
