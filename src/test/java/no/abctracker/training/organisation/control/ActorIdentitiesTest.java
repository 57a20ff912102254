package no.abctracker.training.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.abctracker.training.organisation.entity.IdentityKind;
import org.junit.jupiter.api.Test;

class ActorIdentitiesTest {

  @Test
  void mboxIsLowerCasedAndItsSha1IsOfTheMbox() {
    Map<IdentityKind, String> identities = ActorIdentities.of("1001", " Ola@Kommune.NO");
    assertThat(identities)
        .containsEntry(IdentityKind.MBOX, "mailto:ola@kommune.no")
        .containsEntry(IdentityKind.ACCOUNT, "1001");
    // sha1("mailto:ola@kommune.no"), as xAPI's mbox_sha1sum
    assertThat(identities.get(IdentityKind.MBOX_SHA1SUM))
        .hasSize(40)
        .isEqualTo(ActorIdentities.sha1Hex("mailto:ola@kommune.no"));
    assertThat(ActorIdentities.sha1Hex("mailto:test@example.com"))
        .isEqualTo("53d04bc579b8b4d082ca4a530642845e2c0bfe74");
  }

  @Test
  void withoutEmailOnlyTheAccount() {
    assertThat(ActorIdentities.of("1001", null)).containsOnlyKeys(IdentityKind.ACCOUNT);
  }
}
