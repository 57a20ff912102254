package no.abctracker.problems;

/** The request contradicts what is already stored. */
public class Conflict extends Problem {

  public Conflict(String detail) {
    super(409, "Conflict", detail);
  }

  public Conflict(MessageKey key, Object... arguments) {
    super(409, "Conflict", Message.of(key, arguments));
  }
}
