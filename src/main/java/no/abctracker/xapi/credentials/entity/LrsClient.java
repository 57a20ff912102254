package no.abctracker.xapi.credentials.entity;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.abctracker.municipalities.entity.Municipality;

/**
 * An LMS or content package allowed to talk to the LRS: a key, a hashed secret, its scopes, and the
 * one municipality whose data it reads and writes.
 */
@Entity
@Table(name = "lrs_client")
@NamedQuery(name = LrsClient.BY_KEY, query = "SELECT c FROM LrsClient c WHERE c.apiKey = :key")
@NamedQuery(
    name = LrsClient.BY_MUNICIPALITY,
    query = "SELECT c FROM LrsClient c WHERE c.municipality = :municipality ORDER BY c.name")
public class LrsClient {

  public static final String BY_KEY = "LrsClient.byKey";
  public static final String BY_MUNICIPALITY = "LrsClient.byMunicipality";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "municipality_id", nullable = false)
  private Municipality municipality;

  @Column(nullable = false)
  private String name;

  @Column(name = "api_key", nullable = false, unique = true)
  private String apiKey;

  @Column(name = "secret_hash", nullable = false)
  private String secretHash;

  @Column(nullable = false)
  private String scopes;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected LrsClient() {}

  public LrsClient(
      Municipality municipality,
      String name,
      String apiKey,
      String secretHash,
      Set<Scope> scopes,
      Instant createdAt) {
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("An LRS client needs at least one scope");
    }
    this.municipality = Objects.requireNonNull(municipality);
    this.name = Objects.requireNonNull(name);
    this.apiKey = Objects.requireNonNull(apiKey);
    this.secretHash = Objects.requireNonNull(secretHash);
    this.scopes = scopes.stream().map(Scope::wireName).sorted().collect(Collectors.joining(" "));
    this.enabled = true;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public Long id() {
    return id;
  }

  public Municipality municipality() {
    return municipality;
  }

  public String name() {
    return name;
  }

  public String apiKey() {
    return apiKey;
  }

  public String secretHash() {
    return secretHash;
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Set<Scope> scopes() {
    EnumSet<Scope> set = EnumSet.noneOf(Scope.class);
    Arrays.stream(scopes.split(" ")).map(Scope::fromWireName).forEach(s -> s.ifPresent(set::add));
    return set;
  }

  public void rotateSecret(String newSecretHash) {
    this.secretHash = Objects.requireNonNull(newSecretHash);
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LrsClient that && apiKey.equals(that.apiKey);
  }

  @Override
  public int hashCode() {
    return apiKey.hashCode();
  }
}
