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
}
