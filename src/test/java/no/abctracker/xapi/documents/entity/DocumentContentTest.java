package no.abctracker.xapi.documents.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentContentTest {

  @Test
  void etagIsTheLowerCaseSha1HexOfTheBytes() {
    DocumentContent content =
        new DocumentContent("text/plain", "abc".getBytes(StandardCharsets.US_ASCII));
    assertThat(content.etag()).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
  }

  @Test
  void missingContentTypeIsOctetStream() {
    assertThat(new DocumentContent(null, null).contentType()).isEqualTo("application/octet-stream");
    assertThat(new DocumentContent(" ", new byte[0]).isJson()).isFalse();
  }

  @Test
  void scopesOfDifferentKindsOrActivitiesNeverShareAHash() {
    String agent = "mbox|mailto:a@b.no";
    assertThat(DocumentScope.state(1, "http://x/a", agent, null).scopeHash())
        .isNotEqualTo(DocumentScope.state(1, "http://x/b", agent, null).scopeHash())
        .isNotEqualTo(DocumentScope.activityProfile(1, "http://x/a").scopeHash());
    assertThat(DocumentScope.agentProfile(1, agent).scopeHash())
        .isEqualTo(DocumentScope.agentProfile(2, agent).scopeHash());
  }
}
