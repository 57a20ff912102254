package no.abctracker.training.superusers.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Conflict;
import no.abctracker.training.organisation.entity.OrgUnit;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.training.organisation.entity.UnitType;
import org.junit.jupiter.api.Test;

/** Ending an appointment: only shortens it, once, with a reason; it stays for history. */
class SuperUserAppointmentTest {

  static final Instant NOW = Instant.parse("2025-05-01T10:00:00Z");
  static final Municipality KOMMUNE = new Municipality("4601", "Bergen", null, NOW);

  static SuperUserAppointment appointment(LocalDate from, LocalDate to) {
    return new SuperUserAppointment(
        KOMMUNE,
        new Person(KOMMUNE, "1001", "Kari Nordmann", null, NOW),
        new OrgUnit(KOMMUNE, "SHJ", "Sykehjemmet", UnitType.INSTITUTION),
        "MEDICINE_DISPENSER",
        AppointmentPeriod.of(from, to),
        "koordinator",
        NOW,
        "5d0d5e0e-8a3c-4d3e-9f3e-0e0e0e0e0e0e");
  }

  @Test
  void endingSetsTheLastDayAndRemembersWhoWhenAndWhy() {
    SuperUserAppointment a = appointment(LocalDate.of(2025, 1, 1), null);

    a.end(LocalDate.of(2025, 4, 30), "  Sluttet som superbruker ", "leder", NOW);

    assertThat(a.period().to()).contains(LocalDate.of(2025, 4, 30));
    assertThat(a.isActiveOn(LocalDate.of(2025, 4, 30))).isTrue();
    assertThat(a.isActiveOn(LocalDate.of(2025, 5, 1))).isFalse();
    assertThat(a.ending())
        .hasValueSatisfying(
            e -> {
              assertThat(e.by()).isEqualTo("leder");
              assertThat(e.at()).isEqualTo(NOW);
              assertThat(e.reason()).isEqualTo("Sluttet som superbruker");
            });
  }

  @Test
  void endingMayShortenAPlannedLastDay() {
    SuperUserAppointment a = appointment(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    a.end(LocalDate.of(2025, 6, 30), "Omorganisering", "leder", NOW);
    assertThat(a.period().to()).contains(LocalDate.of(2025, 6, 30));
  }

  @Test
  void endingCannotExtend() {
    SuperUserAppointment a = appointment(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
    assertThatThrownBy(() -> a.end(LocalDate.of(2025, 12, 31), "Lenger", "leder", NOW))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("ends on 2025-06-30 already");
  }

  @Test
  void anEndedAppointmentCannotBeEndedAgain() {
    SuperUserAppointment a = appointment(LocalDate.of(2025, 1, 1), null);
    a.end(LocalDate.of(2025, 6, 30), "Slutt", "leder", NOW);
    assertThatThrownBy(() -> a.end(LocalDate.of(2025, 3, 31), "Igjen", "leder", NOW))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("was ended already by leder");
  }

  @Test
  void endingBeforeTheFirstDayOrWithoutReasonIsRejectedAndChangesNothing() {
    SuperUserAppointment a = appointment(LocalDate.of(2025, 1, 1), null);
    assertThatThrownBy(() -> a.end(LocalDate.of(2024, 12, 31), "Feil", "leder", NOW))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("before from 2025-01-01");
    assertThatThrownBy(() -> a.end(LocalDate.of(2025, 3, 1), " ", "leder", NOW))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> a.end(null, "Slutt", "leder", NOW))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("to:");
    assertThat(a.period().to()).isEmpty();
    assertThat(a.ending()).isEmpty();
  }
}
