package no.abctracker.certificates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import no.abctracker.kernel.MunicipalTime;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.entity.Person;

/**
 * The certificate (kursbevis) of one person for one course: made on first issue with a verification
 * code that never changes; each later issue takes the current name, title and completion, which is
 * what the public verification shows.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(
    name = Certificate.OF_PERSON_AND_COURSE,
    query = "SELECT c FROM Certificate c WHERE c.person = :person AND c.courseCode = :courseCode")
@NamedQuery(
    name = Certificate.BY_CODE,
    query =
        "SELECT c FROM Certificate c JOIN FETCH c.municipality WHERE c.verificationCode = :code")
@NamedQuery(
    name = Certificate.CODE_IN_USE,
    query = "SELECT COUNT(c) FROM Certificate c WHERE c.verificationCode = :code")
@NamedQuery(
    name = Certificate.OF_PERSON,
    query = "SELECT c FROM Certificate c WHERE c.person = :person ORDER BY c.courseCode")
public class Certificate {

  public static final String OF_PERSON = "Certificate.ofPerson";

  public static final String OF_PERSON_AND_COURSE = "Certificate.ofPersonAndCourse";
  public static final String BY_CODE = "Certificate.byCode";
  public static final String CODE_IN_USE = "Certificate.codeInUse";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "course_code", nullable = false, length = 40)
  private String courseCode;

  @Column(name = "verification_code", nullable = false, length = 12)
  private String verificationCode;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "course_title", nullable = false, length = 300)
  private String courseTitle;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  @Column(name = "completion_statement_id", nullable = false, length = 36)
  private String completionStatementId;

  @Column(name = "first_issued_at", nullable = false)
  private Instant firstIssuedAt;

  @Column(name = "last_issued_at", nullable = false)
  private Instant lastIssuedAt;

  @Column(name = "last_issued_by", nullable = false, length = 100)
  private String lastIssuedBy;

  @Column(name = "times_issued", nullable = false)
  private int timesIssued;

  protected Certificate() {}

  public Certificate(
      Municipality municipality,
      Person person,
      String verificationCode,
      String courseTitle,
      CourseCompletion completion,
      String issuedBy,
      Instant issuedAt) {
    this.municipality = Objects.requireNonNull(municipality);
    this.person = Objects.requireNonNull(person);
    this.courseCode = completion.courseCode();
    this.verificationCode = Objects.requireNonNull(verificationCode);
    this.firstIssuedAt = Objects.requireNonNull(issuedAt);
    issue(courseTitle, completion, issuedBy, issuedAt);
  }

  /** Issues the certificate again: it now shows the current name, title and completion. */
  public void issue(String title, CourseCompletion completion, String by, Instant at) {
    if (!completion.courseCode().equals(courseCode) || completion.personId() != person.id()) {
      throw new IllegalArgumentException("The completion is of another person or course");
    }
    this.fullName = person.fullName();
    this.courseTitle = Objects.requireNonNull(title);
    this.completedAt = completion.completedAt();
    this.completionStatementId = completion.statementId();
    this.lastIssuedAt = Objects.requireNonNull(at);
    this.lastIssuedBy = Objects.requireNonNull(by);
    this.timesIssued++;
  }

  public Municipality municipality() {
    return municipality;
  }

  public Person person() {
    return person;
  }

  public String courseCode() {
    return courseCode;
  }

  public String verificationCode() {
    return verificationCode;
  }

  public String fullName() {
    return fullName;
  }

  public String courseTitle() {
    return courseTitle;
  }

  /** The completion day the certificate shows (Europe/Oslo). */
  public LocalDate completedOn() {
    return completedAt.atZone(MunicipalTime.ZONE).toLocalDate();
  }

  public Instant firstIssuedAt() {
    return firstIssuedAt;
  }

  public int timesIssued() {
    return timesIssued;
  }

  /**
   * Whether {@code current} (the person's completion of the course now, if any) still backs what
   * the certificate shows: a completion on the same day.
   */
  public Validity validity(java.util.Optional<CourseCompletion> current) {
    if (current.isEmpty()) {
      return Validity.WITHDRAWN;
    }
    return current.get().completedOn().equals(completedOn()) ? Validity.VALID : Validity.CHANGED;
  }

  /** What a verification finds. */
  public enum Validity {
    /** The completion it shows is still there. */
    VALID,
    /** The completion has been withdrawn (voided): no longer valid. */
    WITHDRAWN,
    /** The course is completed, but on another day than the certificate shows: no longer valid. */
    CHANGED
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Certificate that && verificationCode.equals(that.verificationCode);
  }

  @Override
  public int hashCode() {
    return verificationCode.hashCode();
  }
}
