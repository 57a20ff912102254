package no.abctracker.xapi.statements.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code X-Experience-API-Consistent-Through} time: every statement stored up to it is visible.
 * A statement's {@code stored} is taken before its transaction commits, so while stores are in
 * flight on this node the answer is just before the oldest of them; otherwise it is now.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#213-get-statements">xAPI
 *     2.0 Communication 2.1.3 GET Statements, Consistent-Through</a>
 */
@ApplicationScoped
public class ConsistentThrough {

  private final ConcurrentSkipListMap<Long, Instant> inFlight = new ConcurrentSkipListMap<>();
  private final AtomicLong tickets = new AtomicLong();
  @Inject Clock clock;

  /** Runs a store whose statements get {@code stored} = {@code storedAt}. */
  public void storing(Instant storedAt, Runnable store) {
    long ticket = tickets.incrementAndGet();
    inFlight.put(ticket, storedAt);
    try {
      store.run();
    } finally {
      inFlight.remove(ticket);
    }
  }

  public Instant now() {
    Instant now = clock.instant();
    Instant oldest = inFlight.values().stream().min(Instant::compareTo).orElse(null);
    return oldest == null || oldest.isAfter(now) ? now : oldest.minusMillis(1);
  }
}
