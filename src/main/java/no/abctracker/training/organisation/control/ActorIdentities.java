package no.abctracker.training.organisation.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import no.abctracker.training.organisation.entity.IdentityKind;

/**
 * The xAPI identities a person has: {@code mbox} ({@code mailto:} + the staff e-mail, lower-cased),
 * {@code mbox_sha1sum} (SHA-1 of that mbox) and {@code account} (name = employee id, under the
 * municipality's account homePage). Statements are matched to them by {@code
 * progress.control.ActorKeys}, which keys an actor the same way.
 */
public final class ActorIdentities {

  private ActorIdentities() {}

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
}
