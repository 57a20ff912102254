package no.abctracker.xapi.statements.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientStatementsTest {

  static final Instant STORED = Instant.parse("2026-03-02T08:00:00Z");

  static ClientStatements.Summary summary(String json) {
    return ClientStatements.summary("id-1", STORED, false, json);
  }

  @Test
  void namesTheActorVerbAndActivityAsAPersonReadsThem() {
    ClientStatements.Summary s =
        summary(
            "{\"actor\":{\"name\":\"Ola Nordmann\",\"mbox\":\"mailto:ola@kommune.no\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\","
                + "\"display\":{\"en-US\":\"completed\",\"nb\":\"fullførte\"}},"
                + "\"object\":{\"id\":\"https://x/a\",\"definition\":{\"name\":{\"en-US\":\"Booklet A\",\"nb\":\"Hefte A\"}}}}");
    assertThat(s.actor()).isEqualTo("Ola Nordmann");
    assertThat(s.verb()).isEqualTo("fullførte");
    assertThat(s.object()).isEqualTo("Hefte A");
    assertThat(s.stored()).isEqualTo(STORED);
  }

  @Test
  void fallsBackToIdentifiersWhenNothingIsNamed() {
    assertThat(summary(actor("{\"mbox\":\"mailto:kari@kommune.no\"}")).actor())
        .isEqualTo("kari@kommune.no");
    assertThat(
            summary(actor("{\"account\":{\"homePage\":\"https://k\",\"name\":\"1002\"}}")).actor())
        .isEqualTo("1002");
    assertThat(summary(actor("{\"mbox_sha1sum\":\"abc123\"}")).actor()).isEqualTo("abc123");

    ClientStatements.Summary bare =
        summary(
            "{\"actor\":{\"mbox\":\"mailto:a@b.no\"},\"verb\":{\"id\":\"http://v/x\"},"
                + "\"object\":{\"id\":\"https://x/a\"}}");
    assertThat(bare.verb()).isEqualTo("http://v/x");
    assertThat(bare.object()).isEqualTo("https://x/a");
  }

  @Test
  void describesStatementRefsAndAgentsAsObjects() {
    assertThat(
            summary(
                    "{\"actor\":{\"mbox\":\"mailto:a@b.no\"},\"verb\":{\"id\":\"http://v/voided\"},"
                        + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"9f1c\"}}")
                .object())
        .isEqualTo("StatementRef 9f1c");
    assertThat(
            summary(
                    "{\"actor\":{\"mbox\":\"mailto:a@b.no\"},\"verb\":{\"id\":\"http://v/x\"},"
                        + "\"object\":{\"objectType\":\"Agent\",\"name\":\"Kari\"}}")
                .object())
        .isEqualTo("Kari");
  }

  private static String actor(String actor) {
    return "{\"actor\":"
        + actor
        + ",\"verb\":{\"id\":\"http://v/x\"},\"object\":{\"id\":\"https://x/a\"}}";
  }
}
