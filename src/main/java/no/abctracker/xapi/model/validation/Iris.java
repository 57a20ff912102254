package no.abctracker.xapi.model.validation;

import java.util.regex.Pattern;

/**
 * IRIs and IRLs: absolute, with a scheme, no white space or characters RFC 3987 excludes.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#22-formatting-requirements">xAPI
 *     2.0 Data 2.2 Formatting Requirements</a>
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#42-internationalized-resource-identifiers-iris">xAPI
 *     2.0 Data 4.2 IRIs</a>
 */
public final class Iris {

  private static final Pattern IRI =
      Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`\\x00-\\x1F\\x7F]+");

  private static final Pattern WEB_ADDRESS =
      Pattern.compile("(?i)https?://[^/?#@\\s]+(?:[/?#].*)?");

  private Iris() {}

  /**
   * Whether {@code value} is an absolute {@code http} or {@code https} IRI with a host, as an
   * account's homePage (the site of the system that owns the account) must be to be told apart.
   */
  public static boolean isWebAddress(String value) {
    return isIri(value) && WEB_ADDRESS.matcher(value).matches();
  }

  /** Whether {@code value} is an absolute IRI with a scheme. */
  public static boolean isIri(String value) {
    return value != null && IRI.matcher(value).matches();
  }

  /**
   * An IRI-valued property (activity id, verb id, types, extension keys): a string holding an
   * absolute IRI.
   */
  public static String iri(Node node) {
    String value = node.string();
    if (!isIri(value)) {
      throw node.fail(
          "must be an absolute IRI with a scheme (e.g. \"http://example.com/x\"), got \""
              + value
              + "\"");
    }
    return value;
  }

  /** An IRL-valued property (moreInfo, homePage, fileUrl): an IRI that can be dereferenced. */
  public static String irl(Node node) {
    return iri(node);
  }
}
