package no.abctracker.progress.entity;

import java.util.Objects;
import no.abctracker.training.organisation.entity.IdentityKind;

/**
 * An xAPI actor as {@code person_identity} keys identities, so that evidence and identities join by
 * equality: {@code MBOX} the lower-cased {@code mailto:} IRI, {@code MBOX_SHA1SUM} the lower-cased
 * hex, {@code ACCOUNT} the account name (only under the municipality's account homePage).
 */
public record ActorKey(IdentityKind kind, String value) {

  /** The width of {@code person_identity.value}: a longer value can never name a person. */
  public static final int MAX_VALUE_LENGTH = 700;

  public ActorKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
      throw new IllegalArgumentException(
          "an actor key value has 1-" + MAX_VALUE_LENGTH + " characters");
    }
  }
}
