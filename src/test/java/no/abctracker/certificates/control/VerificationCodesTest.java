package no.abctracker.certificates.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Codes hard to guess and easy to read back. */
class VerificationCodesTest {

  @Test
  void aCodeIsTwelveCharactersWithoutLookAlikes() {
    for (int i = 0; i < 1000; i++) {
      String code = VerificationCodes.next();
      assertThat(code).hasSize(12).matches("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}");
      assertThat(code).doesNotContain("0", "O", "1", "I");
    }
  }

  @Test
  void theAlphabetHas32LettersSoACodeCarries60Bits() {
    assertThat(VerificationCodes.ALPHABET.chars().distinct().count()).isEqualTo(32);
    assertThat(VerificationCodes.LENGTH * (Math.log(32) / Math.log(2))).isEqualTo(60.0);
  }

  @Test
  void codesDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      assertThat(seen.add(VerificationCodes.next())).isTrue();
    }
  }

  @Test
  void everyLetterIsUsed() {
    Set<Character> used = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      VerificationCodes.next().chars().forEach(c -> used.add((char) c));
    }
    assertThat(used).hasSize(32);
  }

  @Test
  void aTypedCodeIsReadInAnyCaseWithDashesOrSpaces() {
    assertThat(VerificationCodes.normalise("abcd-efgh-jkmn")).contains("ABCDEFGHJKMN");
    assertThat(VerificationCodes.normalise(" ABCD EFGH JKMN ")).contains("ABCDEFGHJKMN");
    assertThat(VerificationCodes.display("ABCDEFGHJKMN")).isEqualTo("ABCD-EFGH-JKMN");
  }

  @Test
  void somethingThatCannotBeACodeIsNone() {
    assertThat(VerificationCodes.normalise(null)).isEmpty();
    assertThat(VerificationCodes.normalise("ABCD-EFGH-JKM")).as("too short").isEmpty();
    assertThat(VerificationCodes.normalise("ABCD-EFGH-JKMO"))
        .as("O is not a code letter")
        .isEmpty();
    assertThat(VerificationCodes.normalise("' OR 1=1 --")).isEmpty();
    assertThat(VerificationCodes.normalise("A".repeat(100))).isEmpty();
  }
}
