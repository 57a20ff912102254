package no.abctracker.training.superusers.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import no.abctracker.training.superusers.entity.Technology;
import no.abctracker.xapi.model.StatementValidator;
import no.abctracker.xapi.model.XapiVersion;
import no.abctracker.xapi.statements.control.RecordedStatements;
import org.junit.jupiter.api.Test;

/** The "super-user appointed" statement follows the profile's template and is valid xAPI. */
class AppointedStatementTest {

  static final Technology DISPENSER =
      TechnologiesTest.packaged(List.of()).get("MEDICINE_DISPENSER");

  static JsonObject statement() {
    return AppointedStatement.of(
        "0b5c8d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e",
        RecordedStatements.staffAgent(
            "https://abc-tracker.no/kommune/4601", "1002", "Kari Nordmann"),
        DISPENSER,
        "SHJ",
        RecordedStatements.userAgent("koordinator", "koordinator"));
  }

  @Test
  void isAValidXapiStatementInBothVersions() {
    StatementValidator.validate(statement(), XapiVersion.V2_0_0);
    StatementValidator.validate(statement(), XapiVersion.V1_0_3);
  }

  @Test
  void hasTheTemplatesVerbObjectTypeAndRequiredExtensions() {
    JsonObject statement = statement();
    assertThat(statement.getJsonObject("verb").getString("id"))
        .isEqualTo("https://abc-tracker.no/xapi/verbs/appointed");
    JsonObject object = statement.getJsonObject("object");
    assertThat(object.getString("id"))
        .isEqualTo("https://abc-tracker.no/xapi/super-user-roles/MEDICINE_DISPENSER");
    assertThat(object.getJsonObject("definition").getString("type"))
        .isEqualTo("https://abc-tracker.no/xapi/activity-types/super-user-role");
    assertThat(
            object
                .getJsonObject("definition")
                .getJsonObject("extensions")
                .getString("https://abc-tracker.no/xapi/extensions/technology"))
        .isEqualTo("MEDICINE_DISPENSER");
    JsonObject context = statement.getJsonObject("context");
    assertThat(
            context
                .getJsonObject("extensions")
                .getString("https://abc-tracker.no/xapi/extensions/unit"))
        .isEqualTo("SHJ");
    assertThat(context.getJsonObject("instructor").getJsonObject("account").getString("name"))
        .isEqualTo("koordinator");
    assertThat(statement.getJsonObject("actor").getJsonObject("account").toString())
        .isEqualTo("{\"homePage\":\"https://abc-tracker.no/kommune/4601\",\"name\":\"1002\"}");
    assertThat(object.getJsonObject("definition").getJsonObject("name").getString("nb-NO"))
        .isEqualTo("Superbruker for medisindispenser");
  }
}
