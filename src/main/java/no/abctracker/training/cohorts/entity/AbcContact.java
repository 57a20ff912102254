package no.abctracker.training.cohorts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;

/**
 * The cohort's ABC contact ("ABC-kontakt"): the person in the municipality who answers for the
 * course, named with an e-mail address and/or a phone number. Not a user account: the contact is
 * often someone who never logs in.
 */
@Embeddable
public class AbcContact {

  @Column(name = "contact_name", length = 200)
  private String name;

  @Column(name = "contact_email", length = 320)
  private String email;

  @Column(name = "contact_phone", length = 40)
  private String phone;

  protected AbcContact() {}

  public AbcContact(String name, String email, String phone) {
    this.name = Objects.requireNonNull(name);
    if (email == null && phone == null) {
      throw new IllegalArgumentException(
          "An ABC contact needs an e-mail address or a phone number");
    }
    this.email = email;
    this.phone = phone;
  }

  public String name() {
    return name;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /** EclipseLink may materialise an all-null embeddable; that is no contact. */
  boolean isPresent() {
    return name != null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AbcContact that
        && Objects.equals(name, that.name)
        && Objects.equals(email, that.email)
        && Objects.equals(phone, that.phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, email, phone);
  }
}
