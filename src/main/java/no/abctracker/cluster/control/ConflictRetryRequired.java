package no.abctracker.cluster.control;

import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

/**
 * {@link ConflictRetry} for {@code @Transactional} (REQUIRED), one priority step outside the
 * container's own transaction interceptor ({@code PLATFORM_BEFORE + 200}), so each attempt is a
 * transaction of its own.
 */
@Transactional(Transactional.TxType.REQUIRED)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 199)
public class ConflictRetryRequired extends ConflictRetry {}
