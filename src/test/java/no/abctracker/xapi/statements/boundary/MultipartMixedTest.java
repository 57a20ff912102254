package no.abctracker.xapi.statements.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.abctracker.problems.BadRequest;
import no.abctracker.xapi.statements.control.StatementResults.StoredAttachment;
import org.junit.jupiter.api.Test;

class MultipartMixedTest {

  private static final String BODY =
      "--xyz\r\nContent-Type: application/json\r\n\r\n{\"a\":1}\r\n"
          + "--xyz\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\n"
          + "X-Experience-API-Hash: abc\r\n\r\nhello\r\nworld\r\n--xyz--\r\n";

  @Test
  void readsJsonFirstThenAttachments() {
    var parts =
        MultipartMixed.read(BODY.getBytes(StandardCharsets.UTF_8), "multipart/mixed; boundary=xyz");
    assertThat(new String(parts.json(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    assertThat(parts.attachments()).hasSize(1);
    assertThat(parts.attachments().get(0).header("x-experience-api-hash")).isEqualTo("abc");
    assertThat(new String(parts.attachments().get(0).content(), StandardCharsets.UTF_8))
        .isEqualTo("hello\r\nworld");
  }

  @Test
  void quotedBoundaryWorksMissingBoundaryIsABadRequest() {
    assertThat(
            MultipartMixed.read(
                    BODY.getBytes(StandardCharsets.UTF_8), "multipart/mixed; boundary=\"xyz\"")
                .attachments())
        .hasSize(1);
    assertThatThrownBy(
            () -> MultipartMixed.read(BODY.getBytes(StandardCharsets.UTF_8), "multipart/mixed"))
        .isInstanceOf(BadRequest.class);
    assertThatThrownBy(
            () ->
                MultipartMixed.read(
                    BODY.getBytes(StandardCharsets.UTF_8), "multipart/mixed; boundary=other"))
        .isInstanceOf(BadRequest.class);
  }

  @Test
  void firstPartMustBeJson() {
    String body = "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--";
    assertThatThrownBy(
            () ->
                MultipartMixed.read(
                    body.getBytes(StandardCharsets.UTF_8), "multipart/mixed; boundary=b"))
        .hasMessageContaining("application/json");
  }

  @Test
  void writtenBodyReadsBack() {
    var written =
        MultipartMixed.write(
            "{\"statements\":[]}",
            List.of(
                new StoredAttachment("abc", "text/plain", "hi".getBytes(StandardCharsets.UTF_8))));
    var parts = MultipartMixed.read(written.body(), written.contentType());
    assertThat(new String(parts.json(), StandardCharsets.UTF_8)).isEqualTo("{\"statements\":[]}");
    assertThat(parts.attachments().get(0).header("x-experience-api-hash")).isEqualTo("abc");
  }
}
