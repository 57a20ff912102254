package no.abctracker.xapi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import no.abctracker.problems.BadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one strict JSON reader: one value, valid UTF-8, bounded depth, nothing after it. */
class StrictJsonTest {

  @Test
  void readsOneValue() {
    assertThat(StrictJson.read(" {\"a\":[1,{\"b\":\"}]\\\"[\"}]} ", "body").asJsonObject())
        .containsKey("a");
    assertThat(StrictJson.read("[]", "body").getValueType()).isEqualTo(JsonValue.ValueType.ARRAY);
    assertThat(StrictJson.read("null", "body")).isEqualTo(JsonValue.NULL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1},\"result\":{}}", "[]xyz", "{} {}", "1 2", "[]]"})
  void trailingContentIsRefused(String json) {
    assertThatThrownBy(() -> StrictJson.read(json, "The body"))
        .isInstanceOf(BadRequest.class)
        .hasMessageStartingWith("The body");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "{", "{\"a\":}", "nul"})
  void malformedOrEmptyIsRefused(String json) {
    assertThatThrownBy(() -> StrictJson.read(json, "The body")).isInstanceOf(BadRequest.class);
  }

  @Test
  void nestingIsBounded() {
    String ok = "[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH);
    assertThat(StrictJson.read(ok, "body")).isNotNull();
    String deep = "[".repeat(1000) + "]".repeat(1000);
    assertThatThrownBy(() -> StrictJson.read(deep, "The body"))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("nested deeper than 64");
    String inStrings = "{\"a\":\"" + "[".repeat(1000) + "\"}";
    assertThat(StrictJson.read(inStrings, "body").asJsonObject().getString("a")).hasSize(1000);
  }

  @Test
  void invalidUtf8IsRefusedNotReplaced() {
    byte[] prefix = "{\"name\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[prefix.length + 3];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    bytes[prefix.length] = (byte) 0xC3; // a lead byte without its continuation
    bytes[prefix.length + 1] = '"';
    bytes[prefix.length + 2] = '}';
    assertThatThrownBy(() -> StrictJson.read(bytes, "The body"))
        .isInstanceOf(BadRequest.class)
        .hasMessage("The body is not valid UTF-8");
    assertThat(
            StrictJson.read("{\"name\":\"Åse\"}".getBytes(StandardCharsets.UTF_8), "body")
                .asJsonObject()
                .getString("name"))
        .isEqualTo("Åse");
  }

  @Test
  void aValueOfTheWrongTypeIsNamed() {
    assertThatThrownBy(() -> StrictJson.read("[]", "The body", JsonValue.ValueType.OBJECT))
        .isInstanceOf(BadRequest.class)
        .hasMessage("The body must be a JSON object, not array");
    assertThatThrownBy(() -> StrictJson.read("null", "The body", JsonValue.ValueType.OBJECT))
        .hasMessage("The body must be a JSON object, not null");
  }
}
