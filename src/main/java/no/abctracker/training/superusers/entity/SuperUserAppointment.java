package no.abctracker.training.superusers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Conflict;
import no.abctracker.training.organisation.entity.OrgUnit;
import no.abctracker.training.organisation.entity.Person;

/**
 * A person appointed super-user for a unit and a technology for a period. Recorded once in the LRS
 * (the statement id is kept); ended by setting the last day, with who ended it, when and why; never
 * deleted, so coverage as of an earlier date stays true.
 */
@Entity
@Table(name = "super_user_appointment")
@NamedQuery(
    name = SuperUserAppointment.OF_MUNICIPALITY,
    query =
        "SELECT a FROM SuperUserAppointment a JOIN FETCH a.person JOIN FETCH a.unit"
            + " WHERE a.municipality = :municipality"
            + " ORDER BY a.unit.code, a.technology, a.person.employeeId, a.period.fromDate, a.id")
@NamedQuery(
    name = SuperUserAppointment.ACTIVE_ON,
    query =
        "SELECT a FROM SuperUserAppointment a JOIN FETCH a.person JOIN FETCH a.unit"
            + " WHERE a.municipality = :municipality AND a.period.fromDate <= :date"
            + " AND (a.period.toDate IS NULL OR a.period.toDate >= :date)"
            + " ORDER BY a.unit.code, a.technology, a.person.employeeId, a.id")
@NamedQuery(
    name = SuperUserAppointment.BY_ID,
    query =
        "SELECT a FROM SuperUserAppointment a JOIN FETCH a.person JOIN FETCH a.unit"
            + " WHERE a.municipality = :municipality AND a.id = :id")
@NamedQuery(
    name = SuperUserAppointment.SAME_ROLE,
    query =
        "SELECT a FROM SuperUserAppointment a WHERE a.person = :person AND a.unit = :unit"
            + " AND a.technology = :technology ORDER BY a.period.fromDate")
public class SuperUserAppointment {

  public static final String OF_MUNICIPALITY = "SuperUserAppointment.ofMunicipality";
  public static final String ACTIVE_ON = "SuperUserAppointment.activeOn";
  public static final String BY_ID = "SuperUserAppointment.byId";
  public static final String SAME_ROLE = "SuperUserAppointment.sameRole";

  private static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private OrgUnit unit;

  @Column(nullable = false, length = 40)
  private String technology;

  @Embedded private AppointmentPeriod period;

  @Column(name = "appointed_by", nullable = false, length = 100)
  private String appointedBy;

  @Column(name = "appointed_at", nullable = false)
  private Instant appointedAt;

  @Column(name = "statement_id", nullable = false, length = 36)
  private String statementId;

  @Column(name = "ended_by", length = 100)
  private String endedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason", length = REASON_LENGTH)
  private String endReason;

  protected SuperUserAppointment() {}

  public SuperUserAppointment(
      Municipality municipality,
      Person person,
      OrgUnit unit,
      String technology,
      AppointmentPeriod period,
      String appointedBy,
      Instant appointedAt,
      String statementId) {
    this.municipality = Objects.requireNonNull(municipality);
    this.person = Objects.requireNonNull(person);
    this.unit = Objects.requireNonNull(unit);
    this.technology = Objects.requireNonNull(technology);
    this.period = Objects.requireNonNull(period);
    this.appointedBy = Objects.requireNonNull(appointedBy);
    this.appointedAt = Objects.requireNonNull(appointedAt);
    this.statementId = Objects.requireNonNull(statementId);
  }

  public Long id() {
    return id;
  }

  public Person person() {
    return person;
  }

  public OrgUnit unit() {
    return unit;
  }

  public String technology() {
    return technology;
  }

  public AppointmentPeriod period() {
    return period;
  }

  public String appointedBy() {
    return appointedBy;
  }

  public Instant appointedAt() {
    return appointedAt;
  }

  /** The id of the "appointed" statement in the municipality's LRS. */
  public String statementId() {
    return statementId;
  }

  public boolean isActiveOn(LocalDate date) {
    return period.contains(date);
  }

  /** Who ended the appointment, when and why, if someone did. */
  public Optional<Ending> ending() {
    return endedAt == null
        ? Optional.empty()
        : Optional.of(new Ending(endedBy, endedAt, endReason));
  }

  /**
   * Ends the appointment on {@code last} (inclusive). Ending only shortens: an appointment already
   * ended, or planned to end on or before {@code last}, is a conflict.
   */
  public void end(LocalDate last, String reason, String by, Instant at) {
    if (last == null) {
      throw new BadRequest("to: the last day of the appointment (YYYY-MM-DD) is required");
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > REASON_LENGTH) {
      throw new BadRequest("reason: say why the appointment ends (1-" + REASON_LENGTH + " chars)");
    }
    if (endedAt != null) {
      throw new Conflict(
          "Appointment "
              + id
              + " was ended already by "
              + endedBy
              + " (to "
              + period.to().get()
              + ")");
    }
    if (period.to().filter(planned -> !planned.isAfter(last)).isPresent()) {
      throw new Conflict(
          "Appointment "
              + id
              + " ends on "
              + period.to().get()
              + " already; ending only shortens it");
    }
    this.period = period.endingOn(last);
    this.endedBy = Objects.requireNonNull(by);
    this.endedAt = Objects.requireNonNull(at);
    this.endReason = reason.strip();
  }

  /** Who ended an appointment, when and why. */
  public record Ending(String by, Instant at, String reason) {}

  @Override
  public boolean equals(Object other) {
    return other instanceof SuperUserAppointment that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
