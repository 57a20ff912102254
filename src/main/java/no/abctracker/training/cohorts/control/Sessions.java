package no.abctracker.training.cohorts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.abctracker.access.control.ApiUser;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Conflict;
import no.abctracker.problems.NotFound;
import no.abctracker.training.cohorts.entity.CheckInCode;
import no.abctracker.training.cohorts.entity.Cohort;
import no.abctracker.training.cohorts.entity.CohortSession;
import no.abctracker.training.cohorts.entity.SessionAttendance;
import no.abctracker.training.cohorts.entity.SessionPlan;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.CourseModule;

/**
 * Schedules a cohort's sessions: numbers unique in the cohort, times in the cohort's period,
 * modules of its course. A session with recorded attendance keeps its number and start (the
 * attendance statements name them) and cannot be cancelled. Scheduling or cancelling a session
 * fires {@link CohortScheduleChanged} in the same transaction.
 */
@ApplicationScoped
public class Sessions {

  @PersistenceContext EntityManager em;
  @Inject Cohorts cohorts;
  @Inject Event<CohortScheduleChanged> scheduleChanged;

  @Transactional
  public CohortSession create(
      Municipality municipality, ApiUser actor, String cohortId, SessionDraft draft) {
    CohortInHand held = cohorts.forChange(actor, municipality, cohortId);
    held.access().requireManage(held.name());
    Cohort cohort = held.cohort();
    CohortSession session = new CohortSession(cohort, UUID.randomUUID(), plan(cohort, draft, null));
    em.persist(session);
    scheduleChanged.fire(new CohortScheduleChanged(municipality.id(), cohort.id()));
    return session;
  }

  @Transactional
  public CohortSession revise(
      Municipality municipality,
      ApiUser actor,
      String cohortId,
      String sessionId,
      SessionDraft draft) {
    CohortInHand held = cohorts.forChange(actor, municipality, cohortId);
    held.access().requireManage(held.name());
    CohortSession session = get(held.cohort(), sessionId);
    SessionPlan plan = plan(held.cohort(), draft, session);
    boolean restated =
        plan.number() != session.number() || !plan.startsAt().equals(session.startsAt());
    long attendance = attendanceCount(session);
    if (restated && attendance > 0) {
      throw new Conflict(
          "Session "
              + session.number()
              + " has "
              + attendance
              + " recorded attendances, whose statements name its number and start; remove them"
              + " before changing those");
    }
    session.replan(plan);
    return session;
  }

  /** Cancels (deletes) a session nobody's attendance is recorded for. */
  @Transactional
  public void cancel(Municipality municipality, ApiUser actor, String cohortId, String sessionId) {
    CohortInHand held = cohorts.forChange(actor, municipality, cohortId);
    held.access().requireManage(held.name());
    CohortSession session = get(held.cohort(), sessionId);
    long attendance = attendanceCount(session);
    if (attendance > 0) {
      throw new Conflict(
          "Session "
              + session.number()
              + " has "
              + attendance
              + " recorded attendances; remove them before cancelling it");
    }
    em.createNamedQuery(CheckInCode.DELETE_OF_SESSION)
        .setParameter("session", session)
        .executeUpdate();
    em.remove(session);
    scheduleChanged.fire(new CohortScheduleChanged(municipality.id(), held.cohort().id()));
  }

  public CohortSession get(Cohort cohort, String sessionId) {
    if (!PublicIds.canExist(sessionId)) {
      throw new NotFound("No session " + sessionId + " in the cohort '" + cohort.name() + "'");
    }
    return em.createNamedQuery(CohortSession.BY_PUBLIC_ID, CohortSession.class)
        .setParameter("cohort", cohort)
        .setParameter("publicId", sessionId)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new NotFound("No session " + sessionId + " in the cohort '" + cohort.name() + "'"));
  }

  public long attendanceCount(CohortSession session) {
    return em.createNamedQuery(SessionAttendance.COUNT_OF_SESSION, Long.class)
        .setParameter("session", session)
        .getSingleResult();
  }

  /** The checked plan of a new session, or of {@code revised} (null for a new one). */
  private SessionPlan plan(Cohort cohort, SessionDraft draft, CohortSession revised) {
    SessionSchedule.Times times =
        SessionSchedule.times(
            draft.startsAt(), draft.endsAt(), cohort.startDate(), cohort.endDate());
    requireModulesOfCourse(cohorts.courseOf(cohort), draft.moduleCodes());
    List<CohortSession> others =
        cohorts.sessionsOf(cohort).stream().filter(s -> !s.equals(revised)).toList();
    int number =
        draft
            .number()
            .orElseGet(
                () ->
                    revised != null
                        ? revised.number()
                        : others.stream().mapToInt(CohortSession::number).max().orElse(0) + 1);
    others.stream()
        .filter(s -> s.number() == number)
        .findFirst()
        .ifPresent(
            clash -> {
              throw new Conflict(
                  "The cohort '"
                      + cohort.name()
                      + "' has a session "
                      + number
                      + " already ('"
                      + clash.title()
                      + "'); choose another number");
            });
    return new SessionPlan(
        number,
        draft.kind(),
        draft.title(),
        times.startsAt(),
        times.endsAt(),
        draft.location(),
        draft.moduleCodes());
  }

  private static void requireModulesOfCourse(Course course, Set<String> moduleCodes) {
    Set<String> unknown = new TreeSet<>(moduleCodes);
    course.modules().forEach(m -> unknown.remove(m.code()));
    if (!unknown.isEmpty()) {
      throw new BadRequest(
          "moduleCodes: course "
              + course.code()
              + " has no modules "
              + unknown
              + "; its modules are "
              + course.modules().stream().map(CourseModule::code).toList());
    }
  }
}
