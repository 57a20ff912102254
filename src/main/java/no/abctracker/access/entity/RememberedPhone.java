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
import no.abctracker.municipalities.entity.Municipality;

/**
 * A phone on which a staff member stays signed in: only the SHA-256 of the cookie's token is kept.
 * It works until it expires or ends (used and replaced, signed out, revoked by a coordinator).
 */
@Entity
@Table(name = "remembered_phone")
@NamedQuery(
    name = RememberedPhone.BY_TOKEN_HASH,
    query = "SELECT r FROM RememberedPhone r WHERE r.tokenHash = :tokenHash")
@NamedQuery(
    name = RememberedPhone.OPEN_OF_ACCOUNT,
    query = "SELECT r FROM RememberedPhone r WHERE r.account = :account AND r.endedAt IS NULL")
public class RememberedPhone {

  public static final String BY_TOKEN_HASH = "RememberedPhone.byTokenHash";
  public static final String OPEN_OF_ACCOUNT = "RememberedPhone.openOfAccount";

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

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected RememberedPhone() {}

  public RememberedPhone(
      Municipality municipality,
      UserAccount account,
      String tokenHash,
      Instant createdAt,
      Instant expiresAt) {
    this.municipality = Objects.requireNonNull(municipality);
    this.account = Objects.requireNonNull(account);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.expiresAt = Objects.requireNonNull(expiresAt);
  }

  /** Whether it still signs in at {@code now}. */
  public boolean worksAt(Instant now) {
    return endedAt == null && now.isBefore(expiresAt) && account.enabled();
  }

  /** Ends it (used and replaced, signed out or revoked); ending twice changes nothing. */
  public void end(Instant now) {
    if (endedAt == null) {
      endedAt = now;
    }
  }

  public Municipality municipality() {
    return municipality;
  }

  public UserAccount account() {
    return account;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
