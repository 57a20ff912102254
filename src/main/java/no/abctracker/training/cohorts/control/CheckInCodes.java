package no.abctracker.training.cohorts.control;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Check-in codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L), easy to read
 * off a projector and type on a phone. 31^6 ≈ 887 million codes, while a municipality has a handful
 * open at a time; {@link GuessingLimit} keeps guessing hopeless.
 */
public final class CheckInCodes {

  public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  public static final int LENGTH = 6;

  private CheckInCodes() {}

  public static String generate(RandomGenerator random) {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * A typed code as stored: upper case, without spaces or dashes; empty when it cannot be a code.
   */
  public static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(code);
  }
}
