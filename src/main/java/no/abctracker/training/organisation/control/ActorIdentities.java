package no.abctracker.training.organisation.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import no.abctracker.training.organisation.entity.IdentityKind;

/**
 * The xAPI identities a person has: {@code mbox} ({@code mailto:} + the staff e-mail, lower-cased),
 * {@code mbox_sha1sum} (SHA-1 of an mbox) and {@code account} (name = employee id, under the
 * municipality's account homePage, keyed by {@link #account}). Statements are matched to them by
 * {@code progress.control.ActorKeys}, which keys an actor the same way.
 *
 * <p>An LMS hashes the mbox exactly as it stores the address, and HR and LMS rarely agree on
 * capitals ({@code Kari.Nordmann@Oslo.Kommune.no} in the LMS, {@code kari.nordmann@oslo.kommune.no}
 * in HR). A plain {@code mbox} is lower-cased before matching, but a hash cannot be, so a person
 * gets the hash of each usual capitalisation of their address: the local part lower, capitalised
 * per name part or upper, times the domain lower, capitalised per label with or without the
 * top-level domain, or upper. A capitalisation outside these is linked in the unmatched inbox.
 */
public final class ActorIdentities {

  /** One identity: its kind and its normalised value, as {@code person_identity} stores it. */
  public record Identity(IdentityKind kind, String value) {}

  private ActorIdentities() {}

  /** The identities a person with this employee id and (optional) e-mail has. */
  public static Set<Identity> of(String employeeId, String email, String accountHomePage) {
    Set<Identity> identities = new LinkedHashSet<>();
    identities.add(new Identity(IdentityKind.ACCOUNT, account(accountHomePage, employeeId)));
    if (email != null && !email.isBlank()) {
      identities.add(new Identity(IdentityKind.MBOX, mbox(email)));
      for (String written : capitalisations(email.strip())) {
        identities.add(new Identity(IdentityKind.MBOX_SHA1SUM, sha1Hex("mailto:" + written)));
      }
    }
    return identities;
  }

  /**
   * The value of an account identity: the homePage exactly, a space, the name lower-cased (e-mail
   * addresses and usernames match whatever their case; employee ids that differ only in case are
   * not told apart).
   */
  public static String account(String homePage, String name) {
    return homePage + ' ' + name.toLowerCase(Locale.ROOT);
  }

  static String mbox(String email) {
    return "mailto:" + email.strip().toLowerCase(Locale.ROOT);
  }

  /** The usual ways an LMS writes this address, the lower-cased one first. */
  static List<String> capitalisations(String email) {
    String lower = email.toLowerCase(Locale.ROOT);
    int at = lower.lastIndexOf('@');
    if (at < 0) {
      return List.of(lower);
    }
    String local = lower.substring(0, at);
    String domain = lower.substring(at + 1);
    List<UnaryOperator<String>> locals =
        List.of(s -> s, ActorIdentities::capitalised, s -> s.toUpperCase(Locale.ROOT));
    List<UnaryOperator<String>> domains =
        List.of(
            s -> s,
            ActorIdentities::capitalisedButTopLevel,
            ActorIdentities::capitalised,
            s -> s.toUpperCase(Locale.ROOT));
    Set<String> written = new LinkedHashSet<>();
    for (UnaryOperator<String> l : locals) {
      for (UnaryOperator<String> d : domains) {
        written.add(l.apply(local) + '@' + d.apply(domain));
      }
    }
    return new ArrayList<>(written);
  }

  /** Each part after a {@code .}, {@code -} or {@code _} (and the first) starts with a capital. */
  private static String capitalised(String value) {
    StringBuilder out = new StringBuilder(value.length());
    boolean start = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == '.' || c == '-' || c == '_';
    }
    return out.toString();
  }

  private static String capitalisedButTopLevel(String domain) {
    int dot = domain.lastIndexOf('.');
    return dot < 0 ? domain : capitalised(domain.substring(0, dot)) + domain.substring(dot);
  }

  /** The lower-case hex SHA-1 of {@code value}'s UTF-8 bytes (an {@code mbox_sha1sum}). */
  public static String sha1Hex(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }
}
