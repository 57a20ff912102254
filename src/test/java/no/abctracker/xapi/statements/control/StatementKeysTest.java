package no.abctracker.xapi.statements.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StatementKeysTest {

  static JsonObject json(String singleQuoted) {
    return Json.createReader(new StringReader(singleQuoted.replace('\'', '"'))).readObject();
  }

  @Test
  void actorVerbObjectRegistrationAndContextBecomeKeys() {
    JsonObject statement =
        json(
            "{'actor':{'objectType':'Group','mbox':'mailto:team@example.no',"
                + "'member':[{'mbox':'mailto:kari@example.no'}]},"
                + "'verb':{'id':'http://v/completed'},"
                + "'object':{'id':'http://a/module'},"
                + "'authority':{'account':{'homePage':'https://lrs','name':'lms'}},"
                + "'context':{'registration':'F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6',"
                + "'instructor':{'mbox':'mailto:ola@example.no'},"
                + "'contextActivities':{'parent':[{'id':'http://a/course'}]}}}");
    assertThat(StatementKeys.of(statement))
        .contains(
            "verb|http://v/completed",
            "registration|f81d4fae-7dec-11d0-a765-00a0c91e6bf6",
            "agent|mbox|mailto:team@example.no",
            "agent|mbox|mailto:kari@example.no",
            "agent*|mbox|mailto:kari@example.no",
            "agent*|account|https://lrs|lms",
            "agent*|mbox|mailto:ola@example.no",
            "activity|http://a/module",
            "activity*|http://a/module",
            "activity*|http://a/course")
        .doesNotContain(
            "agent|account|https://lrs|lms",
            "agent|mbox|mailto:ola@example.no",
            "activity|http://a/course");
  }

  @Test
  void subStatementContributesOnlyRelatedKeys() {
    JsonObject statement =
        json(
            "{'actor':{'mbox':'mailto:kari@example.no'},'verb':{'id':'http://v/planned'},"
                + "'object':{'objectType':'SubStatement','actor':{'mbox':'mailto:ola@example.no'},"
                + "'verb':{'id':'http://v/attend'},'object':{'id':'http://a/session'}}}");
    assertThat(StatementKeys.of(statement))
        .contains("agent*|mbox|mailto:ola@example.no", "activity*|http://a/session")
        .doesNotContain("agent|mbox|mailto:ola@example.no", "activity|http://a/session");
  }

  @Test
  void hashIsTwentyBytes() {
    assertThat(StatementKeys.hash("verb|http://v")).hasSize(20);
  }
}
