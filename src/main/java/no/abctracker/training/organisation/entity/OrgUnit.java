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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.abctracker.municipalities.entity.Municipality;

/**
 * A unit of a municipality's health and care services, in a hierarchy; closed (never deleted) when
 * a units import leaves it out, so employments and reports as of earlier dates keep it.
 */
@Entity
@Table(name = "org_unit")
@NamedQuery(
    name = OrgUnit.OF_MUNICIPALITY,
    query = "SELECT u FROM OrgUnit u WHERE u.municipality = :municipality ORDER BY u.code")
@NamedQuery(
    name = OrgUnit.BY_CODE,
    query = "SELECT u FROM OrgUnit u WHERE u.municipality = :municipality AND u.code = :code")
public class OrgUnit {

  public static final String OF_MUNICIPALITY = "OrgUnit.ofMunicipality";
  public static final String BY_CODE = "OrgUnit.byCode";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @Column(nullable = false, length = 50)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_type", nullable = false)
  private UnitType unitType;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgUnit parent;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  protected OrgUnit() {}

  public OrgUnit(Municipality municipality, String code, String name, UnitType unitType) {
    this.municipality = Objects.requireNonNull(municipality);
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.unitType = Objects.requireNonNull(unitType);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public UnitType unitType() {
    return unitType;
  }

  public Optional<OrgUnit> parent() {
    return Optional.ofNullable(parent);
  }

  public Optional<LocalDate> closedOn() {
    return Optional.ofNullable(closedOn);
  }

  public boolean isOpen() {
    return closedOn == null;
  }

  /** Takes the name, type and place in the tree of the latest import; reopens a closed unit. */
  public boolean reshape(String newName, UnitType newType, OrgUnit newParent) {
    boolean changed =
        !name.equals(newName)
            || unitType != newType
            || !Objects.equals(parentId(), newParent == null ? null : newParent.id)
            || closedOn != null;
    this.name = Objects.requireNonNull(newName);
    this.unitType = Objects.requireNonNull(newType);
    this.parent = newParent;
    this.closedOn = null;
    return changed;
  }

  public boolean close(LocalDate on) {
    if (closedOn != null) {
      return false;
    }
    this.closedOn = Objects.requireNonNull(on);
    return true;
  }

  private Long parentId() {
    return parent == null ? null : parent.id;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrgUnit that
        && code.equals(that.code)
        && municipality.equals(that.municipality);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
