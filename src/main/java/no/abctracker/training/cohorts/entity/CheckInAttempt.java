package no.abctracker.training.cohorts.entity;

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
import no.abctracker.access.entity.UserAccount;

/** A wrong check-in code a user typed, kept for the guessing limit's window. */
@Entity
@Table(name = "check_in_attempt")
@NamedQuery(
    name = CheckInAttempt.OF_USER,
    query = "SELECT a FROM CheckInAttempt a WHERE a.user = :user")
@NamedQuery(
    name = CheckInAttempt.DELETE_OF_USER_ID,
    query = "DELETE FROM CheckInAttempt a WHERE a.user.id = :userId")
public class CheckInAttempt {

  public static final String OF_USER = "CheckInAttempt.ofUser";
  public static final String DELETE_OF_USER_ID = "CheckInAttempt.deleteOfUserId";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "user_account_id")
  private UserAccount user;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  protected CheckInAttempt() {}

  public CheckInAttempt(UserAccount user, Instant attemptedAt) {
    this.user = Objects.requireNonNull(user);
    this.attemptedAt = Objects.requireNonNull(attemptedAt);
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }
}
