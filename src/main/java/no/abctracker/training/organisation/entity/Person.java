package no.abctracker.training.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import no.abctracker.municipalities.entity.Municipality;

/**
 * A member of a municipality's staff, identified by the HR system's employee id; kept for good once
 * imported (their employments are end-dated instead), since their training history matters.
 */
@Entity
@Table(name = "person")
@NamedQuery(
    name = Person.BY_EMPLOYEE_ID,
    query =
        "SELECT p FROM Person p WHERE p.municipality = :municipality"
            + " AND p.employeeId = :employeeId")
@NamedQuery(
    name = Person.BY_EMAIL,
    query =
        "SELECT p FROM Person p WHERE p.municipality = :municipality"
            + " AND LOWER(p.email) = LOWER(:email) ORDER BY p.employeeId")
public class Person {

  public static final String BY_EMPLOYEE_ID = "Person.byEmployeeId";
  public static final String BY_EMAIL = "Person.byEmail";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @Column(name = "employee_id", nullable = false, length = 50)
  private String employeeId;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(length = 320)
  private String email;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Person() {}

  public Person(
      Municipality municipality,
      String employeeId,
      String fullName,
      String email,
      Instant createdAt) {
    this.municipality = Objects.requireNonNull(municipality);
    this.employeeId = Objects.requireNonNull(employeeId);
    this.fullName = Objects.requireNonNull(fullName);
    this.email = email;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public Long id() {
    return id;
  }

  public String employeeId() {
    return employeeId;
  }

  public String fullName() {
    return fullName;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Person that
        && employeeId.equals(that.employeeId)
        && municipality.equals(that.municipality);
  }

  @Override
  public int hashCode() {
    return employeeId.hashCode();
  }
}
