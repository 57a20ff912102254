package no.abctracker.training.cohorts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.entity.Person;

/** A person enrolled in a cohort (once per cohort), by whom and when. */
@Entity
@Table(name = "cohort_member")
@IdClass(CohortMember.Key.class)
@NamedQuery(
    name = CohortMember.OF_COHORT,
    query =
        "SELECT m FROM CohortMember m JOIN FETCH m.person WHERE m.cohort = :cohort"
            + " ORDER BY m.person.fullName, m.person.employeeId")
@NamedQuery(
    name = CohortMember.OF_COHORT_IN_UNITS,
    query =
        "SELECT m FROM CohortMember m JOIN FETCH m.person WHERE m.cohort = :cohort AND EXISTS ("
            + "SELECT e FROM Employment e WHERE e.person = m.person AND e.unit.id IN :unitIds)"
            + " ORDER BY m.person.fullName, m.person.employeeId")
@NamedQuery(
    name = CohortMember.PERSON_IDS,
    query = "SELECT m.person.id FROM CohortMember m WHERE m.cohort = :cohort")
@NamedQuery(
    name = CohortMember.OF_PERSON,
    query =
        "SELECT m FROM CohortMember m JOIN FETCH m.cohort WHERE m.person = :person"
            + " ORDER BY m.cohort.startDate DESC, m.cohort.name")
public class CohortMember {

  public static final String OF_COHORT = "CohortMember.ofCohort";
  public static final String OF_COHORT_IN_UNITS = "CohortMember.ofCohortInUnits";
  public static final String PERSON_IDS = "CohortMember.personIds";
  public static final String OF_PERSON = "CohortMember.ofPerson";

  @Id
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  @Id
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @Column(name = "enrolled_by", nullable = false, length = 100)
  private String enrolledBy;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  protected CohortMember() {}

  public CohortMember(Cohort cohort, Person person, String enrolledBy, Instant enrolledAt) {
    this.cohort = Objects.requireNonNull(cohort);
    this.person = Objects.requireNonNull(person);
    this.municipality = cohort.municipality();
    this.enrolledBy = Objects.requireNonNull(enrolledBy);
    this.enrolledAt = Objects.requireNonNull(enrolledAt);
  }

  public Cohort cohort() {
    return cohort;
  }

  public Person person() {
    return person;
  }

  public String enrolledBy() {
    return enrolledBy;
  }

  public Instant enrolledAt() {
    return enrolledAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CohortMember that
        && cohort.equals(that.cohort)
        && person.equals(that.person);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cohort, person);
  }

  /** The primary key: the cohort's and the person's ids. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    Long cohort;
    Long person;

    public Key() {}

    public Key(long cohort, long person) {
      this.cohort = cohort;
      this.person = person;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && Objects.equals(cohort, that.cohort)
          && Objects.equals(person, that.person);
    }

    @Override
    public int hashCode() {
      return Objects.hash(cohort, person);
    }
  }
}
