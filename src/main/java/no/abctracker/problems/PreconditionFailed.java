package no.abctracker.problems;

/**
 * An {@code If-Match} / {@code If-None-Match} precondition of a write does not hold: 412, nothing
 * changed.
 */
public class PreconditionFailed extends Problem {

  public PreconditionFailed(String detail) {
    super(412, "Precondition Failed", detail);
  }
}
