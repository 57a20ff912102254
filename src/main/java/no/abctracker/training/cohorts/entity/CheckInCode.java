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
import java.util.Optional;
import no.abctracker.municipalities.entity.Municipality;

/**
 * A code shown at a session that staff check in with: open from when a facilitator opens it until
 * it expires or is closed (by closing check-in or opening it again).
 */
@Entity
@Table(name = "check_in_code")
@NamedQuery(
    name = CheckInCode.BY_CODE,
    query =
        "SELECT c FROM CheckInCode c JOIN FETCH c.session"
            + " WHERE c.municipality = :municipality AND c.code = :code")
@NamedQuery(
    name = CheckInCode.NOT_CLOSED_OF_SESSION,
    query =
        "SELECT c FROM CheckInCode c WHERE c.session = :session AND c.closedAt IS NULL"
            + " ORDER BY c.openedAt DESC")
@NamedQuery(
    name = CheckInCode.DELETE_OF_SESSION,
    query = "DELETE FROM CheckInCode c WHERE c.session = :session")
public class CheckInCode {

  public static final String BY_CODE = "CheckInCode.byCode";
  public static final String NOT_CLOSED_OF_SESSION = "CheckInCode.notClosedOfSession";
  public static final String DELETE_OF_SESSION = "CheckInCode.deleteOfSession";

  /** Where a code stands at a moment. */
  public enum State {
    OPEN,
    EXPIRED,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "session_id")
  private CohortSession session;

  @Column(nullable = false, length = 6)
  private String code;

  @Column(name = "opened_by", nullable = false, length = 100)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected CheckInCode() {}

  public CheckInCode(
      CohortSession session, String code, String openedBy, Instant openedAt, Instant expiresAt) {
    this.session = Objects.requireNonNull(session);
    this.municipality = session.cohort().municipality();
    this.code = Objects.requireNonNull(code);
    this.openedBy = Objects.requireNonNull(openedBy);
    this.openedAt = Objects.requireNonNull(openedAt);
    if (!expiresAt.isAfter(openedAt)) {
      throw new IllegalArgumentException("A check-in code expires after it is opened");
    }
    this.expiresAt = expiresAt;
  }

  public Long id() {
    return id;
  }

  public CohortSession session() {
    return session;
  }

  public String code() {
    return code;
  }

  public String openedBy() {
    return openedBy;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  /** Closed wins over expired: a code closed before it expired was closed. */
  public State stateAt(Instant now) {
    if (closedAt != null && closedAt.isBefore(expiresAt)) {
      return State.CLOSED;
    }
    return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
  }

  /** Closes the code now, unless it is closed already. */
  public void close(Instant now) {
    if (closedAt == null) {
      this.closedAt = Objects.requireNonNull(now);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CheckInCode that
        && code.equals(that.code)
        && municipality.equals(that.municipality);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
