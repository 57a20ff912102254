package no.abctracker.xapi.statements.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.List;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.xapi.credentials.control.InternalClients;
import no.abctracker.xapi.model.XapiVersion;

/**
 * Statements ABC Tracker writes into a municipality's LRS itself — attendance at a group session, a
 * coordinator's manual registration, a super-user appointment — so that every completion has its
 * evidence in one place. They go through the same validation and store as statements from an LMS,
 * in the caller's transaction (the domain row and its statement commit together or not at all),
 * under the municipality's {@link InternalClients internal client}, with the acting person as
 * authority.
 */
@ApplicationScoped
public class RecordedStatements {

  /** The homePage of the account that identifies an ABC Tracker user as an xAPI agent. */
  public static final String USER_HOME_PAGE = "https://abc-tracker.no/users";

  private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

  @Inject StatementIntake intake;
  @Inject InternalClients internalClients;

  /**
   * Stores {@code statement} (xAPI 2.0.0; id, stored, timestamp and version are assigned when
   * missing) with {@code authority}; answers the statement id.
   *
   * @throws no.abctracker.xapi.model.InvalidStatement when the statement is not valid xAPI
   */
  @Transactional
  public String record(Municipality municipality, JsonObject statement, JsonObject authority) {
    return intake
        .post(
            internalClients.caller(municipality, authority),
            XapiVersion.V2_0_0,
            statement,
            List.of())
        .get(0);
  }

  /**
   * Voids an earlier statement: what it gave (a completion, an attendance) is withdrawn; answers
   * the voiding statement's id.
   */
  @Transactional
  public String voidStatement(Municipality municipality, String statementId, JsonObject authority) {
    JsonObject voiding =
        JSON.createObjectBuilder()
            .add("actor", authority)
            .add(
                "verb",
                JSON.createObjectBuilder()
                    .add("id", VOIDED)
                    .add("display", JSON.createObjectBuilder().add("en-US", "voided")))
            .add(
                "object",
                JSON.createObjectBuilder().add("objectType", "StatementRef").add("id", statementId))
            .build();
    return record(municipality, voiding, authority);
  }

  /** The xAPI agent of an ABC Tracker user (a coordinator, a facilitator): an account by name. */
  public static JsonObject userAgent(String username, String displayName) {
    return JSON.createObjectBuilder()
        .add("objectType", "Agent")
        .add("name", displayName)
        .add(
            "account",
            JSON.createObjectBuilder().add("homePage", USER_HOME_PAGE).add("name", username))
        .build();
  }

  /**
   * The xAPI agent of a staff member as statements ABC Tracker writes name them: an account whose
   * name is the employee id under the municipality's account homePage, so the progress projection
   * maps it back to the person.
   */
  public static JsonObject staffAgent(String accountHomePage, String employeeId, String fullName) {
    return JSON.createObjectBuilder()
        .add("objectType", "Agent")
        .add("name", fullName)
        .add(
            "account",
            JSON.createObjectBuilder().add("homePage", accountHomePage).add("name", employeeId))
        .build();
  }
}
