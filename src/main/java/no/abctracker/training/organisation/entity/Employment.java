package no.abctracker.training.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.abctracker.municipalities.entity.Municipality;

/**
 * One position a person holds in a unit for a period; a person may hold several at once. Its
 * business key is (person, unit, position code, start date). Written by the roster import (in JDBC
 * batches), read here.
 */
@Entity
@Table(name = "employment")
@NamedQuery(
    name = Employment.ACTIVE_IN_MUNICIPALITY,
    query =
        "SELECT e FROM Employment e JOIN FETCH e.person JOIN FETCH e.unit"
            + " WHERE e.municipality = :municipality AND e.startDate <= :date"
            + " AND (e.endDate IS NULL OR e.endDate >= :date)"
            + " ORDER BY e.person.employeeId, e.startDate")
@NamedQuery(
    name = Employment.OF_PERSON,
    query =
        "SELECT e FROM Employment e JOIN FETCH e.unit WHERE e.person = :person"
            + " ORDER BY e.startDate, e.id")
public class Employment {

  public static final String ACTIVE_IN_MUNICIPALITY = "Employment.activeInMunicipality";
  public static final String OF_PERSON = "Employment.ofPerson";

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

  @Column(name = "position_code", nullable = false, length = 4)
  private String positionCode;

  @Column(name = "position_title", nullable = false)
  private String positionTitle;

  @Column(name = "employment_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal employmentPercent;

  @Enumerated(EnumType.STRING)
  @Column(name = "shift_pattern", nullable = false)
  private ShiftPattern shiftPattern;

  @Enumerated(EnumType.STRING)
  @Column(name = "employment_kind", nullable = false)
  private EmploymentKind employmentKind;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  protected Employment() {}

  public Long id() {
    return id;
  }

  public Person person() {
    return person;
  }

  public OrgUnit unit() {
    return unit;
  }

  public String positionCode() {
    return positionCode;
  }

  public String positionTitle() {
    return positionTitle;
  }

  public BigDecimal employmentPercent() {
    return employmentPercent;
  }

  public ShiftPattern shiftPattern() {
    return shiftPattern;
  }

  public EmploymentKind employmentKind() {
    return employmentKind;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(endDate);
  }

  /** Active on {@code date}: started on or before it and not ended before it. */
  public boolean isActiveOn(LocalDate date) {
    return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Employment that
        && Objects.equals(person, that.person)
        && Objects.equals(unit, that.unit)
        && positionCode.equals(that.positionCode)
        && startDate.equals(that.startDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(positionCode, startDate);
  }
}
