package no.abctracker.training.cohorts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.abctracker.access.control.ApiUser;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Forbidden;
import no.abctracker.problems.MessageKey;
import no.abctracker.problems.NotFound;
import no.abctracker.training.cohorts.entity.AttendanceMethod;
import no.abctracker.training.cohorts.entity.CheckInCode;
import no.abctracker.training.cohorts.entity.Cohort;
import no.abctracker.training.cohorts.entity.CohortSession;
import no.abctracker.training.cohorts.entity.SessionAttendance;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.xapi.statements.control.RecordedStatements;

/**
 * Records who attended a session, each attendance together with its xAPI "attended" statement in
 * one transaction; removing an attendance voids its statement. Only enrolled persons attend, and
 * recording an attendance that exists changes nothing.
 */
@ApplicationScoped
public class Attendances {

  @PersistenceContext EntityManager em;
  @Inject Cohorts cohorts;
  @Inject Sessions sessions;
  @Inject Enrolments enrolments;
  @Inject Staff staff;
  @Inject ActingUsers actingUsers;
  @Inject RecordedStatements recordedStatements;
  @Inject Clock clock;

  /** What recording attendance did. */
  public record Outcome(int added, int alreadyRecorded) {}

  /** What a check-in did: the attendance, and whether it was new. */
  public record CheckedIn(SessionAttendance attendance, boolean newlyRecorded) {}

  /** Every attendance of {@code person} with its session and cohort, by the session's start. */
  public List<SessionAttendance> of(Person person) {
    return em.createNamedQuery(SessionAttendance.ALL_OF_PERSON, SessionAttendance.class)
        .setParameter("person", person)
        .getResultList();
  }

  /**
   * A facilitator (or coordinator) records that these persons attended; any unknown or not enrolled
   * person records nobody. The facilitator is the statements' instructor.
   */
  @Transactional
  public Outcome record(
      Municipality municipality,
      ApiUser actor,
      String cohortId,
      String sessionId,
      List<String> employeeIds) {
    CohortInHand held = cohorts.forChange(actor, municipality, cohortId);
    held.access().requireFacilitate(held.name());
    Cohort cohort = held.cohort();
    CohortSession session = sessions.get(cohort, sessionId);
    Map<String, Person> persons = enrolments.persons(municipality, employeeIds);
    Set<Long> members = enrolments.memberIds(cohort);
    List<String> notEnrolled =
        persons.values().stream()
            .filter(p -> !members.contains(p.id()))
            .map(Person::employeeId)
            .sorted()
            .toList();
    if (!notEnrolled.isEmpty()) {
      throw new BadRequest(
          "employeeIds: "
              + notEnrolled
              + " are not enrolled in '"
              + cohort.name()
              + "'; enrol them first. Nothing was recorded");
    }
    Set<Long> attended = attendeeIds(session);
    JsonObject agent = actingUsers.agentOf(actor, municipality);
    Optional<JsonObject> instructor =
        cohort.isFacilitatedBy(actor.accountId()) ? Optional.of(agent) : Optional.empty();
    int added = 0;
    for (Person person : persons.values()) {
      if (!attended.contains(person.id())) {
        write(
            municipality, session, person, AttendanceMethod.FACILITATOR, actor, agent, instructor);
        added++;
      }
    }
    return new Outcome(added, persons.size() - added);
  }

  /** Removes an attendance and voids its statement. */
  @Transactional
  public void remove(
      Municipality municipality,
      ApiUser actor,
      String cohortId,
      String sessionId,
      String employeeId) {
    CohortInHand held = cohorts.forChange(actor, municipality, cohortId);
    held.access().requireFacilitate(held.name());
    CohortSession session = sessions.get(held.cohort(), sessionId);
    SessionAttendance attendance =
        staff
            .find(municipality, employeeId)
            .flatMap(person -> find(session, person))
            .orElseThrow(
                () ->
                    new NotFound(
                        "No attendance of employee "
                            + employeeId
                            + " is recorded for session "
                            + session.number()));
    recordedStatements.voidStatement(
        municipality, attendance.statementId(), actingUsers.agentOf(actor, municipality));
    em.remove(attendance);
  }

  /**
   * A staff member checks in with a code {@link CheckInAttempts} found: records their attendance
   * unless the code has expired or been closed, or they are not enrolled.
   *
   * @throws CheckInClosed (410) for an expired or closed code
   * @throws Forbidden when the user is not enrolled in the session's cohort
   */
  @Transactional
  public CheckedIn checkIn(Municipality municipality, ApiUser user, long codeId) {
    CheckInCode code = em.find(CheckInCode.class, codeId);
    if (code == null) {
      throw new CheckInClosed("This check-in code has expired; ask the facilitator for a new one");
    }
    CohortSession session = code.session();
    Cohort cohort = cohorts.lock(session.cohort());
    Instant now = clock.instant();
    switch (code.stateAt(now)) {
      case EXPIRED ->
          throw new CheckInClosed(
              "The code "
                  + code.code()
                  + " for session "
                  + session.number()
                  + " of '"
                  + cohort.name()
                  + "' expired at "
                  + SessionSchedule.local(code.expiresAt()).toLocalTime()
                  + "; ask the facilitator to show a new code");
      case CLOSED ->
          throw new CheckInClosed(
              "Check-in with the code "
                  + code.code()
                  + " for session "
                  + session.number()
                  + " of '"
                  + cohort.name()
                  + "' was closed; ask the facilitator to show a new code");
      case OPEN -> {
        // on to the enrolment
      }
    }
    Person person =
        user.ownEmployeeId()
            .flatMap(id -> staff.find(municipality, id))
            .orElseThrow(() -> new Forbidden(MessageKey.ACCOUNT_NOT_LINKED));
    if (!enrolments.memberIds(cohort).contains(person.id())) {
      throw new Forbidden(MessageKey.CHECK_IN_NOT_ENROLLED, cohort.name(), session.number());
    }
    Optional<SessionAttendance> existing = find(session, person);
    if (existing.isPresent()) {
      return new CheckedIn(existing.get(), false);
    }
    JsonObject agent = actingUsers.agentOf(user, municipality);
    return new CheckedIn(
        write(
            municipality,
            session,
            person,
            AttendanceMethod.CHECK_IN,
            user,
            agent,
            Optional.empty()),
        true);
  }

  Optional<SessionAttendance> find(CohortSession session, Person person) {
    return em.createNamedQuery(SessionAttendance.FIND, SessionAttendance.class)
        .setParameter("session", session)
        .setParameter("person", person)
        .getResultStream()
        .findFirst();
  }

  private Set<Long> attendeeIds(CohortSession session) {
    Set<Long> ids = new HashSet<>();
    em.createNamedQuery(SessionAttendance.OF_SESSION, SessionAttendance.class)
        .setParameter("session", session)
        .getResultStream()
        .forEach(a -> ids.add(a.person().id()));
    return ids;
  }

  private SessionAttendance write(
      Municipality municipality,
      CohortSession session,
      Person person,
      AttendanceMethod method,
      ApiUser actor,
      JsonObject authority,
      Optional<JsonObject> instructor) {
    JsonObject statement =
        AttendanceStatement.of(
            municipality.accountHomePage(),
            person,
            session,
            cohorts.courseOf(session.cohort()).activityId(),
            instructor);
    String statementId = recordedStatements.record(municipality, statement, authority);
    SessionAttendance attendance =
        new SessionAttendance(
            session, person, statementId, method, actor.username(), clock.instant());
    em.persist(attendance);
    return attendance;
  }

  /** Erases the person's attendances (GDPR art. 17) in the caller's transaction; how many went. */
  public int erase(Person person) {
    return em.createNativeQuery("DELETE FROM session_attendance WHERE person_id = ?")
        .setParameter(1, person.id())
        .executeUpdate();
  }
}
