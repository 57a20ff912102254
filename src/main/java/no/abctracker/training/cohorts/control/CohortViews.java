package no.abctracker.training.cohorts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.Forbidden;
import no.abctracker.problems.MessageKey;
import no.abctracker.text.NorwegianOrder;
import no.abctracker.training.cohorts.entity.Cohort;
import no.abctracker.training.cohorts.entity.CohortMember;
import no.abctracker.training.cohorts.entity.CohortSession;
import no.abctracker.training.cohorts.entity.SessionAttendance;
import no.abctracker.training.courses.entity.CompletionRule;
import no.abctracker.training.courses.entity.CourseVersion;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.entity.Person;

/**
 * What a user may see of cohorts: the list (coordinators all, facilitators theirs, unit leaders
 * those with members from their units), one cohort with its sessions and each visible member's
 * attendance, a session's attendance list, and a staff member's own cohorts and coming sessions.
 */
@ApplicationScoped
public class CohortViews {

  @PersistenceContext EntityManager em;
  @Inject Cohorts cohorts;
  @Inject Sessions sessions;
  @Inject Units units;
  @Inject Staff staff;
  @Inject Clock clock;

  /** A line of the cohort list; {@code members} counts the members the user sees. */
  public record CohortSummary(
      Cohort cohort,
      CohortAccess access,
      int members,
      int sessions,
      Optional<CohortSession> nextSession) {}

  /** A session with how many of the visible members attended it. */
  public record SessionCount(CohortSession session, int attended) {}

  /** A member with the numbers of the sessions they attended. */
  public record MemberProgress(CohortMember member, SortedSet<Integer> attendedSessions) {}

  /** One cohort as the user may see it. */
  public record CohortDetail(
      Cohort cohort,
      CohortAccess access,
      Optional<CourseVersion> version,
      List<SessionCount> sessions,
      List<MemberProgress> members) {

    /**
     * For a version completed by attendance, its rule applied to this cohort's sessions: a member
     * must attend {@code minimumAttendancePercent} of them, rounded up.
     */
    public Optional<CompletionRule.Attendance> attendanceRule() {
      if (sessions.isEmpty()
          || version.isEmpty()
          || !(version.get().completion() instanceof CompletionRule.Attendance rule)) {
        return Optional.empty();
      }
      return Optional.of(
          new CompletionRule.Attendance(sessions.size(), rule.minimumAttendancePercent()));
    }
  }

  /** A session's attendance: who attended and which visible members have none recorded. */
  public record SessionRoll(
      Cohort cohort,
      CohortSession session,
      List<SessionAttendance> attended,
      List<Person> notRecorded) {}

  /** A cohort a person is in, with how many of its sessions they attended. */
  public record CohortOfPerson(Cohort cohort, int attended, int scheduled) {}

  /** A session that has not ended, and whether the person's attendance is recorded. */
  public record ComingSession(CohortSession session, boolean attended) {}

  /** A person's cohorts and the sessions ahead of them, soonest first. */
  public record StaffSchedule(
      Person person, List<CohortOfPerson> cohorts, List<ComingSession> comingSessions) {}

  public List<CohortSummary> visibleTo(ApiUser user, Municipality municipality) {
    boolean everything = user.role() == Role.SYSTEM_ADMIN || user.role() == Role.COORDINATOR;
    Set<Long> leaderUnits =
        user.role() == Role.UNIT_LEADER
            ? units.subtreeIds(municipality, user.unitCodes())
            : Set.of();
    Map<Long, Cohort> visible = new LinkedHashMap<>();
    if (everything) {
      em.createNamedQuery(Cohort.OF_MUNICIPALITY, Cohort.class)
          .setParameter("municipality", municipality)
          .getResultStream()
          .forEach(c -> visible.put(c.id(), c));
    } else {
      em.createNamedQuery(Cohort.FACILITATED_BY, Cohort.class)
          .setParameter("municipality", municipality)
          .setParameter("userId", user.accountId())
          .getResultStream()
          .forEach(c -> visible.put(c.id(), c));
      if (!leaderUnits.isEmpty()) {
        em.createNamedQuery(Cohort.WITH_MEMBERS_IN_UNITS, Cohort.class)
            .setParameter("municipality", municipality)
            .setParameter("unitIds", leaderUnits)
            .getResultStream()
            .forEach(c -> visible.putIfAbsent(c.id(), c));
      }
    }
    if (visible.isEmpty()) {
      return List.of();
    }
    Collection<Cohort> list = visible.values();
    Map<Long, Long> allMembers = memberCounts(list, Set.of(), false);
    Map<Long, Long> unitMembers =
        leaderUnits.isEmpty() ? Map.of() : memberCounts(list, leaderUnits, true);
    Map<Long, List<CohortSession>> sessionsOf = new HashMap<>();
    em.createNamedQuery(CohortSession.OF_COHORTS, CohortSession.class)
        .setParameter("cohorts", list)
        .getResultStream()
        .forEach(s -> sessionsOf.computeIfAbsent(s.cohort().id(), k -> new ArrayList<>()).add(s));
    Instant now = clock.instant();
    List<CohortSummary> summaries = new ArrayList<>();
    for (Cohort cohort : list) {
      CohortAccess access =
          CohortAccess.of(user, cohort.isFacilitatedBy(user.accountId()), leaderUnits);
      List<CohortSession> itsSessions = sessionsOf.getOrDefault(cohort.id(), List.of());
      long members =
          (access.seesAllMembers() ? allMembers : unitMembers).getOrDefault(cohort.id(), 0L);
      summaries.add(
          new CohortSummary(
              cohort,
              access,
              (int) members,
              itsSessions.size(),
              itsSessions.stream().filter(s -> !s.hasEndedBy(now)).findFirst()));
    }
    return summaries;
  }

  public CohortDetail detail(ApiUser user, Municipality municipality, String cohortId) {
    CohortInHand held = cohorts.forReading(user, municipality, cohortId);
    held.access().requireRead(held.name());
    Cohort cohort = held.cohort();
    List<CohortMember> members = visibleMembers(held);
    Set<Long> visibleIds = new HashSet<>();
    members.forEach(m -> visibleIds.add(m.person().id()));
    Map<Long, SortedSet<Integer>> attendedBy = new HashMap<>();
    Map<Integer, Integer> attendedPerSession = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(SessionAttendance.OF_COHORT, Object[].class)
            .setParameter("cohort", cohort)
            .getResultList()) {
      long personId = ((Number) row[0]).longValue();
      int number = ((Number) row[1]).intValue();
      if (visibleIds.contains(personId)) {
        attendedBy.computeIfAbsent(personId, k -> new TreeSet<>()).add(number);
        attendedPerSession.merge(number, 1, Integer::sum);
      }
    }
    List<SessionCount> sessionCounts =
        cohorts.sessionsOf(cohort).stream()
            .map(s -> new SessionCount(s, attendedPerSession.getOrDefault(s.number(), 0)))
            .toList();
    List<MemberProgress> progress =
        members.stream()
            .sorted(NorwegianOrder.by((CohortMember m) -> m.person().fullName()))
            .map(
                m ->
                    new MemberProgress(
                        m, attendedBy.getOrDefault(m.person().id(), new TreeSet<>())))
            .toList();
    return new CohortDetail(
        cohort, held.access(), cohorts.versionOf(cohort), sessionCounts, progress);
  }

  public SessionRoll roll(
      ApiUser user, Municipality municipality, String cohortId, String sessionId) {
    CohortInHand held = cohorts.forReading(user, municipality, cohortId);
    held.access().requireRead(held.name());
    CohortSession session = sessions.get(held.cohort(), sessionId);
    List<CohortMember> members = visibleMembers(held);
    Set<Long> visibleIds = new HashSet<>();
    members.forEach(m -> visibleIds.add(m.person().id()));
    List<SessionAttendance> attended =
        em.createNamedQuery(SessionAttendance.OF_SESSION, SessionAttendance.class)
            .setParameter("session", session)
            .getResultStream()
            .filter(a -> visibleIds.contains(a.person().id()))
            .sorted(NorwegianOrder.by((SessionAttendance a) -> a.person().fullName()))
            .toList();
    Set<Long> attendedIds = new HashSet<>();
    attended.forEach(a -> attendedIds.add(a.person().id()));
    List<Person> notRecorded =
        members.stream()
            .map(CohortMember::person)
            .filter(p -> !attendedIds.contains(p.id()))
            .sorted(NorwegianOrder.by(Person::fullName))
            .toList();
    return new SessionRoll(held.cohort(), session, attended, notRecorded);
  }

  /**
   * A person's cohorts and coming sessions: staff see only their own, unit leaders persons who have
   * worked in their units (as for the person's record).
   */
  public StaffSchedule scheduleOf(ApiUser user, Municipality municipality, String employeeId) {
    Person person =
        staff.get(municipality, employeeId, units.visibilityOf(user, municipality)).person();
    List<Cohort> theirs =
        em.createNamedQuery(CohortMember.OF_PERSON, CohortMember.class)
            .setParameter("person", person)
            .getResultStream()
            .map(CohortMember::cohort)
            .toList();
    if (theirs.isEmpty()) {
      return new StaffSchedule(person, List.of(), List.of());
    }
    Set<Long> attendedSessions =
        new HashSet<>(
            em.createNamedQuery(SessionAttendance.OF_PERSON, Long.class)
                .setParameter("person", person)
                .getResultList());
    List<CohortSession> all =
        em.createNamedQuery(CohortSession.OF_COHORTS, CohortSession.class)
            .setParameter("cohorts", theirs)
            .getResultList();
    Instant now = clock.instant();
    List<CohortOfPerson> cohortsOfPerson = new ArrayList<>();
    for (Cohort cohort : theirs) {
      List<CohortSession> its = all.stream().filter(s -> s.cohort().equals(cohort)).toList();
      int attended = (int) its.stream().filter(s -> attendedSessions.contains(s.id())).count();
      cohortsOfPerson.add(new CohortOfPerson(cohort, attended, its.size()));
    }
    List<ComingSession> coming =
        all.stream()
            .filter(s -> !s.hasEndedBy(now))
            .map(s -> new ComingSession(s, attendedSessions.contains(s.id())))
            .toList();
    return new StaffSchedule(person, cohortsOfPerson, coming);
  }

  /** Every member, or for a unit leader those who have worked in their units (403 if none). */
  private List<CohortMember> visibleMembers(CohortInHand held) {
    if (held.access().seesAllMembers()) {
      return em.createNamedQuery(CohortMember.OF_COHORT, CohortMember.class)
          .setParameter("cohort", held.cohort())
          .getResultList();
    }
    List<CohortMember> members =
        held.access().unitIds().isEmpty()
            ? List.of()
            : em.createNamedQuery(CohortMember.OF_COHORT_IN_UNITS, CohortMember.class)
                .setParameter("cohort", held.cohort())
                .setParameter("unitIds", held.access().unitIds())
                .getResultList();
    if (members.isEmpty()) {
      throw new Forbidden(MessageKey.COHORT_NO_MEMBER_IN_UNITS, held.name());
    }
    return members;
  }

  private Map<Long, Long> memberCounts(
      Collection<Cohort> cohortList, Set<Long> unitIds, boolean inUnits) {
    String query =
        "SELECT m.cohort.id, COUNT(m) FROM CohortMember m WHERE m.cohort IN :cohorts"
            + (inUnits
                ? " AND EXISTS (SELECT e FROM Employment e WHERE e.person = m.person"
                    + " AND e.unit.id IN :unitIds)"
                : "")
            + " GROUP BY m.cohort.id";
    var counts = em.createQuery(query, Object[].class).setParameter("cohorts", cohortList);
    if (inUnits) {
      counts.setParameter("unitIds", unitIds);
    }
    Map<Long, Long> byCohort = new HashMap<>();
    for (Object[] row : counts.getResultList()) {
      byCohort.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return byCohort;
  }
}
