package no.abctracker.progress.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.entity.Person;

/**
 * A completion a coordinator registered by hand, with why — a line of the audit trail. What counts
 * is its xAPI statement (same id, the coordinator as authority), which the projector turns into the
 * completion like any other; withdrawing voids that statement and records who did it, when and why.
 * Never deleted.
 */
@Entity
@Table(name = "manual_registration")
@NamedQuery(
    name = ManualRegistration.OF_PERSON,
    query =
        "SELECT r FROM ManualRegistration r WHERE r.municipality = :municipality"
            + " AND r.person = :person ORDER BY r.registeredAt DESC, r.statementId")
public class ManualRegistration {

  public static final String OF_PERSON = "ManualRegistration.ofPerson";

  /** The longest reason kept. */
  public static final int MAX_REASON_LENGTH = 1000;

  @Id
  @Column(name = "statement_id", length = 36)
  private String statementId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "course_code", nullable = false, length = 40)
  private String courseCode;

  @Column(name = "module_code", length = 40)
  private String moduleCode;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(nullable = false, length = MAX_REASON_LENGTH)
  private String reason;

  @Column(name = "registered_by", nullable = false, length = 100)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "withdrawn_by", length = 100)
  private String withdrawnBy;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawal_reason", length = MAX_REASON_LENGTH)
  private String withdrawalReason;

  @Column(name = "voiding_statement_id", length = 36)
  private String voidingStatementId;

  protected ManualRegistration() {}

  public ManualRegistration(
      String statementId,
      Municipality municipality,
      Person person,
      String courseCode,
      Optional<String> moduleCode,
      LocalDate completedOn,
      String reason,
      String registeredBy,
      Instant registeredAt) {
    this.statementId = Objects.requireNonNull(statementId);
    this.municipality = Objects.requireNonNull(municipality);
    this.person = Objects.requireNonNull(person);
    this.courseCode = Objects.requireNonNull(courseCode);
    this.moduleCode = moduleCode.orElse(null);
    this.completedOn = Objects.requireNonNull(completedOn);
    this.reason = requireReason(reason);
    this.registeredBy = Objects.requireNonNull(registeredBy);
    this.registeredAt = Objects.requireNonNull(registeredAt);
  }

  /** A withdrawal, as the audit trail shows it. */
  public record Withdrawal(String by, Instant at, String reason, String voidingStatementId) {}

  /**
   * Records that {@code by} withdrew it at {@code at} for {@code why}, by voiding its statement
   * with {@code voidingStatement}.
   *
   * @throws IllegalStateException when it was withdrawn already
   */
  public void withdraw(String by, Instant at, String why, String voidingStatement) {
    if (isWithdrawn()) {
      throw new IllegalStateException("registration " + statementId + " is withdrawn already");
    }
    this.withdrawalReason = requireReason(why);
    this.withdrawnBy = Objects.requireNonNull(by);
    this.withdrawnAt = Objects.requireNonNull(at);
    this.voidingStatementId = Objects.requireNonNull(voidingStatement);
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  public Optional<Withdrawal> withdrawal() {
    return isWithdrawn()
        ? Optional.of(
            new Withdrawal(withdrawnBy, withdrawnAt, withdrawalReason, voidingStatementId))
        : Optional.empty();
  }

  /** The registration's id: the id of its statement in the LRS. */
  public String statementId() {
    return statementId;
  }

  public Person person() {
    return person;
  }

  public String courseCode() {
    return courseCode;
  }

  public Optional<String> moduleCode() {
    return Optional.ofNullable(moduleCode);
  }

  public LocalDate completedOn() {
    return completedOn;
  }

  public String reason() {
    return reason;
  }

  public String registeredBy() {
    return registeredBy;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
      throw new IllegalArgumentException(
          "a reason has 1-" + MAX_REASON_LENGTH + " characters, not only spaces");
    }
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ManualRegistration that && statementId.equals(that.statementId);
  }

  @Override
  public int hashCode() {
    return statementId.hashCode();
  }
}
