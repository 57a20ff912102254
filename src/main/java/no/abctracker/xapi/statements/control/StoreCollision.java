package no.abctracker.xapi.statements.control;

import java.util.Map;
import no.abctracker.problems.Problem;

/**
 * A store that collided with a simultaneous one (the database broke a deadlock by rolling it back,
 * e.g. two batches each voiding a statement of the other): nothing of it was stored. {@link
 * StatementIntake} sends it again a few times before it answers 503 with {@code Retry-After}.
 */
public class StoreCollision extends Problem {

  public StoreCollision(Throwable cause) {
    super(
        503,
        "Service Unavailable",
        "the statements collided with statements stored at the same moment and nothing was stored;"
            + " send them again",
        cause);
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", "1");
  }
}
