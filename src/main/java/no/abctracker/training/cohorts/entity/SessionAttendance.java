package no.abctracker.training.cohorts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * A person attended a session: how it was recorded, by whom, and the id of the xAPI "attended"
 * statement written with it (voided when the attendance is removed).
 */
@Entity
@Table(name = "session_attendance")
@IdClass(SessionAttendance.Key.class)
@NamedQuery(
    name = SessionAttendance.OF_SESSION,
    query =
        "SELECT a FROM SessionAttendance a JOIN FETCH a.person WHERE a.session = :session"
            + " ORDER BY a.person.fullName, a.person.employeeId")
@NamedQuery(
    name = SessionAttendance.FIND,
    query = "SELECT a FROM SessionAttendance a WHERE a.session = :session AND a.person = :person")
@NamedQuery(
    name = SessionAttendance.OF_COHORT,
    query =
        "SELECT a.person.id, a.session.number FROM SessionAttendance a WHERE a.cohort = :cohort")
@NamedQuery(
    name = SessionAttendance.COUNT_OF_SESSION,
    query = "SELECT COUNT(a) FROM SessionAttendance a WHERE a.session = :session")
@NamedQuery(
    name = SessionAttendance.COUNT_OF_COHORT,
    query = "SELECT COUNT(a) FROM SessionAttendance a WHERE a.cohort = :cohort")
@NamedQuery(
    name = SessionAttendance.COUNT_OF_MEMBER,
    query =
        "SELECT COUNT(a) FROM SessionAttendance a WHERE a.cohort = :cohort"
            + " AND a.person = :person")
@NamedQuery(
    name = SessionAttendance.OF_PERSON,
    query = "SELECT a.session.id FROM SessionAttendance a WHERE a.person = :person")
@NamedQuery(
    name = SessionAttendance.ALL_OF_PERSON,
    query =
        "SELECT a FROM SessionAttendance a JOIN FETCH a.session s JOIN FETCH s.cohort"
            + " WHERE a.person = :person ORDER BY s.startsAt, a.recordedAt")
public class SessionAttendance {

  public static final String ALL_OF_PERSON = "SessionAttendance.allOfPerson";

  public static final String OF_SESSION = "SessionAttendance.ofSession";
  public static final String FIND = "SessionAttendance.find";
  public static final String OF_COHORT = "SessionAttendance.ofCohort";
  public static final String COUNT_OF_SESSION = "SessionAttendance.countOfSession";
  public static final String COUNT_OF_COHORT = "SessionAttendance.countOfCohort";
  public static final String COUNT_OF_MEMBER = "SessionAttendance.countOfMember";
  public static final String OF_PERSON = "SessionAttendance.ofPerson";

  @Id
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "session_id")
  private CohortSession session;

  @Id
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @Column(name = "statement_id", nullable = false, length = 36)
  private String statementId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AttendanceMethod method;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected SessionAttendance() {}

  public SessionAttendance(
      CohortSession session,
      Person person,
      String statementId,
      AttendanceMethod method,
      String recordedBy,
      Instant recordedAt) {
    this.session = Objects.requireNonNull(session);
    this.person = Objects.requireNonNull(person);
    this.cohort = session.cohort();
    this.municipality = cohort.municipality();
    this.statementId = Objects.requireNonNull(statementId);
    this.method = Objects.requireNonNull(method);
    this.recordedBy = Objects.requireNonNull(recordedBy);
    this.recordedAt = Objects.requireNonNull(recordedAt);
  }

  public CohortSession session() {
    return session;
  }

  public Person person() {
    return person;
  }

  public String statementId() {
    return statementId;
  }

  public AttendanceMethod method() {
    return method;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SessionAttendance that
        && session.equals(that.session)
        && person.equals(that.person);
  }

  @Override
  public int hashCode() {
    return Objects.hash(session, person);
  }

  /** The primary key: the session's and the person's ids. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    Long session;
    Long person;

    public Key() {}

    public Key(long session, long person) {
      this.session = session;
      this.person = person;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && Objects.equals(session, that.session)
          && Objects.equals(person, that.person);
    }

    @Override
    public int hashCode() {
      return Objects.hash(session, person);
    }
  }
}
