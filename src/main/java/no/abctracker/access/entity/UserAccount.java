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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.abctracker.municipalities.entity.Municipality;

/** A person who logs in to the API or the pages; the password is stored only as a PBKDF2 hash. */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = UserAccount.OF_MUNICIPALITY,
    query = "SELECT u FROM UserAccount u WHERE u.municipality = :municipality ORDER BY u.username")
@NamedQuery(
    name = UserAccount.BY_USERNAME,
    query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(
    name = UserAccount.STAFF_OF_EMPLOYEE,
    query =
        "SELECT u FROM UserAccount u WHERE u.municipality = :municipality"
            + " AND u.employeeId = :employeeId AND u.role = :role"
            + " ORDER BY u.id")
public class UserAccount {

  public static final String BY_USERNAME = "UserAccount.byUsername";
  public static final String STAFF_OF_EMPLOYEE = "UserAccount.staffOfEmployee";
  public static final String OF_MUNICIPALITY = "UserAccount.ofMunicipality";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @ManyToOne
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** A unit leader's units (each with the subtree below it). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_account_unit", joinColumns = @JoinColumn(name = "user_account_id"))
  @Column(name = "unit_code")
  private Set<String> unitCodes = new HashSet<>();

  /** A disabled account is refused at every door but kept with what it did. */
  @Column(nullable = false)
  private boolean enabled = true;

  /** A staff member's own employee id. */
  @Column(name = "employee_id")
  private String employeeId;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String passwordHash,
      Role role,
      Municipality municipality,
      Instant createdAt) {
    if (role != Role.SYSTEM_ADMIN && municipality == null) {
      throw new IllegalArgumentException(role + " must belong to a municipality");
    }
    this.username = Objects.requireNonNull(username);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.role = Objects.requireNonNull(role);
    this.municipality = municipality;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** An account limited to some units (unit leader) or to one employee (staff). */
  public UserAccount(
      String username,
      String passwordHash,
      Role role,
      Municipality municipality,
      Set<String> unitCodes,
      String employeeId,
      Instant createdAt) {
    this(username, passwordHash, role, municipality, createdAt);
    if (role == Role.UNIT_LEADER && unitCodes.isEmpty()) {
      throw new IllegalArgumentException("A unit leader needs at least one unit");
    }
    if (role == Role.STAFF && employeeId == null) {
      throw new IllegalArgumentException("A staff account needs an employee id");
    }
    this.unitCodes = new HashSet<>(unitCodes);
    this.employeeId = employeeId;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Role role() {
    return role;
  }

  public Optional<Municipality> municipality() {
    return Optional.ofNullable(municipality);
  }

  public Set<String> unitCodes() {
    return Set.copyOf(unitCodes);
  }

  public Optional<String> employeeId() {
    return Optional.ofNullable(employeeId);
  }

  public boolean enabled() {
    return enabled;
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  /**
   * A role given by the municipality's identity provider (its group claim) at sign-in: only between
   * coordinator and staff, whose accounts need neither units nor (for a coordinator) an employee.
   */
  public void assignRoleFromProvider(Role newRole) {
    if (newRole != Role.COORDINATOR && newRole != Role.STAFF) {
      throw new IllegalArgumentException("A provider's group gives COORDINATOR or STAFF only");
    }
    this.role = newRole;
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UserAccount that && username.equals(that.username);
  }

  @Override
  public int hashCode() {
    return username.hashCode();
  }
}
