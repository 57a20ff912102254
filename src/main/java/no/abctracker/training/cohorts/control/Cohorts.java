package no.abctracker.training.cohorts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.access.entity.UserAccount;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Conflict;
import no.abctracker.problems.NotFound;
import no.abctracker.training.cohorts.entity.CheckInCode;
import no.abctracker.training.cohorts.entity.Cohort;
import no.abctracker.training.cohorts.entity.CohortSession;
import no.abctracker.training.cohorts.entity.CohortTerms;
import no.abctracker.training.cohorts.entity.SessionAttendance;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.CourseVersion;
import no.abctracker.training.organisation.control.Units;

/**
 * Creates, revises and deletes cohorts, and looks them up for a user with what that user may do.
 * Every change to a cohort, its sessions, members or attendance holds the cohort's row lock, so
 * changes to one cohort are serialised across nodes.
 */
@ApplicationScoped
public class Cohorts {

  @PersistenceContext EntityManager em;
  @Inject CourseCatalogue catalogue;
  @Inject Units units;
  @Inject Clock clock;

  @Transactional
  public Cohort create(Municipality municipality, ApiUser actor, CohortDraft draft) {
    requireInCatalogue(draft.terms());
    Cohort cohort =
        new Cohort(
            municipality,
            UUID.randomUUID(),
            draft.terms(),
            facilitators(municipality, draft.facilitators()),
            actor.username(),
            clock.instant());
    em.persist(cohort);
    return cohort;
  }

  /**
   * New terms and facilitators. The course and version are fixed once the cohort has sessions (they
   * cover the course's modules and their statements name the version), and sessions must stay
   * within the cohort's period.
   */
  @Transactional
  public Cohort revise(
      Municipality municipality, ApiUser actor, String cohortId, CohortDraft draft) {
    CohortInHand held = forChange(actor, municipality, cohortId);
    held.access().requireManage(held.name());
    Cohort cohort = held.cohort();
    CohortTerms terms = draft.terms();
    requireInCatalogue(terms);
    List<CohortSession> sessions = sessionsOf(cohort);
    boolean courseChanged =
        !terms.courseCode().equals(cohort.courseCode())
            || !terms.versionCode().equals(cohort.versionCode());
    if (courseChanged && !sessions.isEmpty()) {
      throw new Conflict(
          "The cohort '"
              + cohort.name()
              + "' has sessions, so its course and version cannot change; cancel the sessions"
              + " first");
    }
    List<Integer> outside =
        sessions.stream()
            .filter(
                s -> {
                  var day = SessionSchedule.day(s.startsAt());
                  return day.isBefore(terms.startDate()) || day.isAfter(terms.endDate());
                })
            .map(CohortSession::number)
            .toList();
    if (!outside.isEmpty()) {
      throw new BadRequest(
          "startDate, endDate: sessions "
              + outside
              + " would be outside the period "
              + terms.startDate()
              + " to "
              + terms.endDate()
              + "; move them first");
    }
    cohort.revise(terms, facilitators(municipality, draft.facilitators()));
    return cohort;
  }

  /** Deletes a cohort with its sessions and members, as long as no attendance is recorded. */
  @Transactional
  public void delete(Municipality municipality, ApiUser actor, String cohortId) {
    CohortInHand held = forChange(actor, municipality, cohortId);
    held.access().requireManage(held.name());
    Cohort cohort = held.cohort();
    long attendance =
        em.createNamedQuery(SessionAttendance.COUNT_OF_COHORT, Long.class)
            .setParameter("cohort", cohort)
            .getSingleResult();
    if (attendance > 0) {
      throw new Conflict(
          "The cohort '"
              + cohort.name()
              + "' has "
              + attendance
              + " recorded attendances; remove them before deleting it");
    }
    for (CohortSession session : sessionsOf(cohort)) {
      em.createNamedQuery(CheckInCode.DELETE_OF_SESSION)
          .setParameter("session", session)
          .executeUpdate();
      em.remove(session);
    }
    em.createQuery("DELETE FROM CohortMember m WHERE m.cohort = :cohort")
        .setParameter("cohort", cohort)
        .executeUpdate();
    em.flush();
    em.remove(cohort);
  }

  /** The cohort, for reading, with the user's access (not yet checked). */
  public CohortInHand forReading(ApiUser user, Municipality municipality, String cohortId) {
    Cohort cohort = find(municipality, cohortId, LockModeType.NONE);
    return new CohortInHand(cohort, accessOf(user, municipality, cohort));
  }

  /**
   * The cohort with its row locked for the rest of the transaction, with the user's access (not yet
   * checked).
   */
  public CohortInHand forChange(ApiUser user, Municipality municipality, String cohortId) {
    Cohort cohort = find(municipality, cohortId, LockModeType.PESSIMISTIC_WRITE);
    return new CohortInHand(cohort, accessOf(user, municipality, cohort));
  }

  /** Locks a cohort's row for the rest of the transaction. */
  public Cohort lock(Cohort cohort) {
    return em.find(Cohort.class, cohort.id(), LockModeType.PESSIMISTIC_WRITE);
  }

  public CohortAccess accessOf(ApiUser user, Municipality municipality, Cohort cohort) {
    Set<Long> leaderUnits =
        user.role() == Role.UNIT_LEADER
            ? units.subtreeIds(municipality, user.unitCodes())
            : Set.of();
    return CohortAccess.of(user, cohort.isFacilitatedBy(user.accountId()), leaderUnits);
  }

  public List<CohortSession> sessionsOf(Cohort cohort) {
    return em.createNamedQuery(CohortSession.OF_COHORT, CohortSession.class)
        .setParameter("cohort", cohort)
        .getResultList();
  }

  /** The course version a cohort runs, if the catalogue still has it. */
  public Optional<CourseVersion> versionOf(Cohort cohort) {
    return catalogue.find(cohort.courseCode()).flatMap(c -> c.version(cohort.versionCode()));
  }

  public Course courseOf(Cohort cohort) {
    return catalogue.course(cohort.courseCode());
  }

  private Cohort find(Municipality municipality, String cohortId, LockModeType lock) {
    if (!PublicIds.canExist(cohortId)) {
      throw new NotFound("No cohort " + cohortId + " in municipality " + municipality.code());
    }
    return em.createNamedQuery(Cohort.BY_PUBLIC_ID, Cohort.class)
        .setParameter("municipality", municipality)
        .setParameter("publicId", cohortId)
        .setLockMode(lock)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new NotFound("No cohort " + cohortId + " in municipality " + municipality.code()));
  }

  private void requireInCatalogue(CohortTerms terms) {
    Course course =
        catalogue
            .find(terms.courseCode())
            .orElseThrow(
                () ->
                    new BadRequest(
                        "courseCode: no course '"
                            + terms.courseCode()
                            + "' in the catalogue; the courses are "
                            + catalogue.courses().stream().map(Course::code).toList()));
    if (course.version(terms.versionCode()).isEmpty()) {
      throw new BadRequest(
          "versionCode: course "
              + course.code()
              + " has no version '"
              + terms.versionCode()
              + "'; its versions are "
              + course.versions().stream().map(CourseVersion::code).toList());
    }
  }

  private Set<UserAccount> facilitators(Municipality municipality, Set<String> usernames) {
    if (usernames.isEmpty()) {
      return Set.of();
    }
    List<UserAccount> found =
        em.createQuery(
                "SELECT u FROM UserAccount u WHERE u.municipality = :municipality"
                    + " AND u.username IN :usernames",
                UserAccount.class)
            .setParameter("municipality", municipality)
            .setParameter("usernames", usernames)
            .getResultList();
    Set<String> known = found.stream().map(UserAccount::username).collect(Collectors.toSet());
    Set<String> unknown = new TreeSet<>(usernames);
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new BadRequest(
          "facilitators: no users named "
              + unknown
              + " in municipality "
              + municipality.code()
              + " (a facilitator needs a user account of the municipality)");
    }
    return new HashSet<>(found);
  }
}
