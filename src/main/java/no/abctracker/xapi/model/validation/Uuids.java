package no.abctracker.xapi.model.validation;

import java.util.regex.Pattern;

/**
 * UUIDs (statement id, registration, StatementRef id) in the RFC 4122 string form.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#241-id">xAPI 2.0 Data
 *     2.4.1 ID</a>
 */
public final class Uuids {

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Uuids() {}

  public static boolean isUuid(String value) {
    return value != null && UUID.matcher(value).matches();
  }

  public static String uuid(Node node) {
    String value = node.string();
    if (!isUuid(value)) {
      throw node.fail(
          "must be a UUID like \"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\", got \"" + value + "\"");
    }
    return value;
  }
}
