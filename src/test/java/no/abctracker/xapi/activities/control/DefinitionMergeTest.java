package no.abctracker.xapi.activities.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DefinitionMergeTest {

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  @Test
  void languageMapsKeepEveryLanguage() {
    JsonObject merged =
        DefinitionMerge.merge(
            json("{'name':{'en-US':'example meeting'},'description':{'en-US':'d'}}"),
            json("{'name':{'fr-FR':'réunion'}}"));
    assertThat(merged.getJsonObject("name").getString("en-US")).isEqualTo("example meeting");
    assertThat(merged.getJsonObject("name").getString("fr-FR")).isEqualTo("réunion");
    assertThat(merged.getJsonObject("description").getString("en-US")).isEqualTo("d");
  }

  @Test
  void newerTranslationAndOtherPropertiesReplaceStoredOnes() {
    JsonObject merged =
        DefinitionMerge.merge(
            json("{'name':{'nb':'gammel'},'type':'http://x/t1','moreInfo':'http://x/m'}"),
            json("{'name':{'nb':'ny'},'type':'http://x/t2'}"));
    assertThat(merged)
        .isEqualTo(json("{'name':{'nb':'ny'},'type':'http://x/t2','moreInfo':'http://x/m'}"));
  }

  @Test
  void extensionsMergeByKey() {
    JsonObject merged =
        DefinitionMerge.merge(
            json("{'extensions':{'http://x/e1':1}}"), json("{'extensions':{'http://x/e2':2}}"));
    assertThat(merged.getJsonObject("extensions").keySet())
        .containsExactlyInAnyOrder("http://x/e1", "http://x/e2");
  }

  @Test
  void interactionComponentsAreReplacedWhole() {
    JsonObject merged =
        DefinitionMerge.merge(
            json("{'choices':[{'id':'a','description':{'nb':'A'}}]}"),
            json("{'choices':[{'id':'b','description':{'nb':'B'}}]}"));
    assertThat(merged.getJsonArray("choices")).hasSize(1);
    assertThat(merged.getJsonArray("choices").getJsonObject(0).getString("id")).isEqualTo("b");
  }
}
