package no.abctracker.problems;

/** Authenticated, but not allowed to do this. */
public class Forbidden extends Problem {

  public Forbidden(String detail) {
    super(403, "Forbidden", detail);
  }

  public Forbidden(MessageKey key, Object... arguments) {
    super(403, "Forbidden", Message.of(key, arguments));
  }
}
