package no.abctracker.problems;

/** The named thing does not exist (or is not visible to the caller's municipality). */
public class NotFound extends Problem {

  public NotFound(String detail) {
    super(404, "Not Found", detail);
  }
}
