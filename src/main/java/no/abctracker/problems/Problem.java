package no.abctracker.problems;

import jakarta.json.JsonValue;
import java.util.Map;

/**
 * A failure a client can act on: its HTTP status, a short title and a detail message that names
 * what was wrong. Subclasses name the failure ({@code InvalidStatement}, {@code StatementConflict},
 * {@code PreconditionFailed}); the mapper renders them as problem+json.
 */
public abstract class Problem extends RuntimeException {

  private final int status;
  private final String title;

  protected Problem(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  protected Problem(int status, String title, String detail, Throwable cause) {
    super(detail, cause);
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  /** Extra response headers (e.g. {@code WWW-Authenticate} on 401); none by default. */
  public Map<String, String> headers() {
    return Map.of();
  }

  /** Extension members of the problem+json body next to {@code detail} (RFC 9457 §3.2). */
  public Map<String, JsonValue> extensions() {
    return Map.of();
  }
}
