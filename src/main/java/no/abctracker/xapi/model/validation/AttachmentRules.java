package no.abctracker.xapi.model.validation;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Attachment metadata in a statement (the raw content travels in the multipart body).
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2411-attachments">xAPI
 *     2.0 Data 2.4.11 Attachments</a>
 */
public final class AttachmentRules {

  private static final Set<String> PROPERTIES =
      Set.of("usageType", "display", "description", "contentType", "length", "sha2", "fileUrl");
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+(\\s*;.*)?");
  private static final Pattern SHA2 =
      Pattern.compile("[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}");

  private AttachmentRules() {}

  public static void attachments(Node node) {
    node.elements().forEach(AttachmentRules::attachment);
  }

  /**
   * An attachment has an IRI usageType, a display language map, an Internet media type, an integer
   * length and a SHA-2 hash; description and fileUrl are optional.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2411-attachments">xAPI
   *     2.0 Data 2.4.11 Attachments</a>
   */
  static void attachment(Node node) {
    node.object();
    node.onlyProperties(PROPERTIES, "an Attachment");
    Iris.iri(node.required("usageType"));
    LanguageMaps.languageMap(node.required("display"));
    node.optional("description").ifPresent(LanguageMaps::languageMap);
    Node contentType = node.required("contentType");
    if (!MEDIA_TYPE.matcher(contentType.string()).matches()) {
      throw contentType.fail(
          "must be an Internet media type like \"text/plain\", got \""
              + contentType.string()
              + "\"");
    }
    Node length = node.required("length");
    if (!length.number().isIntegral() || length.number().bigDecimalValue().signum() < 0) {
      throw length.fail("must be a non-negative integer number of octets");
    }
    Node sha2 = node.required("sha2");
    if (!SHA2.matcher(sha2.string()).matches()) {
      throw sha2.fail(
          "must be the hex SHA-2 hash of the attachment, got \"" + sha2.string() + "\"");
    }
    node.optional("fileUrl").ifPresent(Iris::irl);
  }
}
