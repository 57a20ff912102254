package no.abctracker.progress.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.entity.Person;
import org.junit.jupiter.api.Test;

/** A manual registration keeps its audit trail: withdrawn once, with who, when and why. */
class ManualRegistrationTest {

  static final Instant T0 = Instant.parse("2025-01-10T09:00:00Z");
  static final Municipality BERGEN =
      new Municipality("4601", "Bergen", "https://abc-tracker.no/kommune/4601", T0);
  static final Person OLA = new Person(BERGEN, "1001", "Ola Nordmann", null, T0);

  static ManualRegistration registration() {
    return new ManualRegistration(
        "0b9c1f4e-2d6a-4a8e-9d3b-1f2e3d4c5b6a",
        BERGEN,
        OLA,
        "ABC",
        Optional.of("A"),
        LocalDate.parse("2015-06-10"),
        "Kursbevis på papir i personalmappen",
        "koordinator",
        T0);
  }

  @Test
  void aWithdrawalRecordsWhoWhenWhyAndTheVoidingStatementOnce() {
    ManualRegistration registration = registration();
    assertThat(registration.withdrawal()).isEmpty();

    registration.withdraw(
        "leder", T0.plusSeconds(60), "Feil person", "1b9c1f4e-2d6a-4a8e-9d3b-1f2e3d4c5b6a");

    assertThat(registration.isWithdrawn()).isTrue();
    assertThat(registration.withdrawal())
        .hasValue(
            new ManualRegistration.Withdrawal(
                "leder",
                T0.plusSeconds(60),
                "Feil person",
                "1b9c1f4e-2d6a-4a8e-9d3b-1f2e3d4c5b6a"));
    assertThatThrownBy(() -> registration.withdraw("leder", T0, "igjen", "x"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(registration.withdrawal().orElseThrow().reason()).isEqualTo("Feil person");
  }

  @Test
  void aRegistrationAndAWithdrawalNeedAReason() {
    assertThatThrownBy(
            () ->
                new ManualRegistration(
                    "x", BERGEN, OLA, "ABC", Optional.empty(), LocalDate.now(), " ", "k", T0))
        .isInstanceOf(IllegalArgumentException.class);
    ManualRegistration registration = registration();
    assertThatThrownBy(() -> registration.withdraw("leder", T0, "", "y"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(registration.isWithdrawn()).isFalse();
  }
}
