package no.abctracker.training.organisation.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.training.organisation.entity.AccountName;
import no.abctracker.training.organisation.entity.IdentityRule;
import no.abctracker.xapi.model.validation.Iris;

/**
 * The body of {@code PUT …/identity-rules}, {@code [{homePage, accountName}]}, as rules to store:
 * one per homePage, an absolute http(s) address; the municipality's own homePage may be listed (as
 * GET lists it) only as {@code EMPLOYEE_ID}, and is not stored.
 */
public final class IdentityRulesDraft {

  private IdentityRulesDraft() {}

  public static List<IdentityRule> fromJson(JsonValue body, String ownHomePage) {
    if (body == null || body.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new BadRequest("Send a JSON array of {homePage, accountName}");
    }
    List<IdentityRule> rules = new ArrayList<>();
    Set<String> homePages = new HashSet<>();
    int index = 0;
    for (JsonValue item : body.asJsonArray()) {
      String at = "[" + index++ + "]";
      if (!(item instanceof JsonObject rule)) {
        throw new BadRequest(at + ": must be an object {homePage, accountName}");
      }
      if (!(rule.get("homePage") instanceof JsonString homePageValue)
          || homePageValue.getString().length() > Municipality.MAX_ACCOUNT_HOME_PAGE_LENGTH
          || !Iris.isWebAddress(homePageValue.getString())) {
        throw new BadRequest(
            at + ".homePage: must be the LMS's absolute http(s) address (Moodle's wwwroot)");
      }
      String homePage = homePageValue.getString();
      AccountName accountName = accountName(rule.get("accountName"), at);
      if (!homePages.add(homePage)) {
        throw new BadRequest(at + ".homePage: " + homePage + " has a rule already");
      }
      if (homePage.equals(ownHomePage)) {
        if (accountName != AccountName.EMPLOYEE_ID) {
          throw new BadRequest(
              at
                  + ".accountName: accounts under the municipality's own homePage are employee"
                  + " ids; change the homePage with PATCH on the municipality");
        }
        continue;
      }
      rules.add(new IdentityRule(homePage, accountName));
    }
    return rules;
  }

  private static AccountName accountName(JsonValue value, String at) {
    if (value instanceof JsonString name) {
      for (AccountName known : AccountName.values()) {
        if (known.name().equals(name.getString())) {
          return known;
        }
      }
    }
    throw new BadRequest(at + ".accountName: must be EMPLOYEE_ID, EMAIL or USERNAME");
  }
}
