package no.abctracker.training.superusers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.control.Visibility;
import no.abctracker.training.organisation.entity.OrgUnit;
import no.abctracker.training.organisation.entity.ShiftPattern;
import no.abctracker.training.superusers.entity.SuperUserAppointment;
import no.abctracker.training.superusers.entity.SuperUserRule;

/**
 * The super-user coverage of a municipality on a date: loads what is true then (open units the
 * caller sees, active employments, active appointments with their qualification, the rules) with
 * one query each and lets {@link CoverageMatrix} apply the rules.
 */
@ApplicationScoped
public class SuperUserCoverage {

  @PersistenceContext EntityManager em;
  @Inject Units units;
  @Inject Appointments appointments;
  @Inject Technologies technologies;

  public CoverageMatrix.Result on(
      Municipality municipality,
      LocalDate date,
      Visibility visibility,
      Optional<String> unitCode,
      Optional<String> technology) {
    technology.ifPresent(technologies::get);
    Optional<Set<Long>> subtree =
        unitCode.map(
            code -> units.subtreeIds(municipality, Set.of(units.get(municipality, code).code())));
    List<CoverageMatrix.Unit> inScope =
        units.of(municipality).stream()
            .filter(u -> isOpenOn(u, date))
            .filter(u -> visibility.seesUnit(u.id()))
            .filter(u -> subtree.map(ids -> ids.contains(u.id())).orElse(true))
            .map(u -> new CoverageMatrix.Unit(u.id(), u.code(), u.name()))
            .toList();
    List<SuperUserAppointment> active =
        em.createNamedQuery(SuperUserAppointment.ACTIVE_ON, SuperUserAppointment.class)
            .setParameter("municipality", municipality)
            .setParameter("date", date)
            .getResultStream()
            .filter(a -> technology.map(a.technology()::equals).orElse(true))
            .toList();
    List<CoverageMatrix.Appointee> appointees =
        appointments.assess(municipality, active, date).stream()
            .map(
                assessed -> {
                  SuperUserAppointment a = assessed.appointment();
                  return new CoverageMatrix.Appointee(
                      a.id(),
                      a.person().id(),
                      a.person().employeeId(),
                      a.person().fullName(),
                      a.unit().id(),
                      a.technology(),
                      assessed.qualification());
                })
            .toList();
    List<CoverageMatrix.Requirement> rules =
        em.createNamedQuery(SuperUserRule.OF_MUNICIPALITY, SuperUserRule.class)
            .setParameter("municipality", municipality)
            .getResultStream()
            .filter(r -> technology.map(r.technology()::equals).orElse(true))
            .map(
                r ->
                    new CoverageMatrix.Requirement(
                        r.unit().id(), r.technology(), r.minimumPerShift()))
            .toList();
    return CoverageMatrix.of(
        date,
        inScope,
        working(municipality, date),
        appointees,
        rules,
        Comparator.comparingInt(technologies::position).thenComparing(Comparator.naturalOrder()));
  }

  /** Active employments as (person, unit, pattern) only: no entities for thousands of rows. */
  private List<CoverageMatrix.Working> working(Municipality municipality, LocalDate date) {
    return em.createQuery(
            "SELECT e.person.id, e.unit.id, e.shiftPattern FROM Employment e"
                + " WHERE e.municipality = :municipality AND e.startDate <= :date"
                + " AND (e.endDate IS NULL OR e.endDate >= :date)",
            Object[].class)
        .setParameter("municipality", municipality)
        .setParameter("date", date)
        .getResultStream()
        .map(
            row ->
                new CoverageMatrix.Working(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(),
                    (ShiftPattern) row[2]))
        .toList();
  }

  /** A unit closed on day D (by a units import that day) is no longer there as of D. */
  static boolean isOpenOn(OrgUnit unit, LocalDate date) {
    return unit.closedOn().map(date::isBefore).orElse(true);
  }
}
