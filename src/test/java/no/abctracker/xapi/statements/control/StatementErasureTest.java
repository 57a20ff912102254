package no.abctracker.xapi.statements.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which statements are the erased person's own (deleted) and which only mention them. */
class StatementErasureTest {

  private static final Predicate<JsonObject> OLA =
      agent -> "mailto:ola@kommune.no".equalsIgnoreCase(agent.getString("mbox", ""));

  @Test
  void theActorOrTheAgentObjectOrASubStatementsMakesItTheirs() {
    assertThat(
            StatementErasure.isAbout(
                parse(statement("{\"mbox\":\"mailto:Ola@Kommune.no\"}", activity())), OLA))
        .isTrue();
    assertThat(
            StatementErasure.isAbout(
                parse(
                    statement(
                        kari(), "{\"objectType\":\"Agent\",\"mbox\":\"mailto:ola@kommune.no\"}")),
                OLA))
        .isTrue();
    assertThat(
            StatementErasure.isAbout(
                parse(
                    statement(
                        kari(),
                        "{\"objectType\":\"SubStatement\",\"actor\":{\"mbox\":\"mailto:ola@kommune.no\"},"
                            + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
                            + "\"object\":"
                            + activity()
                            + "}")),
                OLA))
        .isTrue();
  }

  @Test
  void anInstructorOrAnotherActorIsNotTheirs() {
    String taught =
        "{\"actor\":"
            + kari()
            + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},\"object\":"
            + activity()
            + ",\"context\":{\"instructor\":{\"mbox\":\"mailto:ola@kommune.no\"}}}";
    assertThat(StatementErasure.isAbout(parse(taught), OLA)).isFalse();
    assertThat(StatementErasure.isAbout(parse(statement(kari(), activity())), OLA)).isFalse();
  }

  @Test
  void likePatternsMatchTheTextLiterally() {
    assertThat(StatementErasure.likeEscaped("a_b%c\\d")).isEqualTo("a\\_b\\%c\\\\d");
  }

  private static String statement(String actor, String object) {
    return "{\"actor\":"
        + actor
        + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},\"object\":"
        + object
        + "}";
  }

  private static String kari() {
    return "{\"mbox\":\"mailto:kari@kommune.no\"}";
  }

  private static String activity() {
    return "{\"id\":\"https://abc-tracker.no/xapi/courses/abc\"}";
  }

  private static JsonObject parse(String json) {
    return StatementStore.parse(json);
  }
}
