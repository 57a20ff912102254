package no.abctracker.municipalities.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A Norwegian municipality, identified by its 4-digit number; the tenant of all data. */
@Entity
@Table(name = "municipality")
@NamedQuery(
    name = Municipality.BY_CODE,
    query = "SELECT m FROM Municipality m WHERE m.code = :code")
@NamedQuery(name = Municipality.ALL, query = "SELECT m FROM Municipality m ORDER BY m.code")
public class Municipality {

  public static final String BY_CODE = "Municipality.byCode";
  public static final String ALL = "Municipality.all";

  /** Default homePage of xAPI {@code account} identities of this municipality's staff. */
  private static final String ACCOUNT_HOME_PAGE_PREFIX = "https://abc-tracker.no/kommune/";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 4)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "account_home_page", nullable = false)
  private String accountHomePage;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "retention_years")
  private Integer retentionYears;

  @Column(name = "unknown_actor_retention_days")
  private Integer unknownActorRetentionDays;

  protected Municipality() {}

  public Municipality(String code, String name, String accountHomePage, Instant createdAt) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.accountHomePage =
        accountHomePage == null ? ACCOUNT_HOME_PAGE_PREFIX + code : accountHomePage;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String accountHomePage() {
    return accountHomePage;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Years after a person's last employment ended before they are erased; empty: the global setting.
   */
  public java.util.Optional<Integer> retentionYears() {
    return java.util.Optional.ofNullable(retentionYears);
  }

  /**
   * Days after which statements of actors who are nobody on the roster are deleted; empty: the
   * global setting.
   */
  public java.util.Optional<Integer> unknownActorRetentionDays() {
    return java.util.Optional.ofNullable(unknownActorRetentionDays);
  }

  /** The retention periods from now on (null: the global setting). */
  public void changeRetention(Integer years, Integer unknownActorDays) {
    this.retentionYears = years;
    this.unknownActorRetentionDays = unknownActorDays;
  }

  /** The width of {@code municipality.account_home_page}. */
  public static final int MAX_ACCOUNT_HOME_PAGE_LENGTH = 500;

  /** Accounts of this municipality's own staff are under {@code homePage} from now on. */
  public void moveAccountsTo(String homePage) {
    this.accountHomePage = Objects.requireNonNull(homePage);
  }

  public void rename(String newName) {
    this.name = Objects.requireNonNull(newName);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Municipality that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
