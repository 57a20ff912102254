package no.abctracker.access.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.abctracker.access.entity.OidcSettings.MatchField;
import no.abctracker.access.entity.Role;
import no.abctracker.problems.BadRequest;

/**
 * A municipality's OpenID Connect settings as a coordinator sends them; checks itself. A {@code
 * clientSecret} of null keeps the stored one.
 */
public record OidcSettingsDraft(
    boolean enabled,
    String issuer,
    String clientId,
    String clientSecret,
    String subjectClaim,
    MatchField matchField,
    String groupClaim,
    Map<String, Role> groupRoles,
    String displayName) {

  private static final String CLAIM = "[A-Za-z0-9_.:/-]{1,100}";

  public OidcSettingsDraft {
    groupRoles = Map.copyOf(groupRoles);
    if (issuer == null || !isIssuer(issuer)) {
      throw new BadRequest(
          "issuer: the provider's issuer URL is needed (https://…, e.g."
              + " https://login.microsoftonline.com/<tenant id>/v2.0)");
    }
    if (clientId == null || clientId.isBlank() || clientId.length() > 200) {
      throw new BadRequest("clientId: the application (client) id at the provider is needed");
    }
    if (clientSecret != null && (clientSecret.isBlank() || clientSecret.length() > 500)) {
      throw new BadRequest("clientSecret: 1-500 characters, or leave it out to keep the stored");
    }
    if (subjectClaim == null || !subjectClaim.matches(CLAIM)) {
      throw new BadRequest(
          "subjectClaim: the claim that names the person is needed (e.g. email, employeeid)");
    }
    if (matchField == null) {
      throw new BadRequest("matchField: one of EMPLOYEE_ID, EMAIL, USERNAME is needed");
    }
    if (groupClaim != null && !groupClaim.matches(CLAIM)) {
      throw new BadRequest("groupClaim: a claim name (e.g. groups) or nothing");
    }
    if (groupClaim == null && !groupRoles.isEmpty()) {
      throw new BadRequest("groupRoles: needs a groupClaim to read the groups from");
    }
    groupRoles.forEach(
        (group, role) -> {
          if (group.isBlank() || group.length() > 200) {
            throw new BadRequest("groupRoles: a group name of 1-200 characters is needed");
          }
          if (role != Role.COORDINATOR && role != Role.STAFF) {
            throw new BadRequest(
                "groupRoles: a group gives COORDINATOR or STAFF; unit leaders are users made in"
                    + " the application (they need their units)");
          }
        });
    if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
      throw new BadRequest("displayName: the name on the sign-in button (1-100 characters)");
    }
  }

  /** {issuer, clientId, clientSecret?, subjectClaim, matchField, groupClaim?, groupRoles?, …}. */
  public static OidcSettingsDraft fromJson(JsonObject body, String municipalityName) {
    if (body == null) {
      throw new BadRequest("A JSON object with the provider's settings is needed");
    }
    Map<String, Role> roles = new LinkedHashMap<>();
    JsonValue groups = body.get("groupRoles");
    if (groups != null && groups.getValueType() != JsonValue.ValueType.NULL) {
      if (groups.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new BadRequest("groupRoles: an object of group name to role is needed");
      }
      groups.asJsonObject().forEach((group, role) -> roles.put(group, role(role)));
    }
    return new OidcSettingsDraft(
        body.getBoolean("enabled", true),
        text(body, "issuer"),
        text(body, "clientId"),
        text(body, "clientSecret"),
        text(body, "subjectClaim"),
        matchField(text(body, "matchField")),
        blankToNull(text(body, "groupClaim")),
        roles,
        blankToNull(text(body, "displayName")) == null
            ? municipalityName
            : text(body, "displayName").strip());
  }

  private static boolean isIssuer(String issuer) {
    try {
      URI uri = new URI(issuer);
      return issuer.length() <= 500
          && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getQuery() == null
          && uri.getFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String text(JsonObject body, String name) {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonString string)) {
      throw new BadRequest(name + ": a string is needed");
    }
    return string.getString();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static MatchField matchField(String name) {
    if (name == null) {
      return null;
    }
    try {
      return MatchField.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequest("matchField: one of EMPLOYEE_ID, EMAIL, USERNAME is needed");
    }
  }

  private static Role role(JsonValue value) {
    try {
      return Role.valueOf(((JsonString) value).getString().strip().toUpperCase(Locale.ROOT));
    } catch (ClassCastException | IllegalArgumentException e) {
      throw new BadRequest("groupRoles: each group maps to COORDINATOR or STAFF");
    }
  }
}
