package no.abctracker.training.cohorts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.abctracker.access.entity.UserAccount;
import no.abctracker.municipalities.entity.Municipality;

/**
 * A group of staff running one version of a course, from a start to an end date, led by
 * facilitators; identified publicly by a UUID, and in xAPI by {@link #ACTIVITY_PREFIX} + that UUID.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(
    name = Cohort.BY_PUBLIC_ID,
    query =
        "SELECT c FROM Cohort c WHERE c.municipality = :municipality AND c.publicId = :publicId")
@NamedQuery(
    name = Cohort.OF_MUNICIPALITY,
    query =
        "SELECT c FROM Cohort c WHERE c.municipality = :municipality"
            + " ORDER BY c.startDate DESC, c.name, c.id")
@NamedQuery(
    name = Cohort.FACILITATED_BY,
    query =
        "SELECT c FROM Cohort c JOIN c.facilitators f WHERE c.municipality = :municipality"
            + " AND f.id = :userId ORDER BY c.startDate DESC, c.name, c.id")
@NamedQuery(
    name = Cohort.ANY_FACILITATED_BY,
    query = "SELECT c FROM Cohort c JOIN c.facilitators f WHERE f.id = :userId")
@NamedQuery(
    name = Cohort.WITH_MEMBERS_IN_UNITS,
    query =
        "SELECT c FROM Cohort c WHERE c.municipality = :municipality AND EXISTS ("
            + "SELECT m FROM CohortMember m, Employment e WHERE m.cohort = c"
            + " AND e.person = m.person AND e.unit.id IN :unitIds)"
            + " ORDER BY c.startDate DESC, c.name, c.id")
public class Cohort {

  public static final String BY_PUBLIC_ID = "Cohort.byPublicId";
  public static final String OF_MUNICIPALITY = "Cohort.ofMunicipality";
  public static final String FACILITATED_BY = "Cohort.facilitatedBy";
  public static final String ANY_FACILITATED_BY = "Cohort.anyFacilitatedBy";
  public static final String WITH_MEMBERS_IN_UNITS = "Cohort.withMembersInUnits";

  /** The xAPI activity id of a cohort is this prefix and its public UUID. */
  public static final String ACTIVITY_PREFIX = "https://abc-tracker.no/xapi/cohorts/";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @Column(name = "public_id", nullable = false, length = 36)
  private String publicId;

  @Column(name = "activity_id", nullable = false)
  private String activityId;

  @Column(name = "course_code", nullable = false, length = 40)
  private String courseCode;

  @Column(name = "version_code", nullable = false, length = 40)
  private String versionCode;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 2000)
  private String description;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Embedded private AbcContact contact;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "cohort_facilitator",
      joinColumns = @JoinColumn(name = "cohort_id"),
      inverseJoinColumns = @JoinColumn(name = "user_account_id"))
  private Set<UserAccount> facilitators = new HashSet<>();

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Cohort() {}

  public Cohort(
      Municipality municipality,
      UUID publicId,
      CohortTerms terms,
      Set<UserAccount> facilitators,
      String createdBy,
      Instant createdAt) {
    this.municipality = Objects.requireNonNull(municipality);
    this.publicId = publicId.toString();
    this.activityId = ACTIVITY_PREFIX + this.publicId;
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
    revise(terms, facilitators);
  }

  /** Takes new terms and facilitators (the caller has checked them against the catalogue). */
  public final void revise(CohortTerms terms, Set<UserAccount> newFacilitators) {
    this.courseCode = terms.courseCode();
    this.versionCode = terms.versionCode();
    this.name = terms.name();
    this.description = terms.description().orElse(null);
    this.startDate = terms.startDate();
    this.endDate = terms.endDate();
    this.contact = terms.contact().orElse(null);
    this.facilitators.clear();
    this.facilitators.addAll(newFacilitators);
  }

  public Long id() {
    return id;
  }

  public Municipality municipality() {
    return municipality;
  }

  public String publicId() {
    return publicId;
  }

  public String activityId() {
    return activityId;
  }

  public String courseCode() {
    return courseCode;
  }

  public String versionCode() {
    return versionCode;
  }

  public String name() {
    return name;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public Optional<AbcContact> contact() {
    return Optional.ofNullable(contact).filter(AbcContact::isPresent);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** A deleted account facilitates no longer. */
  public void dropFacilitator(long userAccountId) {
    facilitators.removeIf(f -> f.id() == userAccountId);
  }

  /** The facilitators by user name. */
  public List<UserAccount> facilitators() {
    return facilitators.stream().sorted(Comparator.comparing(UserAccount::username)).toList();
  }

  public boolean isFacilitatedBy(long userAccountId) {
    return facilitators.stream().anyMatch(f -> f.id() == userAccountId);
  }

  /** Whether {@code date} is within the cohort's start and end dates (both included). */
  public boolean covers(LocalDate date) {
    return !date.isBefore(startDate) && !date.isAfter(endDate);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cohort that && publicId.equals(that.publicId);
  }

  @Override
  public int hashCode() {
    return publicId.hashCode();
  }
}
