package no.abctracker.xapi.model;

import static no.abctracker.xapi.model.JsonText.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorsTest {

  @Test
  void parsesAValidAgentParameter() {
    assertThat(Actors.parseParameter("{\"mbox\":\"mailto:kari@example.no\"}", XapiVersion.V2_0_0))
        .isEqualTo(object("{'mbox':'mailto:kari@example.no'}"));
  }

  @Test
  void rejectsAnInvalidAgentParameterNamingIt() {
    assertThatThrownBy(() -> Actors.parseParameter("{\"mbox\":\"kari\"}", XapiVersion.V1_0_3))
        .isInstanceOf(InvalidStatement.class)
        .hasMessageStartingWith("agent.mbox: must be a \"mailto:\" IRI");
    assertThatThrownBy(() -> Actors.parseParameter("{not json", XapiVersion.V1_0_3))
        .hasMessageStartingWith("agent: is not valid JSON");
    assertThatThrownBy(() -> Actors.parseParameter(null, XapiVersion.V1_0_3))
        .hasMessageStartingWith("agent: is required");
  }

  @Test
  void identifierKeys() {
    assertThat(Actors.identifierKey(object("{'mbox':'mailto:Kari@Example.NO','name':'K'}")))
        .isEqualTo("mbox|mailto:Kari@example.no");
    assertThat(
            Actors.identifierKey(
                object("{'mbox_sha1sum':'CD9B00A5611F94EAA7B1661EDAB976068E364975'}")))
        .isEqualTo("mbox_sha1sum|cd9b00a5611f94eaa7b1661edab976068e364975");
    assertThat(Actors.identifierKey(object("{'openid':'http://openid.example.org/1'}")))
        .isEqualTo("openid|http://openid.example.org/1");
    assertThat(
            Actors.identifierKey(
                object(
                    "{'objectType':'Group','account':{'homePage':'http://example.no','name':'team'}}")))
        .isEqualTo("account|http://example.no|team");
  }

  @Test
  void anonymousGroupsHaveNoKey() {
    assertThatThrownBy(
            () ->
                Actors.identifierKey(
                    object("{'objectType':'Group','member':[{'mbox':'mailto:a@b.no'}]}")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void personCollectsEveryNameAndIdentifierOnce() {
    var person =
        Actors.person(
            List.of(
                object("{'name':'Kari','mbox':'mailto:kari@example.no'}"),
                object(
                    "{'name':'Kari','account':{'homePage':'http://example.no','name':'kari'}}")));
    assertThat(person)
        .isEqualTo(
            object(
                "{'objectType':'Person','name':['Kari'],'mbox':['mailto:kari@example.no'],"
                    + "'account':[{'homePage':'http://example.no','name':'kari'}]}"));
  }
}
