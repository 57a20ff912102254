package no.abctracker.training.cohorts.entity;

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
import java.util.UUID;
import no.abctracker.municipalities.entity.Municipality;

/**
 * A gathering ("samling") of a cohort: its number in the cohort, when (UTC) and where it is, and
 * the course modules it covers. Its xAPI activity id is the cohort's followed by {@code
 * /sessions/{uuid}}; attendance statements have it as object.
 */
@Entity
@Table(name = "cohort_session")
@NamedQuery(
    name = CohortSession.OF_COHORT,
    query = "SELECT s FROM CohortSession s WHERE s.cohort = :cohort ORDER BY s.number")
@NamedQuery(
    name = CohortSession.BY_PUBLIC_ID,
    query = "SELECT s FROM CohortSession s WHERE s.cohort = :cohort AND s.publicId = :publicId")
@NamedQuery(
    name = CohortSession.OF_COHORTS,
    query =
        "SELECT s FROM CohortSession s JOIN FETCH s.cohort WHERE s.cohort IN :cohorts"
            + " ORDER BY s.startsAt, s.number")
public class CohortSession {

  public static final String OF_COHORT = "CohortSession.ofCohort";
  public static final String BY_PUBLIC_ID = "CohortSession.byPublicId";
  public static final String OF_COHORTS = "CohortSession.ofCohorts";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  @Column(name = "public_id", nullable = false, length = 36)
  private String publicId;

  @Column(name = "activity_id", nullable = false)
  private String activityId;

  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private SessionKind kind;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(length = 200)
  private String location;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cohort_session_module", joinColumns = @JoinColumn(name = "session_id"))
  @Column(name = "module_code", length = 40)
  private Set<String> moduleCodes = new HashSet<>();

  protected CohortSession() {}

  public CohortSession(Cohort cohort, UUID publicId, SessionPlan plan) {
    this.cohort = Objects.requireNonNull(cohort);
    this.municipality = cohort.municipality();
    this.publicId = publicId.toString();
    this.activityId = cohort.activityId() + "/sessions/" + this.publicId;
    replan(plan);
  }

  /** Takes a new plan (the caller has checked it against the cohort and its other sessions). */
  public final void replan(SessionPlan plan) {
    this.number = plan.number();
    this.kind = plan.kind();
    this.title = plan.title();
    this.startsAt = plan.startsAt();
    this.endsAt = plan.endsAt();
    this.location = plan.location().orElse(null);
    this.moduleCodes.clear();
    this.moduleCodes.addAll(plan.moduleCodes());
  }

  public Long id() {
    return id;
  }

  public Cohort cohort() {
    return cohort;
  }

  public String publicId() {
    return publicId;
  }

  public String activityId() {
    return activityId;
  }

  public int number() {
    return number;
  }

  public SessionKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public Optional<String> location() {
    return Optional.ofNullable(location);
  }

  public Set<String> moduleCodes() {
    return Set.copyOf(moduleCodes);
  }

  /** What the session is as a plan, to compare with a revised one. */
  public SessionPlan plan() {
    return new SessionPlan(
        number, kind, title, startsAt, endsAt, Optional.ofNullable(location), moduleCodes());
  }

  public boolean hasEndedBy(Instant instant) {
    return !endsAt.isAfter(instant);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CohortSession that && publicId.equals(that.publicId);
  }

  @Override
  public int hashCode() {
    return publicId.hashCode();
  }
}
