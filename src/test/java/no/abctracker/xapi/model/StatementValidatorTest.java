package no.abctracker.xapi.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StatementValidatorTest {

  private static final String GOOD =
      "{\"actor\":{\"mbox\":\"mailto:a@example.no\"},\"verb\":{\"id\":\"http://example.no/v\"},"
          + "\"object\":{\"id\":\"http://example.no/a\"}}";
  private static final String BAD_MBOX = GOOD.replace("mailto:a@example.no", "a@example.no");

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  @Test
  void batchMessagesNameTheIndexOfTheStatement() {
    assertThatThrownBy(
            () ->
                StatementValidator.validateBatch(
                    json("[" + GOOD + "," + GOOD + "," + BAD_MBOX + "]"), XapiVersion.V2_0_0))
        .isInstanceOf(InvalidStatement.class)
        .hasMessageStartingWith("statements[2].actor.mbox: must be a \"mailto:\" IRI");
  }

  @Test
  void batchAcceptsASingleStatementAndAnEmptyArray() {
    assertThatCode(() -> StatementValidator.validateBatch(json(GOOD), XapiVersion.V1_0_3))
        .doesNotThrowAnyException();
    assertThatCode(() -> StatementValidator.validateBatch(json("[]"), XapiVersion.V1_0_3))
        .doesNotThrowAnyException();
  }

  @Test
  void rejectsNonObjects() {
    assertThatThrownBy(() -> StatementValidator.validateBatch(json("[1]"), XapiVersion.V2_0_0))
        .hasMessage("statements[0]: must be a JSON object");
    assertThatThrownBy(() -> StatementValidator.validate(json("\"x\""), XapiVersion.V2_0_0))
        .hasMessage("statement: must be a JSON object");
  }
}
