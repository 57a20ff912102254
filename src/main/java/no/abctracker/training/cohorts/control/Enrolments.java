package no.abctracker.training.cohorts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.abctracker.access.control.ApiUser;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Conflict;
import no.abctracker.problems.MessageKey;
import no.abctracker.problems.NotFound;
import no.abctracker.training.cohorts.entity.Cohort;
import no.abctracker.training.cohorts.entity.CohortMember;
import no.abctracker.training.cohorts.entity.SessionAttendance;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.entity.Employment;
import no.abctracker.training.organisation.entity.Person;

/**
 * Who is enrolled in a cohort: persons added by hand or by an {@link EnrolmentRule}, each once;
 * enrolling again changes nothing. A member with recorded attendance stays until it is removed.
 */
@ApplicationScoped
public class Enrolments {

  @PersistenceContext EntityManager em;
  @Inject Cohorts cohorts;
  @Inject Units units;
  @Inject Staff staff;
  @Inject Clock clock;
  @Inject CompletedCourses completedCourses;

  /** Enrols the persons with these employee ids; any unknown id enrols nobody. */
  @Transactional
  public EnrolmentOutcome byHand(
      Municipality municipality, ApiUser actor, String cohortId, List<String> employeeIds) {
    CohortInHand held = cohorts.forChange(actor, municipality, cohortId);
    held.access().requireManage(held.name());
    Collection<Person> persons = persons(municipality, employeeIds).values();
    return enrol(held.cohort(), actor, persons);
  }

  /**
   * Enrols everyone with an employment active today (Europe/Oslo) that matches the rule, except
   * those who have completed the cohort's course already: the outcome names them.
   *
   * @throws BadRequest for a unit or position code the municipality does not have
   */
  @Transactional
  public EnrolmentOutcome byRule(
      Municipality municipality, ApiUser actor, String cohortId, EnrolmentRule rule) {
    CohortInHand held = cohorts.forChange(actor, municipality, cohortId);
    held.access().requireManage(held.name());
    Set<Long> subtree =
        rule.unitCode()
            .map(
                code -> {
                  if (units.find(municipality, code).isEmpty()) {
                    throw new BadRequest(
                        "unitCode: no unit " + code + " in municipality " + municipality.code());
                  }
                  return units.subtreeIds(municipality, Set.of(code));
                })
            .orElse(Set.of());
    rule.positionCode().ifPresent(code -> requireKnownPosition(municipality, code));
    Set<Person> matched = new LinkedHashSet<>();
    activeEmployments(municipality, rule, subtree)
        .filter(e -> rule.matches(subtree, e.unit().id(), e.shiftPattern(), e.positionCode()))
        .forEach(e -> matched.add(e.person()));
    Set<Long> completed =
        matched.isEmpty()
            ? Set.of()
            : completedCourses.completed(municipality, matched, held.cohort().courseCode());
    List<EnrolmentOutcome.LeftOut> leftOut =
        matched.stream()
            .filter(p -> completed.contains(p.id()))
            .map(
                p ->
                    new EnrolmentOutcome.LeftOut(
                        p.employeeId(), p.fullName(), EnrolmentOutcome.Reason.COMPLETED))
            .toList();
    matched.removeIf(p -> completed.contains(p.id()));
    EnrolmentOutcome enrolled = enrol(held.cohort(), actor, matched);
    return new EnrolmentOutcome(
        enrolled.matched() + leftOut.size(), enrolled.added(), enrolled.alreadyEnrolled(), leftOut);
  }

  /**
   * The employments active today (Europe/Oslo) that the database can already tell may match, so a
   * large municipality's whole staff is not loaded for a rule about one unit.
   */
  private Stream<Employment> activeEmployments(
      Municipality municipality, EnrolmentRule rule, Set<Long> subtree) {
    StringBuilder query =
        new StringBuilder(
            "SELECT e FROM Employment e JOIN FETCH e.person JOIN FETCH e.unit"
                + " WHERE e.municipality = :municipality AND e.startDate <= :date"
                + " AND (e.endDate IS NULL OR e.endDate >= :date)");
    rule.unitCode().ifPresent(u -> query.append(" AND e.unit.id IN :unitIds"));
    rule.shiftPattern().ifPresent(s -> query.append(" AND e.shiftPattern = :shiftPattern"));
    rule.positionCode().ifPresent(p -> query.append(" AND e.positionCode = :positionCode"));
    TypedQuery<Employment> employments =
        em.createQuery(query.toString(), Employment.class)
            .setParameter("municipality", municipality)
            .setParameter("date", LocalDate.now(clock.withZone(Organisation.ZONE)));
    rule.unitCode().ifPresent(u -> employments.setParameter("unitIds", subtree));
    rule.shiftPattern().ifPresent(s -> employments.setParameter("shiftPattern", s));
    rule.positionCode().ifPresent(p -> employments.setParameter("positionCode", p));
    return employments.getResultStream();
  }

  @Transactional
  public void remove(Municipality municipality, ApiUser actor, String cohortId, String employeeId) {
    CohortInHand held = cohorts.forChange(actor, municipality, cohortId);
    held.access().requireManage(held.name());
    Cohort cohort = held.cohort();
    Person person =
        staff
            .find(municipality, employeeId)
            .orElseThrow(
                () ->
                    new NotFound(
                        "No employee " + employeeId + " in municipality " + municipality.code()));
    CohortMember member =
        em.createQuery(
                "SELECT m FROM CohortMember m WHERE m.cohort = :cohort AND m.person = :person",
                CohortMember.class)
            .setParameter("cohort", cohort)
            .setParameter("person", person)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFound(
                        "Employee " + employeeId + " is not enrolled in '" + cohort.name() + "'"));
    long attended =
        em.createNamedQuery(SessionAttendance.COUNT_OF_MEMBER, Long.class)
            .setParameter("cohort", cohort)
            .setParameter("person", person)
            .getSingleResult();
    if (attended > 0) {
      throw new Conflict(
          "Employee "
              + employeeId
              + " attended "
              + attended
              + " sessions of '"
              + cohort.name()
              + "'; remove that attendance before removing them from the cohort");
    }
    em.remove(member);
  }

  /** The persons of these employee ids, in the order given, once each. */
  Map<String, Person> persons(Municipality municipality, List<String> employeeIds) {
    Set<String> wanted = new LinkedHashSet<>(employeeIds);
    Map<String, Person> found = new LinkedHashMap<>();
    if (!wanted.isEmpty()) {
      em.createQuery(
              "SELECT p FROM Person p WHERE p.municipality = :municipality"
                  + " AND p.employeeId IN :ids",
              Person.class)
          .setParameter("municipality", municipality)
          .setParameter("ids", wanted)
          .getResultStream()
          .forEach(p -> found.put(p.employeeId(), p));
    }
    Set<String> unknown = new TreeSet<>(wanted);
    unknown.removeAll(found.keySet());
    if (!unknown.isEmpty()) {
      throw new BadRequest(MessageKey.EMPLOYEES_UNKNOWN, unknown);
    }
    Map<String, Person> ordered = new LinkedHashMap<>();
    wanted.forEach(id -> ordered.put(id, found.get(id)));
    return ordered;
  }

  Set<Long> memberIds(Cohort cohort) {
    return new HashSet<>(
        em.createNamedQuery(CohortMember.PERSON_IDS, Long.class)
            .setParameter("cohort", cohort)
            .getResultList());
  }

  private EnrolmentOutcome enrol(Cohort cohort, ApiUser actor, Collection<Person> persons) {
    Set<Long> members = memberIds(cohort);
    Instant now = clock.instant();
    int added = 0;
    for (Person person : persons) {
      if (members.add(person.id())) {
        em.persist(new CohortMember(cohort, person, actor.username(), now));
        added++;
      }
    }
    return new EnrolmentOutcome(persons.size(), added, persons.size() - added, List.of());
  }

  private void requireKnownPosition(Municipality municipality, String positionCode) {
    boolean known =
        !em.createQuery(
                "SELECT e.id FROM Employment e WHERE e.municipality = :municipality"
                    + " AND e.positionCode = :code",
                Long.class)
            .setParameter("municipality", municipality)
            .setParameter("code", positionCode)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (!known) {
      throw new BadRequest(
          "positionCode: nobody in municipality "
              + municipality.code()
              + " has ever held position code "
              + positionCode);
    }
  }

  /**
   * Erases the person's cohort memberships (GDPR art. 17) in the caller's transaction, after their
   * attendances; how many went.
   */
  public int erase(Person person) {
    return em.createNativeQuery("DELETE FROM cohort_member WHERE person_id = ?")
        .setParameter(1, person.id())
        .executeUpdate();
  }
}
