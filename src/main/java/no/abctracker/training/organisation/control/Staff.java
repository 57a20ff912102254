package no.abctracker.training.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.Forbidden;
import no.abctracker.problems.MessageKey;
import no.abctracker.problems.NotFound;
import no.abctracker.training.organisation.entity.Employment;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.training.organisation.entity.PersonIdentity;

/** Reads a municipality's staff, limited to what the caller's {@link Visibility} allows. */
@ApplicationScoped
public class Staff {

  @PersistenceContext EntityManager em;

  /** A person with the employments the caller may see and, for the full record, identities. */
  public record Member(
      Person person, List<Employment> employments, List<PersonIdentity> identities) {}

  public Optional<Person> find(Municipality municipality, String employeeId) {
    return em.createNamedQuery(Person.BY_EMPLOYEE_ID, Person.class)
        .setParameter("municipality", municipality)
        .setParameter("employeeId", employeeId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The one person of {@code municipality} with the e-mail {@code email} (any case); empty when
   * none has it or when two share it, so a shared address never signs in as either.
   */
  public Optional<Person> findByEmail(Municipality municipality, String email) {
    List<Person> found =
        em.createNamedQuery(Person.BY_EMAIL, Person.class)
            .setParameter("municipality", municipality)
            .setParameter("email", email)
            .setMaxResults(2)
            .getResultList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The persons with an employment active on {@code date}, in {@code unitIds} when given (a unit's
   * subtree), each with those employments, by employee id.
   */
  public List<Member> activeOn(
      Municipality municipality,
      LocalDate date,
      Visibility visibility,
      Optional<Set<Long>> unitIds) {
    if (!visibility.seesStaffLists()) {
      throw new Forbidden(MessageKey.STAFF_OWN_RECORD_ONLY);
    }
    Map<Person, List<Employment>> byPerson = new LinkedHashMap<>();
    em.createNamedQuery(Employment.ACTIVE_IN_MUNICIPALITY, Employment.class)
        .setParameter("municipality", municipality)
        .setParameter("date", date)
        .getResultStream()
        .filter(e -> visibility.seesUnit(e.unit().id()))
        .filter(e -> unitIds.map(ids -> ids.contains(e.unit().id())).orElse(true))
        .forEach(
            e -> byPerson.computeIfAbsent(e.person(), p -> new java.util.ArrayList<>()).add(e));
    return byPerson.entrySet().stream()
        .map(entry -> new Member(entry.getKey(), entry.getValue(), List.of()))
        .toList();
  }

  /**
   * One person's record with the employment history: staff only their own, unit leaders a person
   * who has or had an employment in their units (and only those employments).
   */
  public Member get(Municipality municipality, String employeeId, Visibility visibility) {
    if (visibility.ownEmployeeId() != null && !visibility.ownEmployeeId().equals(employeeId)) {
      throw new Forbidden(MessageKey.STAFF_OWN_RECORD_ONLY);
    }
    Person person =
        find(municipality, employeeId)
            .orElseThrow(
                () ->
                    new NotFound(
                        "No employee " + employeeId + " in municipality " + municipality.code()));
    List<Employment> employments =
        em.createNamedQuery(Employment.OF_PERSON, Employment.class)
            .setParameter("person", person)
            .getResultList();
    List<Employment> visible =
        visibility.ownEmployeeId() != null
            ? employments
            : employments.stream().filter(e -> visibility.seesUnit(e.unit().id())).toList();
    if (visible.isEmpty() && !visibility.everything() && visibility.ownEmployeeId() == null) {
      throw new Forbidden(MessageKey.EMPLOYEE_NOT_IN_UNITS, employeeId);
    }
    List<PersonIdentity> identities =
        em.createNamedQuery(PersonIdentity.OF_PERSON, PersonIdentity.class)
            .setParameter("person", person)
            .getResultList();
    return new Member(person, visible, identities);
  }

  /**
   * Erases the person's roster rows (GDPR art. 17) in the caller's transaction, after every other
   * component has erased what refers to them: employments, identities and the person. Counts per
   * kind.
   */
  public Map<String, Integer> erase(Person person) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put(
        "employments",
        em.createNativeQuery("DELETE FROM employment WHERE person_id = ?")
            .setParameter(1, person.id())
            .executeUpdate());
    counts.put(
        "identities",
        em.createNativeQuery("DELETE FROM person_identity WHERE person_id = ?")
            .setParameter(1, person.id())
            .executeUpdate());
    counts.put(
        "persons",
        em.createNativeQuery("DELETE FROM person WHERE id = ?")
            .setParameter(1, person.id())
            .executeUpdate());
    em.detach(person);
    return counts;
  }

  /** A person whose employments all ended, the last on {@code lastEnded}. */
  public record Departed(String employeeId, java.time.LocalDate lastEnded) {}

  /**
   * The persons of {@code municipality} whose every employment ended, the last before {@code
   * endedBefore}, oldest first: those the retention period has run out for.
   */
  public List<Departed> departedBefore(Municipality municipality, java.time.LocalDate endedBefore) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.employee_id, MAX(e.end_date) FROM person p JOIN employment e ON"
                    + " e.person_id = p.id WHERE p.municipality_id = ? GROUP BY p.id, p.employee_id"
                    + " HAVING SUM(e.end_date IS NULL) = 0 AND MAX(e.end_date) < ?"
                    + " ORDER BY MAX(e.end_date), p.employee_id")
            .setParameter(1, municipality.id())
            .setParameter(2, endedBefore)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Departed(
                    (String) r[0],
                    r[1] instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) r[1]))
        .toList();
  }

  /**
   * Every identity of {@code municipality}'s persons as "KIND value" (the form of {@code
   * person_identity}), to tell statements of nobody on the roster.
   */
  public java.util.Set<String> identityKeys(Municipality municipality) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT kind, value FROM person_identity WHERE municipality_id = ?")
            .setParameter(1, municipality.id())
            .getResultList();
    java.util.Set<String> keys = new java.util.HashSet<>();
    rows.forEach(r -> keys.add(r[0] + " " + r[1]));
    return keys;
  }
}
