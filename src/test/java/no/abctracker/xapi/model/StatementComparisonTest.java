package no.abctracker.xapi.model;

import static no.abctracker.xapi.model.JsonText.object;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementComparisonTest {

  private static final String BASE =
      "{'id':'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',"
          + "'actor':{'objectType':'Group','member':[{'mbox':'mailto:a@example.no'},{'mbox':'mailto:b@example.no'}]},"
          + "'verb':{'id':'http://example.no/v','display':{'en-US':'attended'}},"
          + "'object':{'id':'http://example.no/a','definition':{'name':{'en-US':'A'}}},"
          + "'result':{'score':{'raw':1.0},'duration':'PT1.234S'},"
          + "'timestamp':'2023-05-04T12:00:00-05:00'}";

  @Test
  void ignoresWhatTheImmutabilityExceptionsAllow() {
    String changed =
        BASE.replace("fd41c918", "FD41C918")
            .replace(
                "{'mbox':'mailto:a@example.no'},{'mbox':'mailto:b@example.no'}",
                "{'mbox':'mailto:b@EXAMPLE.no'},{'mbox':'mailto:a@example.no'}")
            .replace("'display':{'en-US':'attended'}", "'display':{'nb-NO':'deltok'}")
            .replace("'definition':{'name':{'en-US':'A'}}", "'definition':{}")
            .replace("'raw':1.0", "'raw':1")
            .replace("PT1.234S", "PT1.23S")
            .replace("2023-05-04T12:00:00-05:00", "2023-05-04T17:00:00.000Z");
    var other =
        jakarta.json.Json.createObjectBuilder(object(changed))
            .add("authority", object("{'mbox':'mailto:lrs@example.no'}"))
            .add("stored", "2024-01-01T00:00:00Z")
            .add("version", "1.0.0")
            .build();
    assertThat(StatementComparison.sameContent(object(BASE), other)).isTrue();
  }

  @Test
  void seesRealDifferences() {
    assertThat(
            StatementComparison.sameContent(
                object(BASE), object(BASE.replace("http://example.no/a'", "http://example.no/b'"))))
        .isFalse();
    assertThat(
            StatementComparison.sameContent(
                object(BASE), object(BASE.replace("'raw':1.0", "'raw':2"))))
        .isFalse();
    assertThat(
            StatementComparison.sameContent(
                object(BASE), object(BASE.replace("12:00:00-05:00", "12:00:01-05:00"))))
        .isFalse();
    assertThat(
            StatementComparison.sameContent(
                object(BASE), object(BASE.replace("mailto:a@", "mailto:A@"))))
        .isFalse();
  }
}
