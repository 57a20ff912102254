package no.abctracker.access.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.abctracker.municipalities.entity.Municipality;

/**
 * A municipality's OpenID Connect provider: where it is, the client the municipality registered
 * there, which claim names the person and which roster field it matches, and how groups give roles.
 * The client secret is written, never read back by the API.
 */
@Entity
@Table(name = "oidc_settings")
@NamedQuery(
    name = OidcSettings.OF_MUNICIPALITY,
    query = "SELECT s FROM OidcSettings s WHERE s.municipality = :municipality")
@NamedQuery(
    name = OidcSettings.ENABLED,
    query = "SELECT s FROM OidcSettings s WHERE s.enabled = TRUE ORDER BY s.displayName")
public class OidcSettings {

  public static final String OF_MUNICIPALITY = "OidcSettings.ofMunicipality";
  public static final String ENABLED = "OidcSettings.enabled";

  /** The field of the roster (or of the application's accounts) that the subject claim names. */
  public enum MatchField {
    EMPLOYEE_ID,
    EMAIL,
    USERNAME
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne
  @JoinColumn(name = "municipality_id", nullable = false)
  private Municipality municipality;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false)
  private String issuer;

  @Column(name = "client_id", nullable = false)
  private String clientId;

  @Column(name = "client_secret", nullable = false)
  private String clientSecret;

  @Column(name = "subject_claim", nullable = false)
  private String subjectClaim;

  @Enumerated(EnumType.STRING)
  @Column(name = "match_field", nullable = false)
  private MatchField matchField;

  @Column(name = "group_claim")
  private String groupClaim;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "oidc_group_role", joinColumns = @JoinColumn(name = "oidc_settings_id"))
  @MapKeyColumn(name = "group_name")
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Map<String, Role> groupRoles = new HashMap<>();

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected OidcSettings() {}

  public OidcSettings(Municipality municipality) {
    this.municipality = Objects.requireNonNull(municipality);
  }

  /**
   * Replaces the settings; a {@code clientSecret} of null keeps the one stored (the API never shows
   * it, so a client that changes other fields sends none).
   */
  public void update(
      boolean enabled,
      String issuer,
      String clientId,
      String clientSecret,
      String subjectClaim,
      MatchField matchField,
      String groupClaim,
      Map<String, Role> groupRoles,
      String displayName,
      String updatedBy,
      Instant updatedAt) {
    this.enabled = enabled;
    this.issuer = Objects.requireNonNull(issuer);
    this.clientId = Objects.requireNonNull(clientId);
    if (clientSecret != null) {
      this.clientSecret = clientSecret;
    }
    Objects.requireNonNull(this.clientSecret, "a client secret is needed the first time");
    this.subjectClaim = Objects.requireNonNull(subjectClaim);
    this.matchField = Objects.requireNonNull(matchField);
    this.groupClaim = groupClaim;
    this.groupRoles = new HashMap<>(groupRoles);
    this.displayName = Objects.requireNonNull(displayName);
    this.updatedBy = Objects.requireNonNull(updatedBy);
    this.updatedAt = Objects.requireNonNull(updatedAt);
  }

  public Municipality municipality() {
    return municipality;
  }

  public boolean enabled() {
    return enabled;
  }

  public String issuer() {
    return issuer;
  }

  public String clientId() {
    return clientId;
  }

  /** Only for the token request to the provider: never shown, never logged. */
  public String clientSecret() {
    return clientSecret;
  }

  public String subjectClaim() {
    return subjectClaim;
  }

  public MatchField matchField() {
    return matchField;
  }

  public Optional<String> groupClaim() {
    return Optional.ofNullable(groupClaim);
  }

  public Map<String, Role> groupRoles() {
    return Map.copyOf(groupRoles);
  }

  public String displayName() {
    return displayName;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
