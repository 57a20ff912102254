package no.abctracker.xapi.model;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Signed statements: the JWS (compact serialisation) in the signature attachment must use RS256,
 * RS384 or RS512, carry the statement as its payload, and, when it names an x5c certificate chain,
 * verify with the first certificate's key.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#26-signed-statements">xAPI
 *     2.0 Data 2.6 Signed Statements</a>
 */
public final class StatementSignature {

  /** The attachment usageType that marks the signature. */
  public static final String USAGE_TYPE = "http://adlnet.gov/expapi/attachments/signature";

  /** The content type a signature attachment must have. */
  public static final String CONTENT_TYPE = "application/octet-stream";

  private static final String PATH = "statement.signature";
  private static final Map<String, String> ALGORITHMS =
      Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

  private StatementSignature() {}

  /**
   * Checks the JWS of a signed statement against the statement it came with.
   *
   * @throws InvalidStatement saying what is wrong with the signature
   */
  public static void verify(JsonObject statement, byte[] jwsCompactSerialization) {
    String jws = new String(jwsCompactSerialization, StandardCharsets.US_ASCII).trim();
    String[] parts = jws.split("\\.", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      throw fail("is not a JWS in compact serialisation (header.payload.signature)");
    }
    JsonObject header = json(decode(parts[0], "header"), "header");
    String alg = header.getString("alg", "");
    String javaAlgorithm = ALGORITHMS.get(alg);
    if (javaAlgorithm == null) {
      throw fail("must use the algorithm RS256, RS384 or RS512, not \"" + alg + "\"");
    }
    JsonObject payload = json(decode(parts[1], "payload"), "payload");
    if (!equivalent(statement, payload)) {
      throw fail("the JWS payload is not the statement that was sent with it");
    }
    if (header.containsKey("x5c")) {
      List<X509Certificate> chain = certificates(header);
      checkChain(chain);
      byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
      if (!signatureValid(
          javaAlgorithm,
          chain.get(0).getPublicKey(),
          signingInput,
          decode(parts[2], "signature"))) {
        throw fail("the signature does not verify with the key of the x5c certificate");
      }
    }
  }

  /**
   * The payload must be the statement before the signature was added: differences only in the
   * properties the LRS assigns (id when the payload has none, authority, stored, version) and the
   * attachments are allowed.
   */
  static boolean equivalent(JsonObject statement, JsonObject payload) {
    JsonObject received = statement;
    if (!payload.containsKey("id") && statement.containsKey("id")) {
      JsonObjectBuilder b = JSON.createObjectBuilder(statement);
      b.remove("id");
      received = b.build();
    }
    return StatementComparison.sameContent(received, payload);
  }

  private static List<X509Certificate> certificates(JsonObject header) {
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      List<X509Certificate> chain = new ArrayList<>();
      for (JsonValue entry : header.getJsonArray("x5c")) {
        byte[] der = Base64.getDecoder().decode(((jakarta.json.JsonString) entry).getString());
        chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
      }
      if (chain.isEmpty()) {
        throw fail("has an empty x5c certificate chain");
      }
      return chain;
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
      throw new InvalidStatement(
          PATH, "has an x5c entry that is not a base64 DER X.509 certificate", e);
    }
  }

  /** Each certificate must be signed by the next one in the chain. */
  private static void checkChain(List<X509Certificate> chain) {
    for (int i = 0; i + 1 < chain.size(); i++) {
      try {
        chain.get(i).verify(chain.get(i + 1).getPublicKey());
      } catch (GeneralSecurityException e) {
        throw new InvalidStatement(
            PATH, "x5c certificate " + i + " is not signed by certificate " + (i + 1), e);
      }
    }
  }

  private static boolean signatureValid(
      String algorithm, PublicKey key, byte[] input, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(key);
      verifier.update(input);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      throw new InvalidStatement(PATH, "cannot be verified: " + e.getMessage(), e);
    }
  }

  private static byte[] decode(String part, String what) {
    try {
      return Base64.getUrlDecoder().decode(part);
    } catch (IllegalArgumentException e) {
      throw new InvalidStatement(PATH, "the JWS " + what + " is not base64url", e);
    }
  }

  private static JsonObject json(byte[] bytes, String what) {
    try {
      return StrictJson.read(bytes, "the JWS " + what, JsonValue.ValueType.OBJECT).asJsonObject();
    } catch (StrictJson.Malformed e) {
      throw new InvalidStatement(PATH, "the JWS " + what + " is not a JSON object", e);
    }
  }

  private static InvalidStatement fail(String reason) {
    return new InvalidStatement(PATH, reason);
  }
}
