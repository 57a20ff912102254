package no.abctracker.problems;

/** Input that cannot be accepted as it is: 400 with a message naming the offending part. */
public class BadRequest extends Problem {

  public BadRequest(String detail) {
    super(400, "Bad Request", detail);
  }

  public BadRequest(MessageKey key, Object... arguments) {
    super(400, "Bad Request", Message.of(key, arguments));
  }

  public BadRequest(String detail, Throwable cause) {
    super(400, "Bad Request", detail, cause);
  }
}
