package no.abctracker.xapi.statements.control;

import static no.abctracker.xapi.statements.control.StatementKeysTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import no.abctracker.xapi.credentials.control.LrsCaller;
import no.abctracker.xapi.credentials.entity.Scope;
import no.abctracker.xapi.model.InvalidStatement;
import no.abctracker.xapi.model.XapiVersion;
import org.junit.jupiter.api.Test;

/** The voiding, conflict, attachment and LRS-assigned-property rules. */
class RulesTest {

  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-05-04T17:00:00.123456Z"), ZoneOffset.UTC);
  static final LrsCaller CALLER =
      new LrsCaller(
          7, "lms", "LMS", 3, "0301", EnumSet.of(Scope.ALL), LrsCaller.authorityOf("lms", "LMS"));
  static final String BASE =
      "'actor':{'mbox':'mailto:kari@example.no'},'verb':{'id':'http://v/completed'},";

  @Test
  void voidingStatementNamesItsTarget() {
    JsonObject voiding =
        json(
            "{'actor':{'mbox':'mailto:kari@example.no'},"
                + "'verb':{'id':'http://adlnet.gov/expapi/verbs/voided'},"
                + "'object':{'objectType':'StatementRef','id':'F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6'}}");
    assertThat(VoidingRule.target(voiding)).hasValue("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
    JsonObject reference = json("{" + BASE + "'object':{'objectType':'StatementRef','id':'x'}}");
    assertThat(VoidingRule.target(reference)).isEmpty();
    assertThat(VoidingRule.refersTo(reference)).hasValue("x");
  }

  @Test
  void sameContentIsARepeatDifferentContentAConflict() {
    JsonObject stored =
        json("{'id':'a'," + BASE + "'object':{'id':'http://a'},'stored':'2024-01-01T00:00:00Z'}");
    assertThatCode(
            () ->
                ConflictRule.requireRepeat(
                    stored, json("{'id':'a'," + BASE + "'object':{'id':'http://a'}}")))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                ConflictRule.requireRepeat(
                    stored, json("{'id':'a'," + BASE + "'object':{'id':'http://b'}}")))
        .isInstanceOf(StatementConflict.class)
        .satisfies(e -> assertThat(((StatementConflict) e).status()).isEqualTo(409));
  }

  @Test
  void anLrsAssignedTimestampIsNotContent() {
    JsonObject stored =
        json(
            "{'id':'a',"
                + BASE
                + "'object':{'id':'http://a'},'stored':'2024-01-01T00:00:00Z','timestamp':'2024-01-01T00:00:00Z'}");
    JsonObject again =
        json(
            "{'id':'a',"
                + BASE
                + "'object':{'id':'http://a'},'stored':'2024-02-01T00:00:00Z','timestamp':'2024-02-01T00:00:00Z'}");
    assertThatCode(() -> ConflictRule.requireRepeat(stored, again)).doesNotThrowAnyException();
  }

  @Test
  void lrsAssignsIdAuthorityStoredTimestampAndVersion() {
    Instant stored = CLOCK.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    JsonObject prepared =
        StatementIntake.prepare(
            json(
                "{"
                    + BASE
                    + "'object':{'id':'http://a'},'context':{'contextActivities':{'parent':{'id':'http://p'}}}}"),
            null,
            CALLER,
            stored,
            XapiVersion.V1_0_3);
    assertThat(prepared.getString("id")).hasSize(36);
    assertThat(prepared.getString("stored")).isEqualTo("2024-05-04T17:00:00.123Z");
    assertThat(prepared.getString("timestamp")).isEqualTo(prepared.getString("stored"));
    assertThat(prepared.getString("version")).isEqualTo("1.0.0");
    assertThat(prepared.getJsonObject("authority")).isEqualTo(CALLER.authority());
    assertThat(
            prepared
                .getJsonObject("context")
                .getJsonObject("contextActivities")
                .getJsonArray("parent"))
        .hasSize(1);
    JsonObject v2 =
        StatementIntake.prepare(
            json("{" + BASE + "'object':{'id':'http://a'},'timestamp':'2020-01-01T00:00:00Z'}"),
            "F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6",
            CALLER,
            stored,
            XapiVersion.V2_0_0);
    assertThat(v2.getString("id")).isEqualTo("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
    assertThat(v2.getString("timestamp")).isEqualTo("2020-01-01T00:00:00Z");
    assertThat(v2.getString("version")).isEqualTo("2.0.0");
  }

  @Test
  void batchMustNotRepeatAnId() {
    assertThatThrownBy(
            () ->
                StatementIntake.noDuplicateIds(
                    List.of(json("{'id':'A'}"), json("{'id':'b'}"), json("{'id':'a'}"))))
        .isInstanceOf(InvalidStatement.class)
        .hasMessageStartingWith("statements[2].id:");
  }

  private static JsonObject withAttachment(String sha2, boolean fileUrl) {
    return json(
        "{"
            + BASE
            + "'object':{'id':'http://a'},'attachments':[{'usageType':'http://u','display':{'en':'x'},"
            + "'contentType':'text/plain','length':5,'sha2':'"
            + sha2
            + "'"
            + (fileUrl ? ",'fileUrl':'http://f'" : "")
            + "}]}");
  }

  private static AttachmentPart part(String hash, String content) {
    return new AttachmentPart(
        Map.of("x-experience-api-hash", hash, "content-type", "text/plain"),
        content.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(String content) throws Exception {
    return HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(content.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void attachmentsMustMatchTheirDeclarations() throws Exception {
    String hash = sha256("hello");
    assertThat(
            AttachmentRule.check(
                List.of(withAttachment(hash, false)), List.of(part(hash, "hello"))))
        .containsKey(hash);
    assertThat(AttachmentRule.check(List.of(withAttachment(hash, true)), List.of())).isEmpty();
    assertThatThrownBy(() -> AttachmentRule.check(List.of(withAttachment(hash, false)), List.of()))
        .hasMessageContaining("statements[0].attachments[0]");
    assertThatThrownBy(
            () ->
                AttachmentRule.check(
                    List.of(withAttachment(hash, false)), List.of(part(hash, "HELLO"))))
        .hasMessageContaining("does not match");
    String other = sha256("other");
    assertThatThrownBy(
            () ->
                AttachmentRule.check(
                    List.of(withAttachment(hash, true)), List.of(part(other, "other"))))
        .hasMessageContaining("no statement declares");
  }
}
