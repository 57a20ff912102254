package no.abctracker.xapi.statements.control;

import java.time.Duration;
import java.util.Map;
import no.abctracker.problems.Problem;

/**
 * This node could not keep its Consistent-Through watermark published while the store ran (the
 * database did not take it), so other nodes may have stopped waiting for the store: it is not
 * committed, and the client sends it again (503 with {@code Retry-After}).
 */
public class WatermarkStale extends Problem {

  public WatermarkStale(Duration unpublished) {
    super(
        503,
        "Service Unavailable",
        "this node could not publish its X-Experience-API-Consistent-Through watermark for "
            + unpublished.toMillis()
            + " ms, so it cannot vouch for the time other nodes report; nothing was stored, send"
            + " the statements again");
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", "1");
  }
}
