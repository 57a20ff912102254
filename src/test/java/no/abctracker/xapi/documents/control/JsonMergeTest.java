package no.abctracker.xapi.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.abctracker.problems.BadRequest;
import no.abctracker.xapi.documents.entity.DocumentContent;
import org.junit.jupiter.api.Test;

class JsonMergeTest {

  static DocumentContent json(String text) {
    return new DocumentContent("application/json", text.getBytes(StandardCharsets.UTF_8));
  }

  static JsonObject object(DocumentContent content) {
    return Json.createReader(new StringReader(new String(content.bytes(), StandardCharsets.UTF_8)))
        .readObject();
  }

  @Test
  void postedPropertiesAddToAndReplaceStoredOnes() {
    DocumentContent merged =
        JsonMerge.merge(
            Optional.of(json("{\"car\":\"Honda\",\"driver\":\"Dale\"}")),
            json("{\"type\":\"Civic\",\"driver\":\"Jeff\"}"));
    assertThat(object(merged))
        .isEqualTo(
            Json.createObjectBuilder()
                .add("car", "Honda")
                .add("driver", "Jeff")
                .add("type", "Civic")
                .build());
    assertThat(merged.contentType()).isEqualTo("application/json");
  }

  @Test
  void mergeIsOneLevelDeepNestedObjectsAreReplacedWhole() {
    DocumentContent merged =
        JsonMerge.merge(
            Optional.of(json("{\"car\":{\"make\":\"Ford\",\"model\":\"Escape\"}}")),
            json("{\"car\":{\"make\":\"Dodge\"}}"));
    assertThat(object(merged).getJsonObject("car").toString()).isEqualTo("{\"make\":\"Dodge\"}");
  }

  @Test
  void postWithNothingStoredIsStoredByteExact() {
    DocumentContent posted = json("{ \"a\" : 1 }");
    assertThat(JsonMerge.merge(Optional.empty(), posted)).isSameAs(posted);
    DocumentContent binary = new DocumentContent("image/png", new byte[] {1, 2, 3});
    assertThat(JsonMerge.merge(Optional.empty(), binary)).isSameAs(binary);
  }

  @Test
  void jsonCharsetParameterStillCountsAsJson() {
    DocumentContent posted =
        new DocumentContent("Application/JSON; charset=UTF-8", "{\"b\":2}".getBytes());
    assertThat(object(JsonMerge.merge(Optional.of(json("{\"a\":1}")), posted)).keySet())
        .containsExactly("a", "b");
  }

  @Test
  void nonJsonPostedOntoJsonIsRejected() {
    assertThatThrownBy(
            () ->
                JsonMerge.merge(
                    Optional.of(json("{\"a\":1}")),
                    new DocumentContent("application/x-www-form-urlencoded", "abc".getBytes())))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("application/x-www-form-urlencoded");
  }

  @Test
  void jsonPostedOntoBinaryIsRejected() {
    assertThatThrownBy(
            () ->
                JsonMerge.merge(
                    Optional.of(
                        new DocumentContent("application/octet-stream", "/ asdf /".getBytes())),
                    json("{\"a\":1}")))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("application/octet-stream");
  }

  @Test
  void invalidOrNonObjectJsonIsRejected() {
    for (String bad : new String[] {"{\"a\":1}{", "{\"a\":1}[", "{\"a\":", "[1,2]", "\"x\"", ""}) {
      assertThatThrownBy(() -> JsonMerge.merge(Optional.of(json("{\"a\":1}")), json(bad)))
          .as(bad)
          .isInstanceOf(BadRequest.class);
      assertThatThrownBy(() -> JsonMerge.merge(Optional.empty(), json(bad)))
          .as(bad)
          .isInstanceOf(BadRequest.class);
    }
  }

  @Test
  void storedJsonThatIsNotAnObjectCannotBeMergedInto() {
    assertThatThrownBy(() -> JsonMerge.merge(Optional.of(json("[1]")), json("{\"a\":1}")))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("stored");
  }
}
