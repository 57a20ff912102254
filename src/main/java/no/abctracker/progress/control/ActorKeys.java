package no.abctracker.progress.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Optional;
import no.abctracker.progress.entity.ActorKey;
import no.abctracker.training.organisation.control.ActorIdentities;
import no.abctracker.training.organisation.entity.IdentityKind;

/**
 * The rule that keys a statement's actor like {@code person_identity} (see {@code
 * ActorIdentities}): an Agent's {@code mbox} lower-cased, its {@code mbox_sha1sum} lower-cased, or
 * its {@code account} as {@code homePage + ' ' + name} with the name lower-cased. Which accounts
 * name whom is not decided here but by the identities persons have (the municipality's own
 * homePage, the LMS identity rules and links), so a new rule or link counts for statements already
 * stored without extracting them again. A Group (identified or not), an {@code openid} or a value
 * too long for an identity names nobody.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#242-actor">xAPI 2.0
 *     Data 2.4.2 Actor</a>
 */
public final class ActorKeys {

  private ActorKeys() {}

  public static Optional<ActorKey> of(JsonObject actor) {
    if (actor == null || "Group".equals(actor.getString("objectType", "Agent"))) {
      return Optional.empty();
    }
    if (isString(actor, "mbox")) {
      return key(IdentityKind.MBOX, actor.getString("mbox").toLowerCase(Locale.ROOT));
    }
    if (isString(actor, "mbox_sha1sum")) {
      return key(
          IdentityKind.MBOX_SHA1SUM, actor.getString("mbox_sha1sum").toLowerCase(Locale.ROOT));
    }
    if (actor.get("account") instanceof JsonObject account
        && isString(account, "name")
        && isString(account, "homePage")) {
      return key(
          IdentityKind.ACCOUNT,
          ActorIdentities.account(account.getString("homePage"), account.getString("name")));
    }
    return Optional.empty();
  }

  private static Optional<ActorKey> key(IdentityKind kind, String value) {
    if (value.isEmpty() || value.length() > ActorKey.MAX_VALUE_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(new ActorKey(kind, value));
  }

  private static boolean isString(JsonObject object, String name) {
    return object.get(name) != null
        && object.get(name).getValueType() == JsonValue.ValueType.STRING;
  }
}
