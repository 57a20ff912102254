package no.abctracker.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInLinksTest {

  @Test
  void storesTheHexSha256OfTheTokenNeverTheToken() {
    String token = SecretHashing.randomToken(32);
    String stored = SignInLinks.hashOf(token);
    assertThat(stored).hasSize(64).matches("[0-9a-f]+").doesNotContain(token);
    assertThat(SignInLinks.hashOf(token)).isEqualTo(stored);
    // SHA-256("abc"), FIPS 180-2 appendix B.1
    assertThat(SignInLinks.hashOf("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void tokensCarry256RandomBits() {
    assertThat(SecretHashing.randomToken(32))
        .hasSize(43)
        .isNotEqualTo(SecretHashing.randomToken(32));
  }
}
