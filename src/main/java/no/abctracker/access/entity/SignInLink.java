package no.abctracker.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A personal sign-in link for a staff member's account: only the SHA-256 of its token is kept; it
 * works once, until it expires, unless revoked.
 */
@Entity
@Table(name = "sign_in_link")
@NamedQuery(
    name = SignInLink.BY_TOKEN_HASH,
    query = "SELECT l FROM SignInLink l WHERE l.tokenHash = :tokenHash")
@NamedQuery(
    name = SignInLink.OF_ACCOUNT,
    query = "SELECT l FROM SignInLink l WHERE l.account = :account ORDER BY l.createdAt DESC")
@NamedQuery(
    name = SignInLink.DELETE_OF_ACCOUNT,
    query = "DELETE FROM SignInLink l WHERE l.account = :account")
public class SignInLink {

  public static final String DELETE_OF_ACCOUNT = "SignInLink.deleteOfAccount";
  public static final String BY_TOKEN_HASH = "SignInLink.byTokenHash";
  public static final String OF_ACCOUNT = "SignInLink.ofAccount";

  /** Where a link stands, as a coordinator sees it. */
  public enum State {
    OPEN,
    USED,
    EXPIRED,
    REVOKED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "municipality_id", nullable = false)
  private Municipality municipality;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_account_id", nullable = false)
  private UserAccount account;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected SignInLink() {}

  public SignInLink(
      Municipality municipality,
      UserAccount account,
      String tokenHash,
      String createdBy,
      Instant createdAt,
      Instant expiresAt) {
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("A sign-in link must expire after it is made");
    }
    this.municipality = Objects.requireNonNull(municipality);
    this.account = Objects.requireNonNull(account);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public Long id() {
    return id;
  }

  public Municipality municipality() {
    return municipality;
  }

  public UserAccount account() {
    return account;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Optional<Instant> usedAt() {
    return Optional.ofNullable(usedAt);
  }

  public State stateAt(Instant now) {
    if (revokedAt != null) {
      return State.REVOKED;
    }
    if (usedAt != null) {
      return State.USED;
    }
    return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
  }

  /** Spends the link: true when it was open at {@code now}, which it no longer is. */
  public boolean use(Instant now) {
    if (stateAt(now) != State.OPEN) {
      return false;
    }
    usedAt = now;
    return true;
  }

  /** Withdraws an open link; a used, expired or revoked one stays as it is. */
  public boolean revoke(Instant now) {
    if (stateAt(now) != State.OPEN) {
      return false;
    }
    revokedAt = now;
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignInLink that && tokenHash.equals(that.tokenHash);
  }

  @Override
  public int hashCode() {
    return tokenHash.hashCode();
  }
}
