package no.abctracker.access.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import no.abctracker.municipalities.entity.Municipality;
import org.junit.jupiter.api.Test;

class SignInLinkTest {

  static final Instant MADE = Instant.parse("2026-03-02T08:00:00Z");
  static final Instant EXPIRES = MADE.plus(Duration.ofDays(7));

  final Municipality municipality = new Municipality("4601", "Bergen", null, MADE);
  final UserAccount account =
      new UserAccount("ola", "hash", Role.STAFF, municipality, Set.of(), "1001", MADE);

  SignInLink link() {
    return new SignInLink(municipality, account, "ab".repeat(32), "koordinator", MADE, EXPIRES);
  }

  @Test
  void worksOnceBeforeItExpires() {
    SignInLink link = link();
    assertThat(link.stateAt(MADE.plusSeconds(60))).isEqualTo(SignInLink.State.OPEN);
    assertThat(link.use(MADE.plusSeconds(60))).isTrue();
    assertThat(link.use(MADE.plusSeconds(61))).as("a second use").isFalse();
    assertThat(link.stateAt(MADE.plusSeconds(61))).isEqualTo(SignInLink.State.USED);
  }

  @Test
  void anExpiredLinkSignsNobodyIn() {
    SignInLink link = link();
    assertThat(link.use(EXPIRES)).isFalse();
    assertThat(link.stateAt(EXPIRES)).isEqualTo(SignInLink.State.EXPIRED);
  }

  @Test
  void aRevokedLinkSignsNobodyInAndAUsedOneCannotBeRevoked() {
    SignInLink revoked = link();
    assertThat(revoked.revoke(MADE.plusSeconds(5))).isTrue();
    assertThat(revoked.use(MADE.plusSeconds(6))).isFalse();
    assertThat(revoked.stateAt(MADE.plusSeconds(6))).isEqualTo(SignInLink.State.REVOKED);

    SignInLink used = link();
    used.use(MADE.plusSeconds(5));
    assertThat(used.revoke(MADE.plusSeconds(6))).isFalse();
    assertThat(used.stateAt(MADE.plusSeconds(6))).isEqualTo(SignInLink.State.USED);
  }

  @Test
  void mustExpireAfterItIsMade() {
    assertThatThrownBy(
            () -> new SignInLink(municipality, account, "ab".repeat(32), "k", MADE, MADE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
