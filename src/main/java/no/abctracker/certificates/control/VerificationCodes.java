package no.abctracker.certificates.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes of certificates: {@value #LENGTH} characters drawn with {@link SecureRandom}
 * from a 32-letter alphabet without look-alikes (no 0/O, 1/I), so 60 bits: guessing one valid code
 * among a million issued takes about 10^12 tries on average. Shown in groups of four; read back
 * case-insensitively, with or without dashes and spaces.
 */
public final class VerificationCodes {

  static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  static final int LENGTH = 12;

  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCodes() {}

  public static String next() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The stored form of a code as a person typed or scanned it, if it can be a code at all. */
  public static Optional<String> normalise(String typed) {
    if (typed == null || typed.length() > 40) {
      return Optional.empty();
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (code.length() != LENGTH) {
      return Optional.empty();
    }
    for (int i = 0; i < code.length(); i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(code);
  }

  /** "ABCD-EFGH-JKLM": easier to read out and type. */
  public static String display(String code) {
    return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
  }
}
