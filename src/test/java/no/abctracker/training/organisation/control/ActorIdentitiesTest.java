package no.abctracker.training.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.abctracker.training.organisation.control.ActorIdentities.Identity;
import no.abctracker.training.organisation.entity.IdentityKind;
import org.junit.jupiter.api.Test;

class ActorIdentitiesTest {

  static final String HOME_PAGE = "https://abc-tracker.no/kommune/0301";

  @Test
  void mboxIsLowerCasedAndItsSha1IsOfTheMbox() {
    Set<Identity> identities = ActorIdentities.of("1001", " Ola@Kommune.NO", HOME_PAGE);
    assertThat(identities)
        .contains(
            new Identity(IdentityKind.MBOX, "mailto:ola@kommune.no"),
            new Identity(IdentityKind.ACCOUNT, HOME_PAGE + " 1001"),
            // sha1("mailto:ola@kommune.no"), as xAPI's mbox_sha1sum
            new Identity(
                IdentityKind.MBOX_SHA1SUM, ActorIdentities.sha1Hex("mailto:ola@kommune.no")));
    assertThat(ActorIdentities.sha1Hex("mailto:test@example.com"))
        .isEqualTo("53d04bc579b8b4d082ca4a530642845e2c0bfe74");
  }

  @Test
  void theHashOfTheAddressAsAnLmsCapitalisesItIsThePersonsToo() {
    Set<Identity> identities =
        ActorIdentities.of("1001", "kari.nordmann@oslo.kommune.no", HOME_PAGE);
    for (String written :
        new String[] {
          "Kari.Nordmann@Oslo.Kommune.no",
          "Kari.Nordmann@Oslo.Kommune.No",
          "Kari.Nordmann@oslo.kommune.no",
          "KARI.NORDMANN@OSLO.KOMMUNE.NO",
          "kari.nordmann@oslo.kommune.no"
        }) {
      assertThat(identities)
          .as(written)
          .contains(
              new Identity(
                  IdentityKind.MBOX_SHA1SUM, ActorIdentities.sha1Hex("mailto:" + written)));
    }
    assertThat(ActorIdentities.capitalisations("anne-lise.berg@bergen.kommune.no"))
        .contains("Anne-Lise.Berg@Bergen.Kommune.no")
        .doesNotHaveDuplicates();
    assertThat(identities).filteredOn(i -> i.kind() == IdentityKind.MBOX).hasSize(1);
  }

  @Test
  void withoutEmailOnlyTheAccount() {
    assertThat(ActorIdentities.of("1001", null, HOME_PAGE))
        .containsExactly(new Identity(IdentityKind.ACCOUNT, HOME_PAGE + " 1001"));
  }
}
