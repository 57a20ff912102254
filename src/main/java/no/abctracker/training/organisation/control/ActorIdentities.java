package no.abctracker.training.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.entity.IdentityKind;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.training.organisation.entity.PersonIdentity;

/**
 * Which person of a municipality an xAPI actor is: by {@code mbox} ({@code mailto:} + the staff
 * e-mail, compared lower-cased), {@code mbox_sha1sum} (SHA-1 of that mbox) or {@code account} (name
 * = employee id, homePage = the municipality's account homePage). One indexed look-up each.
 */
@ApplicationScoped
public class ActorIdentities {

  @PersistenceContext EntityManager em;

  /** The identities a person with this employee id and (optional) e-mail has. */
  public static Map<IdentityKind, String> of(String employeeId, String email) {
    Map<IdentityKind, String> identities = new EnumMap<>(IdentityKind.class);
    identities.put(IdentityKind.ACCOUNT, employeeId);
    if (email != null && !email.isBlank()) {
      String mbox = mbox(email);
      identities.put(IdentityKind.MBOX, mbox);
      identities.put(IdentityKind.MBOX_SHA1SUM, sha1Hex(mbox));
    }
    return identities;
  }

  /** The person with this identity, {@code value} normalised as {@link IdentityKind} says. */
  public Optional<Person> person(long municipalityId, IdentityKind kind, String value) {
    return em.createNamedQuery(PersonIdentity.FIND, PersonIdentity.class)
        .setParameter("municipalityId", municipalityId)
        .setParameter("kind", kind)
        .setParameter("value", value)
        .getResultStream()
        .findFirst()
        .map(PersonIdentity::person);
  }

  /**
   * The person an xAPI Agent (JSON as in a statement's {@code actor}) is in {@code municipality};
   * empty for a Group, an unknown agent or an account under another homePage.
   */
  public Optional<Person> person(Municipality municipality, JsonObject agent) {
    if (isString(agent, "mbox")) {
      return person(
          municipality.id(), IdentityKind.MBOX, agent.getString("mbox").toLowerCase(Locale.ROOT));
    }
    if (isString(agent, "mbox_sha1sum")) {
      return person(
          municipality.id(),
          IdentityKind.MBOX_SHA1SUM,
          agent.getString("mbox_sha1sum").toLowerCase(Locale.ROOT));
    }
    if (agent.get("account") instanceof JsonObject account
        && isString(account, "name")
        && municipality.accountHomePage().equals(account.getString("homePage", null))) {
      return person(municipality.id(), IdentityKind.ACCOUNT, account.getString("name"));
    }
    return Optional.empty();
  }

  static String mbox(String email) {
    return "mailto:" + email.strip().toLowerCase(Locale.ROOT);
  }

  static String sha1Hex(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }

  private static boolean isString(JsonObject object, String name) {
    return object.containsKey(name)
        && object.get(name).getValueType() == JsonValue.ValueType.STRING;
  }
}
