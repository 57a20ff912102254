package no.abctracker.training.cohorts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckInCodesTest {

  @Test
  void codesAreSixCharactersWithoutLookAlikes() {
    Random random = new Random(42);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = CheckInCodes.generate(random);
      assertThat(code).hasSize(6).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}");
      seen.add(code);
    }
    assertThat(CheckInCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    assertThat(seen).as("random, not repeating").hasSizeGreaterThan(9_990);
  }

  @Test
  void typedCodesAreReadLeniently() {
    assertThat(CheckInCodes.normalise("k7m-q2x")).hasValue("K7MQ2X");
    assertThat(CheckInCodes.normalise(" K7M Q2X\n")).hasValue("K7MQ2X");
    assertThat(CheckInCodes.normalise("K7MQ2X")).hasValue("K7MQ2X");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "K7MQ2", "K7MQ2XY", "K7MQ2O", "K7MQ21", "K7MQ2Ø", "K7M;2X"})
  void whatCannotBeACodeIsNone(String typed) {
    assertThat(CheckInCodes.normalise(typed)).isEmpty();
  }
}
