package no.abctracker.problems;

import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;

/**
 * A failure a client can act on: its HTTP status, a short title and a detail message that names
 * what was wrong. Subclasses name the failure ({@code InvalidStatement}, {@code StatementConflict},
 * {@code PreconditionFailed}); the mapper renders them as problem+json.
 */
public abstract class Problem extends RuntimeException {

  private final int status;
  private final String title;
  private final Message message;

  protected Problem(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
    this.message = null;
  }

  /** A failure told from the message catalogue: its English text is the exception's message. */
  protected Problem(int status, String title, Message message) {
    super(Messages.text(Locale.ENGLISH, message));
    this.status = status;
    this.title = title;
    this.message = message;
  }

  protected Problem(int status, String title, String detail, Throwable cause) {
    super(detail, cause);
    this.status = status;
    this.title = title;
    this.message = null;
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

  /** The catalogue's message, or null for a failure told only by an English detail. */
  public Message message() {
    return message;
  }

  /** The detail for a person reading {@code locale}: the catalogue's text when there is one. */
  public String detail(Locale locale) {
    return message == null ? detail() : Messages.text(locale, message);
  }

  /** The title of this type of failure for a person reading {@code locale}. */
  public String title(Locale locale) {
    return Messages.title(locale, getClass());
  }

  /** Extra response headers (e.g. {@code WWW-Authenticate} on 401); none by default. */
  public Map<String, String> headers() {
    return Map.of();
  }

  /** Extension members of the problem+json body next to {@code detail} (RFC 9457 §3.2). */
  public Map<String, JsonValue> extensions() {
    return Map.of();
  }

  /** The extension members in a reader's language; those of {@link #extensions()} by default. */
  public Map<String, JsonValue> extensions(Locale locale) {
    return extensions();
  }
}
