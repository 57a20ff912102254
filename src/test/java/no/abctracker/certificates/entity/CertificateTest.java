package no.abctracker.certificates.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.abctracker.certificates.entity.Certificate.Validity;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.entity.Person;
import org.junit.jupiter.api.Test;

/** A certificate stays valid while the completion it shows does. */
class CertificateTest {

  static final Instant NOW = Instant.parse("2025-01-10T09:00:00Z");
  static final Municipality BERGEN = new Municipality("4601", "Bergen", null, NOW);

  static CourseCompletion completion(long person, String at) {
    return new CourseCompletion(
        person, "ABC", Instant.parse(at), "MODULES", Optional.of("DIGITAL"), "s1");
  }

  static Certificate certificate() {
    Person kari = new Person(BERGEN, "1002", "Kari Nordmann", null, NOW);
    setId(kari, 7L);
    return new Certificate(
        BERGEN,
        kari,
        "ABCDEFGHJKMN",
        "Velferdsteknologiens ABC",
        completion(7, "2024-03-01T22:30:00Z"),
        "kari",
        NOW);
  }

  static void setId(Person person, long id) {
    try {
      var field = Person.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(person, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void showsTheOsloDayOfTheCompletion() {
    assertThat(certificate().completedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(certificate().fullName()).isEqualTo("Kari Nordmann");
    assertThat(certificate().timesIssued()).isEqualTo(1);
  }

  @Test
  void validWhileTheCompletionIsThere() {
    assertThat(certificate().validity(Optional.of(completion(7, "2024-03-01T22:30:00Z"))))
        .isEqualTo(Validity.VALID);
    assertThat(certificate().validity(Optional.of(completion(7, "2024-03-01T08:00:00Z"))))
        .as("the same day by another statement")
        .isEqualTo(Validity.VALID);
  }

  @Test
  void noLongerValidWhenTheCompletionIsWithdrawn() {
    assertThat(certificate().validity(Optional.empty())).isEqualTo(Validity.WITHDRAWN);
  }

  @Test
  void noLongerValidWhenTheCompletionMovedToAnotherDay() {
    assertThat(certificate().validity(Optional.of(completion(7, "2024-05-01T10:00:00Z"))))
        .isEqualTo(Validity.CHANGED);
  }

  @Test
  void issuingAgainShowsTheCurrentCompletionAndKeepsTheCode() {
    Certificate certificate = certificate();
    certificate.issue(
        "Velferdsteknologiens ABC",
        completion(7, "2024-05-01T10:00:00Z"),
        "admin",
        NOW.plusSeconds(60));
    assertThat(certificate.verificationCode()).isEqualTo("ABCDEFGHJKMN");
    assertThat(certificate.completedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(certificate.timesIssued()).isEqualTo(2);
    assertThat(certificate.firstIssuedAt()).isEqualTo(NOW);
    assertThat(certificate.validity(Optional.of(completion(7, "2024-05-01T10:00:00Z"))))
        .isEqualTo(Validity.VALID);
  }
}
