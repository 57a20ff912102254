package no.abctracker.training.superusers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.abctracker.access.control.ApiUser;
import no.abctracker.certificates.control.CourseCompletions;
import no.abctracker.certificates.entity.CourseCompletion;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Conflict;
import no.abctracker.problems.Forbidden;
import no.abctracker.problems.MessageKey;
import no.abctracker.problems.NotFound;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.control.Visibility;
import no.abctracker.training.organisation.entity.OrgUnit;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.training.superusers.entity.AppointmentPeriod;
import no.abctracker.training.superusers.entity.SuperUserAppointment;
import no.abctracker.training.superusers.entity.Technology;
import no.abctracker.xapi.statements.control.RecordedStatements;

/**
 * Appoints super-users, ends appointments and reads them with their qualification on a date. An
 * appointment and its "appointed" statement in the LRS commit together or not at all; appointments
 * of one person are serialised (the person row is locked), so two overlapping appointments for the
 * same unit and technology can never both be stored.
 */
@ApplicationScoped
public class Appointments {

  @PersistenceContext EntityManager em;
  @Inject Staff staff;
  @Inject Units units;
  @Inject Technologies technologies;
  @Inject CourseCatalogue catalogue;
  @Inject CourseCompletions completions;
  @Inject RecordedStatements statements;
  @Inject Clock clock;

  /** What a coordinator asks for: appoint this person for this unit and technology. */
  public record Request(
      String employeeId, String unitCode, String technology, LocalDate from, LocalDate to) {}

  /** Which appointments to list; empty parts do not filter. */
  public record Filter(
      Optional<String> unitCode,
      Optional<String> technology,
      Optional<LocalDate> asOf,
      Optional<Boolean> qualified,
      Optional<String> employeeId) {}

  /** An appointment with the appointee's qualification on a date. */
  public record Assessed(SuperUserAppointment appointment, Qualification qualification) {
    public boolean active() {
      return appointment.isActiveOn(qualification.asOf());
    }
  }

  @Transactional
  public Assessed appoint(
      Municipality municipality, Request request, ApiUser user, Visibility visibility) {
    Technology technology = technologies.get(request.technology());
    OrgUnit unit = openUnit(municipality, request.unitCode());
    if (!visibility.seesUnit(unit.id())) {
      throw new Forbidden(MessageKey.UNIT_NOT_YOURS, unit.code());
    }
    Person person = appointee(municipality, request.employeeId());
    AppointmentPeriod period = AppointmentPeriod.of(request.from(), request.to());
    lock(person);
    em.createNamedQuery(SuperUserAppointment.SAME_ROLE, SuperUserAppointment.class)
        .setParameter("person", person)
        .setParameter("unit", unit)
        .setParameter("technology", technology.code())
        .getResultStream()
        .filter(existing -> existing.period().overlaps(period))
        .findFirst()
        .ifPresent(
            existing -> {
              throw new Conflict(
                  person.fullName()
                      + " is super-user for "
                      + technology.code()
                      + " in "
                      + unit.code()
                      + " already (appointment "
                      + existing.id()
                      + ", "
                      + existing.period()
                      + "), which overlaps "
                      + period);
            });
    var authority = RecordedStatements.userAgent(user.username(), user.username());
    String statementId =
        statements.record(
            municipality,
            AppointedStatement.of(
                UUID.randomUUID().toString(),
                RecordedStatements.staffAgent(
                    municipality.accountHomePage(), person.employeeId(), person.fullName()),
                technology,
                unit.code(),
                authority),
            authority);
    SuperUserAppointment appointment =
        new SuperUserAppointment(
            municipality,
            person,
            unit,
            technology.code(),
            period,
            user.username(),
            clock.instant(),
            statementId);
    em.persist(appointment);
    em.flush();
    return assess(municipality, List.of(appointment), today()).get(0);
  }

  @Transactional
  public Assessed end(
      Municipality municipality,
      long id,
      LocalDate last,
      String reason,
      ApiUser user,
      Visibility visibility) {
    SuperUserAppointment appointment = get(municipality, id, visibility);
    lock(appointment.person());
    em.refresh(appointment);
    appointment.end(last, reason, user.username(), clock.instant());
    return assess(municipality, List.of(appointment), today()).get(0);
  }

  public Assessed one(
      Municipality municipality, long id, Optional<LocalDate> asOf, Visibility visibility) {
    return assess(municipality, List.of(get(municipality, id, visibility)), asOf.orElse(today()))
        .get(0);
  }

  /**
   * Appointments the caller may see: with {@code asOf} those active on that date, else all (past,
   * current, future); qualification as of {@code asOf}, else today.
   */
  public List<Assessed> list(Municipality municipality, Filter filter, Visibility visibility) {
    filter.technology().ifPresent(technologies::get);
    Optional<Set<Long>> subtree =
        filter
            .unitCode()
            .map(
                code ->
                    units.subtreeIds(municipality, Set.of(units.get(municipality, code).code())));
    LocalDate date = filter.asOf().orElse(today());
    List<SuperUserAppointment> found =
        (filter.asOf().isPresent()
                ? em.createNamedQuery(SuperUserAppointment.ACTIVE_ON, SuperUserAppointment.class)
                    .setParameter("date", date)
                : em.createNamedQuery(
                    SuperUserAppointment.OF_MUNICIPALITY, SuperUserAppointment.class))
            .setParameter("municipality", municipality)
            .getResultStream()
            .filter(a -> sees(visibility, a))
            .filter(a -> subtree.map(ids -> ids.contains(a.unit().id())).orElse(true))
            .filter(a -> filter.technology().map(a.technology()::equals).orElse(true))
            .filter(a -> filter.employeeId().map(a.person().employeeId()::equals).orElse(true))
            .toList();
    return assess(municipality, found, date).stream()
        .filter(a -> filter.qualified().map(q -> q == a.qualification().qualified()).orElse(true))
        .toList();
  }

  /** The appointments' qualification on {@code date}, with the completions read in one go. */
  List<Assessed> assess(
      Municipality municipality, List<SuperUserAppointment> appointments, LocalDate date) {
    Map<Long, Map<String, CourseCompletion>> done =
        completions.of(
            municipality.id(), appointments.stream().map(a -> a.person().id()).distinct().toList());
    Map<String, List<Course>> required = new HashMap<>();
    return appointments.stream()
        .map(
            a ->
                new Assessed(
                    a,
                    Qualification.of(
                        required.computeIfAbsent(
                            a.technology(), t -> Prerequisites.forTechnology(t, catalogue)),
                        done.getOrDefault(a.person().id(), Map.of()),
                        date)))
        .toList();
  }

  private SuperUserAppointment get(Municipality municipality, long id, Visibility visibility) {
    SuperUserAppointment appointment =
        em.createNamedQuery(SuperUserAppointment.BY_ID, SuperUserAppointment.class)
            .setParameter("municipality", municipality)
            .setParameter("id", id)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFound(
                        "No super-user appointment "
                            + id
                            + " in municipality "
                            + municipality.code()));
    if (!sees(visibility, appointment)) {
      throw new Forbidden(MessageKey.APPOINTMENT_NOT_IN_UNITS, id);
    }
    return appointment;
  }

  private static boolean sees(Visibility visibility, SuperUserAppointment appointment) {
    return visibility.ownEmployeeId() != null
        ? visibility.ownEmployeeId().equals(appointment.person().employeeId())
        : visibility.seesUnit(appointment.unit().id());
  }

  private OrgUnit openUnit(Municipality municipality, String code) {
    if (code == null || code.isBlank()) {
      throw new BadRequest("unitCode: the unit of the appointment is required");
    }
    OrgUnit unit =
        units
            .find(municipality, code)
            .orElseThrow(
                () ->
                    new BadRequest(
                        "unitCode: no unit " + code + " in municipality " + municipality.code()));
    if (!unit.isOpen()) {
      throw new BadRequest("unitCode: unit " + code + " is closed");
    }
    return unit;
  }

  private Person appointee(Municipality municipality, String employeeId) {
    if (employeeId == null || employeeId.isBlank()) {
      throw new BadRequest("employeeId: the appointee's employee id is required");
    }
    return staff
        .find(municipality, employeeId)
        .orElseThrow(
            () ->
                new BadRequest(
                    "employeeId: no employee "
                        + employeeId
                        + " in municipality "
                        + municipality.code()));
  }

  private void lock(Person person) {
    em.createNativeQuery("SELECT id FROM person WHERE id = ? FOR UPDATE")
        .setParameter(1, person.id())
        .getResultList();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Organisation.ZONE));
  }

  /**
   * Erases the person's super-user appointments (GDPR art. 17), past and present, in the caller's
   * transaction; how many went.
   */
  public int erase(Person person) {
    return em.createNativeQuery("DELETE FROM super_user_appointment WHERE person_id = ?")
        .setParameter(1, person.id())
        .executeUpdate();
  }
}
