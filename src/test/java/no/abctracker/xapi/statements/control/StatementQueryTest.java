package no.abctracker.xapi.statements.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.abctracker.xapi.model.InvalidStatement;
import no.abctracker.xapi.model.XapiVersion;
import org.junit.jupiter.api.Test;

class StatementQueryTest {

  private static final String AGENT = "{\"mbox\":\"mailto:kari@Example.NO\"}";

  @Test
  void parsesEveryFilterAndNormalisesTheAgent() {
    StatementQuery q =
        StatementQuery.parse(
            Map.of(
                "agent", List.of(AGENT),
                "verb", List.of("http://adlnet.gov/expapi/verbs/completed"),
                "activity", List.of("http://example.no/abc/a"),
                "registration", List.of("F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6"),
                "related_agents", List.of("true"),
                "since", List.of("2024-05-04T19:00:00+02:00"),
                "limit", List.of("10"),
                "format", List.of("ids"),
                "ascending", List.of("true")),
            XapiVersion.V2_0_0);
    assertThat(q.agentKey()).isEqualTo("mbox|mailto:kari@example.no");
    assertThat(q.registration()).isEqualTo("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
    assertThat(q.since()).isEqualTo(Instant.parse("2024-05-04T17:00:00Z"));
    assertThat(q.limit()).isEqualTo(10);
    assertThat(q.format()).isEqualTo(StatementQuery.Format.IDS);
    assertThat(q.keys())
        .containsExactly(
            "registration|f81d4fae-7dec-11d0-a765-00a0c91e6bf6",
            "agent*|mbox|mailto:kari@example.no",
            "activity|http://example.no/abc/a",
            "verb|http://adlnet.gov/expapi/verbs/completed");
  }

  @Test
  void limitZeroAndTooLargeMeanTheServerMaximum() {
    assertThat(StatementQuery.parse(Map.of("limit", List.of("0")), XapiVersion.V2_0_0).limit())
        .isEqualTo(StatementQuery.MAX_PAGE);
    assertThat(StatementQuery.parse(Map.of("limit", List.of("100000")), XapiVersion.V2_0_0).limit())
        .isEqualTo(StatementQuery.MAX_PAGE);
  }

  @Test
  void rejectsBadValuesNamingTheParameter() {
    assertThatThrownBy(
            () -> StatementQuery.parse(Map.of("limit", List.of("-1")), XapiVersion.V2_0_0))
        .isInstanceOf(InvalidStatement.class)
        .hasMessageStartingWith("limit:");
    assertThatThrownBy(
            () -> StatementQuery.parse(Map.of("since", List.of("yesterday")), XapiVersion.V2_0_0))
        .hasMessageStartingWith("since:");
    assertThatThrownBy(
            () ->
                StatementQuery.parse(
                    Map.of("agent", List.of("{\"name\":\"x\"}")), XapiVersion.V2_0_0))
        .hasMessageStartingWith("agent");
    assertThatThrownBy(
            () -> StatementQuery.parse(Map.of("format", List.of("full")), XapiVersion.V2_0_0))
        .hasMessageStartingWith("format:");
  }

  @Test
  void statementIdCombinesOnlyWithFormatAndAttachments() {
    StatementQuery.checkParameters(
        Map.of(
            "statementId", List.of("x"), "format", List.of("ids"), "attachments", List.of("true")));
    assertThatThrownBy(
            () ->
                StatementQuery.checkParameters(
                    Map.of("statementId", List.of("x"), "verb", List.of("http://v"))))
        .hasMessageStartingWith("verb:");
    assertThatThrownBy(
            () ->
                StatementQuery.checkParameters(
                    Map.of("voidedStatementId", List.of("x"), "limit", List.of("1"))))
        .hasMessageStartingWith("limit:");
    assertThatThrownBy(() -> StatementQuery.checkParameters(Map.of("colour", List.of("red"))))
        .hasMessageStartingWith("colour:");
  }

  @Test
  void moreTokenKeepsTheQueryAndThePosition() {
    StatementQuery q =
        StatementQuery.parse(
                Map.of(
                    "agent", List.of(AGENT),
                    "until", List.of("2024-05-04T17:00:00.123Z"),
                    "limit", List.of("2")),
                XapiVersion.V1_0_3)
            .page(1000, 0);
    StatementQuery next = StatementQuery.fromMoreToken(q.moreToken(990));
    assertThat(next).isEqualTo(q.page(1000, 990));
  }

  @Test
  void foreignMoreTokenIsABadRequest() {
    assertThatThrownBy(() -> StatementQuery.fromMoreToken("not-a-token"))
        .isInstanceOf(InvalidStatement.class)
        .hasMessageStartingWith("more:");
  }
}
