package no.abctracker.cluster.control;

import java.util.Map;
import no.abctracker.problems.Problem;

/**
 * A transaction that lost a write conflict (a deadlock, or a Galera certification conflict) on
 * every attempt {@link ConflictRetry} gave it: nothing of it was stored, and sending the request
 * again a moment later succeeds. 503 with {@code Retry-After}, never a 500: it is load, not a bug.
 */
public class WriteConflict extends Problem {

  public WriteConflict(Throwable cause) {
    super(
        503,
        "Service Unavailable",
        "the request collided with changes made at the same moment and nothing was stored;"
            + " send it again",
        cause);
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", "1");
  }
}
