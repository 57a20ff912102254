package no.abctracker.xapi.model.validation;

import java.util.regex.Pattern;

/**
 * The {@code mbox} and {@code mbox_sha1sum} inverse functional identifiers.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2423-inverse-functional-identifier">xAPI
 *     2.0 Data 2.4.2.3 Inverse Functional Identifier</a>
 */
public final class Mailboxes {

  private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s:/]+@[^@\\s/]+");
  private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");

  private Mailboxes() {}

  /** An {@code mbox} is a "mailto:" IRI holding one email address. */
  public static String mailto(Node node) {
    String value = node.string();
    if (!MAILTO.matcher(value).matches()) {
      throw node.fail("must be a \"mailto:\" IRI with an email address, got \"" + value + "\"");
    }
    return value;
  }

  /** An {@code mbox_sha1sum} is the hex-encoded SHA-1 of a "mailto:" IRI. */
  public static String sha1sum(Node node) {
    String value = node.string();
    if (!SHA1.matcher(value).matches()) {
      throw node.fail("must be the 40 hex digit SHA-1 of a \"mailto:\" IRI, got \"" + value + "\"");
    }
    return value;
  }
}
