package no.abctracker.problems;

/** The named thing does not exist (or is not visible to the caller's municipality). */
public class NotFound extends Problem {

  public NotFound(String detail) {
    super(404, "Not Found", detail);
  }

  public NotFound(MessageKey key, Object... arguments) {
    super(404, "Not Found", Message.of(key, arguments));
  }
}
