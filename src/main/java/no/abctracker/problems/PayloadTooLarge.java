package no.abctracker.problems;

import java.util.Optional;

/**
 * A request body over {@code ABC_MAX_BODY_MB}: 413, refused before the body is read whole, so a
 * huge body never reaches the database (where it would exceed the server's packet size).
 */
public class PayloadTooLarge extends Problem {

  public PayloadTooLarge(long limitBytes) {
    super(
        413,
        "Content Too Large",
        "The request body is larger than this server accepts ("
            + limitBytes / (1024 * 1024)
            + " MB, ABC_MAX_BODY_MB); nothing was stored");
  }

  /** The refusal when {@code failure} was caused by an over-long body, else empty. */
  public static Optional<PayloadTooLarge> among(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PayloadTooLarge tooLarge) {
        return Optional.of(tooLarge);
      }
    }
    return Optional.empty();
  }
}
