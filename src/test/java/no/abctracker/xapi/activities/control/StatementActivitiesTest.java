package no.abctracker.xapi.activities.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StatementActivitiesTest {

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  static String ids(JsonObject statement) {
    return StatementActivities.of(statement).stream()
        .map(a -> a.getString("id"))
        .toList()
        .toString();
  }

  @Test
  void objectAndEveryContextActivity() {
    JsonObject statement =
        json(
            "{'object':{'id':'http://x/o'},'context':{'contextActivities':{"
                + "'parent':{'id':'http://x/p'},'grouping':[{'id':'http://x/g1'},{'id':'http://x/g2'}],"
                + "'category':[{'id':'http://x/c'}],'other':[]}}}");
    assertThat(ids(statement))
        .isEqualTo("[http://x/o, http://x/p, http://x/g1, http://x/g2, http://x/c]");
  }

  @Test
  void agentsAndStatementRefsAreNotActivities() {
    assertThat(
            StatementActivities.of(
                json("{'object':{'objectType':'Agent','mbox':'mailto:a@b.no'}}")))
        .isEmpty();
    assertThat(
            StatementActivities.of(
                json(
                    "{'object':{'objectType':'StatementRef','id':'9e13cefd-53d3-4eac-b5ed-2cf6693903bb'}}")))
        .isEmpty();
  }

  @Test
  void activitiesInsideASubStatement() {
    JsonObject statement =
        json(
            "{'object':{'objectType':'SubStatement','object':{'objectType':'Activity','id':'http://x/s'},"
                + "'context':{'contextActivities':{'parent':[{'id':'http://x/sp'}]}}}}");
    assertThat(ids(statement)).isEqualTo("[http://x/s, http://x/sp]");
  }
}
