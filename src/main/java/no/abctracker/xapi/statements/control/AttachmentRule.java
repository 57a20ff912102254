package no.abctracker.xapi.statements.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.abctracker.xapi.model.InvalidStatement;
import no.abctracker.xapi.model.StatementSignature;

/**
 * The raw attachments of a request must match the attachments its statements declare: every part
 * names its SHA-2 in {@code X-Experience-API-Hash}, the hash is right, no part is left over, every
 * declared attachment without a {@code fileUrl} has its part, and a signature attachment holds a
 * JWS that verifies against its statement.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#multipart-mixed">xAPI
 *     2.0 Communication 1.5.2 multipart/mixed</a>
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#26-signed-statements">xAPI
 *     2.0 Data 2.6 Signed Statements</a>
 */
public final class AttachmentRule {

  private AttachmentRule() {}

  /**
   * Checks the parts against the statements (as received) and answers the parts by SHA-2 (lower
   * case).
   */
  public static Map<String, AttachmentPart> check(
      List<JsonObject> statements, List<AttachmentPart> parts) {
    Map<String, AttachmentPart> bySha2 = new HashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      AttachmentPart part = parts.get(i);
      String where = "attachment part " + (i + 2);
      String hash = part.header("x-experience-api-hash");
      if (hash == null || hash.isBlank()) {
        throw new InvalidStatement(where, "needs an X-Experience-API-Hash header with its SHA-2");
      }
      String encoding = part.header("content-transfer-encoding");
      if (encoding != null && !encoding.trim().equalsIgnoreCase("binary")) {
        throw new InvalidStatement(
            where, "must use Content-Transfer-Encoding: binary, not \"" + encoding + "\"");
      }
      String sha2 = hash.trim().toLowerCase(Locale.ROOT);
      if (!sha2.equals(sha2Of(part.content(), sha2.length(), where))) {
        throw new InvalidStatement(
            where, "content does not match its X-Experience-API-Hash " + hash.trim());
      }
      bySha2.put(sha2, part);
    }
    Set<String> declared = new HashSet<>();
    for (int s = 0; s < statements.size(); s++) {
      JsonObject statement = statements.get(s);
      if (!statement.containsKey("attachments")) {
        continue;
      }
      var attachments = statement.getJsonArray("attachments");
      for (int a = 0; a < attachments.size(); a++) {
        JsonObject attachment = attachments.getJsonObject(a);
        String path = "statements[" + s + "].attachments[" + a + "]";
        String sha2 = attachment.getString("sha2").toLowerCase(Locale.ROOT);
        declared.add(sha2);
        AttachmentPart part = bySha2.get(sha2);
        if (part == null && !attachment.containsKey("fileUrl")) {
          throw new InvalidStatement(
              path,
              "has no fileUrl, so its content must follow in a multipart/mixed part with"
                  + " X-Experience-API-Hash "
                  + sha2);
        }
        if (StatementSignature.USAGE_TYPE.equals(attachment.getString("usageType"))) {
          signature(statement, attachment, part, path);
        }
      }
    }
    for (String sha2 : bySha2.keySet()) {
      if (!declared.contains(sha2)) {
        throw new InvalidStatement(
            "multipart body",
            "has a part with X-Experience-API-Hash " + sha2 + " that no statement declares");
      }
    }
    return bySha2;
  }

  private static void signature(
      JsonObject statement, JsonObject attachment, AttachmentPart part, String path) {
    if (!StatementSignature.CONTENT_TYPE.equals(attachment.getString("contentType"))) {
      throw new InvalidStatement(
          path + ".contentType",
          "of a signature must be \"" + StatementSignature.CONTENT_TYPE + "\"");
    }
    if (part == null) {
      throw new InvalidStatement(path, "is a signature, so its JWS must be sent as a part");
    }
    StatementSignature.verify(statement, part.content());
  }

  /** Whether any statement declares an attachment. */
  public static boolean declaresAttachments(List<JsonObject> statements) {
    return statements.stream()
        .anyMatch(s -> s.containsKey("attachments") && s.get("attachments") != JsonValue.NULL);
  }

  static String sha2Of(byte[] content, int hexLength, String where) {
    String algorithm =
        switch (hexLength) {
          case 56 -> "SHA-224";
          case 64 -> "SHA-256";
          case 96 -> "SHA-384";
          case 128 -> "SHA-512";
          default ->
              throw new InvalidStatement(
                  where, "X-Experience-API-Hash must be a hex SHA-224/256/384/512 hash");
        };
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is in every JVM", e);
    }
  }
}
