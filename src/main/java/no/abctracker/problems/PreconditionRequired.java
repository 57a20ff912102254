package no.abctracker.problems;

/** A write that must be conditional came without {@code If-Match} or {@code If-None-Match}: 428. */
public class PreconditionRequired extends Problem {

  public PreconditionRequired(String detail) {
    super(428, "Precondition Required", detail);
  }
}
