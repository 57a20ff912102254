package no.abctracker.training.superusers.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonObject;
import no.abctracker.kernel.Language;
import no.abctracker.training.superusers.entity.Technology;

/**
 * The statement of the profile's "super-user appointed" template (velferdsteknologiens-abc.jsonld):
 * the appointee as actor (account = employee id under the municipality's account homePage), verb
 * appointed, object the super-user role activity of the technology (with the technology extension),
 * the unit as context extension, the coordinator as instructor.
 */
public final class AppointedStatement {

  public static final String VERB = "https://abc-tracker.no/xapi/verbs/appointed";
  public static final String ROLE_TYPE =
      "https://abc-tracker.no/xapi/activity-types/super-user-role";
  public static final String ROLE_PREFIX = "https://abc-tracker.no/xapi/super-user-roles/";
  public static final String TECHNOLOGY_EXTENSION =
      "https://abc-tracker.no/xapi/extensions/technology";
  public static final String UNIT_EXTENSION = "https://abc-tracker.no/xapi/extensions/unit";
  static final String PROFILE = "https://abc-tracker.no/xapi/profiles/velferdsteknologiens-abc/v1";

  private AppointedStatement() {}

  public static JsonObject of(
      String statementId,
      JsonObject appointee,
      Technology technology,
      String unitCode,
      JsonObject instructor) {
    return JSON.createObjectBuilder()
        .add("id", statementId)
        .add("actor", appointee)
        .add(
            "verb",
            JSON.createObjectBuilder()
                .add("id", VERB)
                .add(
                    "display",
                    JSON.createObjectBuilder().add("nb-NO", "utnevnt").add("en", "appointed")))
        .add(
            "object",
            JSON.createObjectBuilder()
                .add("objectType", "Activity")
                .add("id", ROLE_PREFIX + technology.code())
                .add(
                    "definition",
                    JSON.createObjectBuilder()
                        .add("type", ROLE_TYPE)
                        .add(
                            "name",
                            JSON.createObjectBuilder()
                                .add("nb-NO", "Superbruker for " + technology.label(Language.NB))
                                .add("en", "Super-user for " + technology.label(Language.EN)))
                        .add(
                            "extensions",
                            JSON.createObjectBuilder()
                                .add(TECHNOLOGY_EXTENSION, technology.code()))))
        .add(
            "context",
            JSON.createObjectBuilder()
                .add("instructor", instructor)
                .add(
                    "contextActivities",
                    JSON.createObjectBuilder()
                        .add(
                            "category",
                            JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder().add("id", PROFILE))))
                .add("extensions", JSON.createObjectBuilder().add(UNIT_EXTENSION, unitCode)))
        .build();
  }
}
