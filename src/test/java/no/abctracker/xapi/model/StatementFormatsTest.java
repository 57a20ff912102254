package no.abctracker.xapi.model;

import static no.abctracker.xapi.model.JsonText.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatementFormatsTest {

  private static final String STATEMENT =
      "{'id':'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',"
          + "'actor':{'objectType':'Agent','name':'Kari','mbox':'mailto:kari@example.no'},"
          + "'verb':{'id':'http://example.no/v','display':{'en-US':'attended','nb-NO':'deltok'}},"
          + "'object':{'objectType':'Activity','id':'http://example.no/a',"
          + "'definition':{'name':{'en-US':'Module','nb-NO':'Modul'}}},"
          + "'context':{'instructor':{'name':'Ola','mbox':'mailto:ola@example.no'},"
          + "'contextActivities':{'parent':{'id':'http://example.no/p','definition':{}}}},"
          + "'result':{'extensions':{'http://example.no/e':{'name':'kept'}}}}";

  @Test
  void idsKeepsOnlyIdentifiers() {
    assertThat(StatementFormats.ids(object(STATEMENT)))
        .isEqualTo(
            object(
                "{'id':'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',"
                    + "'actor':{'objectType':'Agent','mbox':'mailto:kari@example.no'},"
                    + "'verb':{'id':'http://example.no/v'},"
                    + "'object':{'id':'http://example.no/a'},"
                    + "'context':{'instructor':{'mbox':'mailto:ola@example.no'},"
                    + "'contextActivities':{'parent':[{'id':'http://example.no/p'}]}},"
                    + "'result':{'extensions':{'http://example.no/e':{'name':'kept'}}}}"));
  }

  @Test
  void canonicalKeepsTheBestLanguage() {
    var canonical =
        StatementFormats.canonical(object(STATEMENT), Locale.LanguageRange.parse("nb-NO,en;q=0.5"));
    assertThat(canonical.getJsonObject("verb").getJsonObject("display"))
        .isEqualTo(object("{'nb-NO':'deltok'}"));
    assertThat(canonical.getJsonObject("object").getJsonObject("definition").getJsonObject("name"))
        .isEqualTo(object("{'nb-NO':'Modul'}"));
    assertThat(canonical.getJsonObject("result"))
        .isEqualTo(object(STATEMENT).getJsonObject("result"));
  }

  @Test
  void canonicalFallsBackToUndThenTheFirstEntry() {
    var ranges = Locale.LanguageRange.parse("fr");
    assertThat(StatementFormats.bestLanguage(object("{'en-US':'a','und':'b'}"), ranges))
        .isEqualTo(object("{'und':'b'}"));
    assertThat(StatementFormats.bestLanguage(object("{'en-US':'a','de':'b'}"), ranges))
        .isEqualTo(object("{'en-US':'a'}"));
  }

  @Test
  void contextActivitiesBecomeArrays() {
    var stored = StatementFormats.contextActivitiesAsArrays(object(STATEMENT));
    assertThat(
            stored
                .getJsonObject("context")
                .getJsonObject("contextActivities")
                .getJsonArray("parent"))
        .hasSize(1);
  }
}
