package no.abctracker.xapi.model;

import static no.abctracker.xapi.model.JsonText.object;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Signed statements, with a throw-away test key and self-signed certificate (test resources). */
class StatementSignatureTest {

  private static final JsonObject STATEMENT =
      object(
          "{'id':'fd41c918-b88b-4b20-a0a5-a4c32391aaa0','actor':{'mbox':'mailto:a@example.no'},"
              + "'verb':{'id':'http://example.no/v'},'object':{'id':'http://example.no/a'}}");
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private static byte[] resource(String name) throws IOException {
    try (InputStream in =
        StatementSignatureTest.class.getResourceAsStream("/xapi/signature/" + name)) {
      return in.readAllBytes();
    }
  }

  private static byte[] jws(String alg, String javaAlg, JsonObject header, String payload)
      throws IOException, GeneralSecurityException {
    PrivateKey key =
        KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(resource("key.pk8")));
    String input =
        B64URL.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8))
            + "."
            + B64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    Signature signer = Signature.getInstance(javaAlg);
    signer.initSign(key);
    signer.update(input.getBytes(StandardCharsets.US_ASCII));
    return (input + "." + B64URL.encodeToString(signer.sign())).getBytes(StandardCharsets.US_ASCII);
  }

  private static JsonObject header(String alg, boolean withCertificate) throws IOException {
    var header = Json.createObjectBuilder().add("alg", alg);
    if (withCertificate) {
      header.add(
          "x5c",
          Json.createArrayBuilder().add(Base64.getEncoder().encodeToString(resource("cert.der"))));
    }
    return header.build();
  }

  @ParameterizedTest
  @CsvSource({"RS256,SHA256withRSA", "RS384,SHA384withRSA", "RS512,SHA512withRSA"})
  void acceptsRsaSignaturesWithAndWithoutCertificate(String alg, String javaAlg) throws Exception {
    for (boolean x5c : new boolean[] {false, true}) {
      byte[] jws = jws(alg, javaAlg, header(alg, x5c), STATEMENT.toString());
      assertThatCode(() -> StatementSignature.verify(STATEMENT, jws)).doesNotThrowAnyException();
    }
  }

  @Test
  void payloadMayLackTheIdTheLrsAssigned() throws Exception {
    JsonObject withoutId = Json.createObjectBuilder(STATEMENT).remove("id").build();
    byte[] jws = jws("RS256", "SHA256withRSA", header("RS256", false), withoutId.toString());
    assertThatCode(() -> StatementSignature.verify(STATEMENT, jws)).doesNotThrowAnyException();
  }

  @Test
  void rejectsOtherAlgorithms() throws Exception {
    byte[] jws = jws("HS256", "SHA256withRSA", header("HS256", false), STATEMENT.toString());
    assertThatThrownBy(() -> StatementSignature.verify(STATEMENT, jws))
        .isInstanceOf(InvalidStatement.class)
        .hasMessageContaining("RS256, RS384 or RS512, not \"HS256\"");
  }

  @Test
  void rejectsAPayloadThatIsNotJson() throws Exception {
    String broken = STATEMENT.toString().replaceFirst("\"", "'");
    byte[] jws = jws("RS256", "SHA256withRSA", header("RS256", false), broken);
    assertThatThrownBy(() -> StatementSignature.verify(STATEMENT, jws))
        .hasMessageContaining("payload is not a JSON object");
  }

  @Test
  void rejectsAPayloadThatIsAnotherStatement() throws Exception {
    String other = STATEMENT.toString().replace("http://example.no/a", "http://example.no/b");
    byte[] jws = jws("RS256", "SHA256withRSA", header("RS256", false), other);
    assertThatThrownBy(() -> StatementSignature.verify(STATEMENT, jws))
        .hasMessageContaining("payload is not the statement");
  }

  @Test
  void rejectsATamperedSignatureWhenACertificateIsGiven() throws Exception {
    String jws =
        new String(
            jws("RS256", "SHA256withRSA", header("RS256", true), STATEMENT.toString()),
            StandardCharsets.US_ASCII);
    String tampered = jws.substring(0, jws.length() - 4) + (jws.endsWith("AAAA") ? "BBBB" : "AAAA");
    assertThatThrownBy(
            () ->
                StatementSignature.verify(STATEMENT, tampered.getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining("does not verify");
  }

  @Test
  void rejectsMalformedJws() {
    assertThatThrownBy(
            () ->
                StatementSignature.verify(
                    STATEMENT, "not-a-jws".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(InvalidStatement.class)
        .hasMessageStartingWith("statement.signature: is not a JWS");
  }

  @Test
  void rejectsAnX5cThatIsNotACertificate() throws Exception {
    JsonObject header =
        Json.createObjectBuilder()
            .add("alg", "RS256")
            .add("x5c", Json.createArrayBuilder().add("bm90IGEgY2VydA=="))
            .build();
    byte[] jws = jws("RS256", "SHA256withRSA", header, STATEMENT.toString());
    assertThatThrownBy(() -> StatementSignature.verify(STATEMENT, jws))
        .hasMessageContaining("x5c entry that is not");
  }
}
