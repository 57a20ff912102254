package no.abctracker.xapi.documents.control;

import java.util.Arrays;
import java.util.Optional;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Conflict;
import no.abctracker.problems.PreconditionFailed;
import no.abctracker.problems.PreconditionRequired;
import no.abctracker.xapi.documents.entity.DocumentKind;
import no.abctracker.xapi.model.XapiVersion;

/**
 * The concurrency rule of the document resources: a write's {@code If-Match} / {@code
 * If-None-Match} headers checked against the stored document's ETag, as RFC 7232 describes, plus
 * xAPI's rule for a PUT without either header.
 *
 * <ul>
 *   <li>{@code If-Match} that names neither the current ETag nor {@code *} (or any {@code If-Match}
 *       when nothing is stored): 412.
 *   <li>{@code If-None-Match: *} when a document exists, or naming the current ETag: 412.
 *   <li>PUT without either header over an existing document: 409, except State in xAPI 1.0.3, which
 *       permits unconditional writes.
 *   <li>PUT without either header creating a profile document: 400 in 1.0.3 (its conformance suite
 *       requires an error there), 428 Precondition Required in 2.0.
 * </ul>
 *
 * @param ifMatch the {@code If-Match} header or {@code null}
 * @param ifNoneMatch the {@code If-None-Match} header or {@code null}
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#concurrency">xAPI
 *     2.0 Communication 3.1 Concurrency</a>
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/1.0.3/xAPI-Communication.md#concurrency">xAPI
 *     1.0.3 Communication 3.1 Concurrency</a>
 */
public record Preconditions(String ifMatch, String ifNoneMatch) {

  /** The write being guarded. */
  public enum Write {
    PUT,
    POST,
    DELETE
  }

  public static Preconditions none() {
    return new Preconditions(null, null);
  }

  public Preconditions {
    ifMatch = blankToNull(ifMatch);
    ifNoneMatch = blankToNull(ifNoneMatch);
  }

  /**
   * Checks the headers against {@code currentEtag} (empty when no document is stored).
   *
   * @throws PreconditionFailed, Conflict, PreconditionRequired or BadRequest as listed above
   */
  public void check(
      Write write, DocumentKind kind, XapiVersion version, Optional<String> currentEtag) {
    if (ifMatch != null) {
      if (currentEtag.isEmpty()) {
        throw new PreconditionFailed(
            "If-Match names " + ifMatch + " but no such document exists; nothing was changed");
      }
      if (!matches(ifMatch, currentEtag.get())) {
        throw new PreconditionFailed(
            "If-Match "
                + ifMatch
                + " does not match the document's current ETag \""
                + currentEtag.get()
                + "\": it was changed since you read it; GET it again and retry");
      }
    }
    if (ifNoneMatch != null && currentEtag.isPresent() && matches(ifNoneMatch, currentEtag.get())) {
      throw new PreconditionFailed(
          "If-None-Match "
              + ifNoneMatch
              + " but the document exists (ETag \""
              + currentEtag.get()
              + "\"); nothing was changed");
    }
    if (write == Write.PUT && ifMatch == null && ifNoneMatch == null) {
      unconditionalPut(kind, version, currentEtag.isPresent());
    }
  }

  private static void unconditionalPut(DocumentKind kind, XapiVersion version, boolean exists) {
    boolean stateIn103 = kind == DocumentKind.STATE && !version.isV2();
    if (exists && !stateIn103) {
      throw new Conflict(
          "The document already exists and the PUT had neither If-Match nor If-None-Match. Check"
              + " the document's current state (GET it) and send If-Match with its current ETag to"
              + " overwrite it; nothing was changed");
    }
    if (!exists && kind != DocumentKind.STATE) {
      String detail =
          "A PUT to a profile document needs If-Match (to overwrite) or If-None-Match: * (to"
              + " create); nothing was stored";
      if (version.isV2()) {
        throw new PreconditionRequired(detail);
      }
      throw new BadRequest(detail);
    }
  }

  /** Whether an entity-tag list ({@code *}, or quoted, possibly weak, tags) names {@code etag}. */
  static boolean matches(String header, String etag) {
    return Arrays.stream(header.split(","))
        .map(String::strip)
        .anyMatch(tag -> tag.equals("*") || unquote(tag).equalsIgnoreCase(etag));
  }

  private static String unquote(String tag) {
    String t = tag.startsWith("W/") ? tag.substring(2) : tag;
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
