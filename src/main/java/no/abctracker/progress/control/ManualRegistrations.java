package no.abctracker.progress.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.abctracker.access.control.ApiUser;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Conflict;
import no.abctracker.problems.NotFound;
import no.abctracker.progress.entity.ManualRegistration;
import no.abctracker.training.cohorts.control.ActingUsers;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.CourseModule;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.xapi.statements.control.RecordedStatements;

/**
 * Manual registrations: a coordinator registers that a person completed a course or a module (on
 * paper, before the system existed) with a reason. The registration is a statement in the
 * municipality's LRS with the coordinator as authority, written in the same transaction as its
 * audit row; the projector counts it like any other statement (a module completion, or a course
 * completion with basis REGISTERED), so there is no second path to a completion. Withdrawing voids
 * the statement and keeps the row, with who withdrew it and why.
 */
@ApplicationScoped
public class ManualRegistrations {

  @PersistenceContext EntityManager em;
  @Inject CourseCatalogue catalogue;
  @Inject Staff staff;
  @Inject ActingUsers actingUsers;
  @Inject RecordedStatements recordedStatements;
  @Inject Clock clock;

  /**
   * Registers the completion and writes its statement.
   *
   * @throws NotFound for an unknown employee
   * @throws BadRequest for a course or module the catalogue does not have, or a day in the future
   */
  @Transactional
  public ManualRegistration register(
      Municipality municipality, ApiUser user, String employeeId, RegistrationDraft draft) {
    Person person = person(municipality, employeeId);
    Course course =
        catalogue
            .find(draft.courseCode())
            .orElseThrow(
                () ->
                    new BadRequest(
                        "course: no course '"
                            + draft.courseCode()
                            + "' in the catalogue; the courses are "
                            + catalogue.courses().stream().map(Course::code).toList()));
    Optional<CourseModule> module = draft.moduleCode().map(code -> module(course, code));
    LocalDate today = LocalDate.now(clock.withZone(Organisation.ZONE));
    if (draft.completedOn().isAfter(today)) {
      throw new BadRequest(
          "completedOn: "
              + draft.completedOn()
              + " is in the future; register a completion on or after the day it happened");
    }
    String id = UUID.randomUUID().toString();
    JsonObject statement =
        RegistrationStatement.of(
            id, municipality.accountHomePage(), person, course, module, draft.completedOn());
    recordedStatements.record(municipality, statement, actingUsers.agentOf(user, municipality));
    ManualRegistration registration =
        new ManualRegistration(
            id,
            municipality,
            person,
            course.code(),
            module.map(CourseModule::code),
            draft.completedOn(),
            draft.reason(),
            user.username(),
            clock.instant());
    em.persist(registration);
    return registration;
  }

  /**
   * Withdraws a registration by voiding its statement; what it gave is withdrawn by the projector.
   *
   * @throws NotFound when the person has no such registration
   * @throws Conflict when it was withdrawn already
   */
  @Transactional
  public ManualRegistration withdraw(
      Municipality municipality,
      ApiUser user,
      String employeeId,
      String registrationId,
      String reason) {
    Person person = person(municipality, employeeId);
    ManualRegistration registration =
        Optional.ofNullable(
                em.find(ManualRegistration.class, registrationId, LockModeType.PESSIMISTIC_WRITE))
            .filter(r -> r.person().equals(person))
            .orElseThrow(
                () ->
                    new NotFound(
                        "Employee "
                            + employeeId
                            + " has no manual registration "
                            + registrationId));
    registration
        .withdrawal()
        .ifPresent(
            w -> {
              throw new Conflict(
                  "The registration "
                      + registrationId
                      + " was withdrawn already, by "
                      + w.by()
                      + " at "
                      + w.at()
                      + ": "
                      + w.reason());
            });
    String voiding =
        recordedStatements.voidStatement(
            municipality, registrationId, actingUsers.agentOf(user, municipality));
    registration.withdraw(user.username(), clock.instant(), reason, voiding);
    return registration;
  }

  /** The person's registrations, withdrawn ones included, newest first: the audit trail. */
  public List<ManualRegistration> of(Municipality municipality, Person person) {
    return em.createNamedQuery(ManualRegistration.OF_PERSON, ManualRegistration.class)
        .setParameter("municipality", municipality)
        .setParameter("person", person)
        .getResultList();
  }

  private Person person(Municipality municipality, String employeeId) {
    return staff
        .find(municipality, employeeId)
        .orElseThrow(
            () ->
                new NotFound(
                    "No employee " + employeeId + " in municipality " + municipality.code()));
  }

  private static CourseModule module(Course course, String code) {
    return course
        .module(code)
        .orElseThrow(
            () ->
                new BadRequest(
                    "module: course "
                        + course.code()
                        + " has no module '"
                        + code
                        + "'; its modules are "
                        + course.modules().stream().map(CourseModule::code).toList()));
  }
}
