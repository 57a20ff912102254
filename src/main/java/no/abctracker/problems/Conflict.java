package no.abctracker.problems;

/** The request contradicts what is already stored. */
public class Conflict extends Problem {

  public Conflict(String detail) {
    super(409, "Conflict", detail);
  }
}
