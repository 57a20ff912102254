package no.abctracker.xapi.credentials.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonObject;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import no.abctracker.access.control.Viewer;
import no.abctracker.xapi.credentials.entity.Scope;

/**
 * The authenticated LRS client of one xAPI request: an immutable snapshot with the municipality
 * every query must be limited to and the authority the LRS writes into the statements it stores.
 */
public record LrsCaller(
    long clientId,
    String key,
    String name,
    long municipalityId,
    String municipalityCode,
    Set<Scope> scopes,
    JsonObject authority)
    implements Principal, Viewer {

  /** The homePage of the account that identifies LRS clients as xAPI authorities. */
  public static final String AUTHORITY_HOME_PAGE = "https://abc-tracker.no/lrs-clients";

  public static JsonObject authorityOf(String key, String name) {
    return JSON.createObjectBuilder()
        .add("objectType", "Agent")
        .add("name", name)
        .add(
            "account",
            JSON.createObjectBuilder().add("homePage", AUTHORITY_HOME_PAGE).add("name", key))
        .build();
  }

  @Override
  public String getName() {
    return key;
  }

  @Override
  public Optional<String> viewerMunicipality() {
    return Optional.of(municipalityCode);
  }

  /** Apart from user names, which cannot hold a colon. */
  @Override
  public String viewerName() {
    return "lrs-client:" + key;
  }

  /** True when one of {@code anyOf} is held, directly or through {@code all} / {@code all/read}. */
  public boolean holdsAny(Set<Scope> anyOf) {
    for (Scope scope : anyOf) {
      if (scopes.contains(scope)) {
        return true;
      }
    }
    return scopes.contains(Scope.ALL);
  }
}
