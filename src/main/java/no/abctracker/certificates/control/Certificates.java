package no.abctracker.certificates.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.abctracker.certificates.entity.Certificate;
import no.abctracker.certificates.entity.CourseCompletion;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.NotFound;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Visibility;
import no.abctracker.training.organisation.entity.Person;

/**
 * Issues certificates of completed courses and verifies them. The verification code is made once
 * per person and course, on first issue; issuing is serialised per person (the person row is
 * locked), so two first downloads at the same moment still make one code.
 */
@ApplicationScoped
public class Certificates {

  /** Retries if a fresh random code is taken already (about 1 in 10^12 with a million codes). */
  private static final int CODE_ATTEMPTS = 5;

  @PersistenceContext EntityManager em;
  @Inject Staff staff;
  @Inject CourseCatalogue catalogue;
  @Inject CourseCompletions completions;
  @Inject Clock clock;

  /** An issued certificate and what its PDF shows. */
  public record Issued(Certificate certificate, Course course, CourseCompletion completion) {

    public CertificatePdf.Content content(String verificationUrl) {
      return new CertificatePdf.Content(
          certificate.fullName(),
          course.title(),
          completion.completedOn(),
          Map.of(
              "nb-NO", CompletionBasis.describe(completion, course, "nb-NO"),
              "en", CompletionBasis.describe(completion, course, "en")),
          certificate.municipality().name(),
          certificate.municipality().code(),
          certificate.verificationCode(),
          verificationUrl);
    }
  }

  /** What {@code GET /verify/{code}} may show: nothing else about the person. */
  public record Verification(
      Certificate.Validity validity,
      String fullName,
      String courseTitle,
      LocalDate completedOn,
      String municipalityName) {

    public boolean valid() {
      return validity == Certificate.Validity.VALID;
    }
  }

  /** The certificates issued to {@code person} so far, by course. */
  public List<Certificate> of(Person person) {
    return em.createNamedQuery(Certificate.OF_PERSON, Certificate.class)
        .setParameter("person", person)
        .getResultList();
  }

  /**
   * The certificate of {@code employeeId} for {@code courseCode}, made on first issue.
   *
   * @throws NotFound when the course is unknown or the person has not completed it
   * @throws no.abctracker.problems.Forbidden when the caller may not see the person
   */
  @Transactional
  public Issued issue(
      Municipality municipality,
      String employeeId,
      String courseCode,
      Visibility visibility,
      String issuedBy) {
    Person person = staff.get(municipality, employeeId, visibility).person();
    Course course = catalogue.course(courseCode);
    em.createNativeQuery("SELECT id FROM person WHERE id = ? FOR UPDATE")
        .setParameter(1, person.id())
        .getResultList();
    CourseCompletion completion =
        completions
            .of(municipality.id(), person.id(), course.code())
            .orElseThrow(
                () ->
                    new NotFound(
                        person.fullName()
                            + " (employee "
                            + employeeId
                            + ") has not completed "
                            + course.code()
                            + " ("
                            + title(course)
                            + "), so there is no certificate to issue"));
    Optional<Certificate> existing =
        em.createNamedQuery(Certificate.OF_PERSON_AND_COURSE, Certificate.class)
            .setParameter("person", person)
            .setParameter("courseCode", course.code())
            .getResultStream()
            .findFirst();
    Certificate certificate;
    if (existing.isPresent()) {
      certificate = existing.get();
      certificate.issue(title(course), completion, issuedBy, clock.instant());
    } else {
      certificate =
          new Certificate(
              municipality,
              person,
              unusedCode(),
              title(course),
              completion,
              issuedBy,
              clock.instant());
      em.persist(certificate);
    }
    em.flush();
    return new Issued(certificate, course, completion);
  }

  /**
   * The certificate a code (as typed: any case, dashes and spaces allowed) belongs to, checked
   * against the person's completion now; empty for a code no certificate has.
   */
  public Optional<Verification> verify(String typedCode) {
    return VerificationCodes.normalise(typedCode)
        .flatMap(
            code ->
                em.createNamedQuery(Certificate.BY_CODE, Certificate.class)
                    .setParameter("code", code)
                    .getResultStream()
                    .findFirst())
        .map(
            certificate ->
                new Verification(
                    certificate.validity(
                        completions.of(
                            certificate.municipality().id(),
                            certificate.person().id(),
                            certificate.courseCode())),
                    certificate.fullName(),
                    certificate.courseTitle(),
                    certificate.completedOn(),
                    certificate.municipality().name()));
  }

  private String unusedCode() {
    for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      String code = VerificationCodes.next();
      long taken =
          em.createNamedQuery(Certificate.CODE_IN_USE, Long.class)
              .setParameter("code", code)
              .getSingleResult();
      if (taken == 0) {
        return code;
      }
    }
    throw new IllegalStateException("No unused verification code in " + CODE_ATTEMPTS + " tries");
  }

  private static String title(Course course) {
    return course.title().getOrDefault("nb-NO", course.title().values().iterator().next());
  }

  /** Erases the person's certificates (GDPR art. 17) in the caller's transaction; how many went. */
  public int erase(Person person) {
    return em.createNativeQuery("DELETE FROM certificate WHERE person_id = ?")
        .setParameter(1, person.id())
        .executeUpdate();
  }
}
