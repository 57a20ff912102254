package no.abctracker.training.superusers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.entity.OrgUnit;

/**
 * A unit uses a technology and needs at least {@code minimumPerShift} qualified super-users present
 * on each shift it runs (0: the technology is listed for the unit but nothing is required).
 */
@Entity
@Table(name = "super_user_rule")
@NamedQuery(
    name = SuperUserRule.OF_MUNICIPALITY,
    query =
        "SELECT r FROM SuperUserRule r JOIN FETCH r.unit WHERE r.municipality = :municipality"
            + " ORDER BY r.unit.code, r.technology")
@NamedQuery(
    name = SuperUserRule.DELETE_OF_MUNICIPALITY,
    query = "DELETE FROM SuperUserRule r WHERE r.municipality = :municipality")
public class SuperUserRule {

  public static final String OF_MUNICIPALITY = "SuperUserRule.ofMunicipality";
  public static final String DELETE_OF_MUNICIPALITY = "SuperUserRule.deleteOfMunicipality";

  /** The most super-users a rule may ask for on one shift. */
  public static final int MAXIMUM = 20;

  /** What a unit with no rule needs for a technology it has appointments for. */
  public static final int DEFAULT_MINIMUM = 1;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private OrgUnit unit;

  @Column(nullable = false, length = 40)
  private String technology;

  @Column(name = "minimum_per_shift", nullable = false)
  private int minimumPerShift;

  protected SuperUserRule() {}

  public SuperUserRule(
      Municipality municipality, OrgUnit unit, String technology, int minimumPerShift) {
    if (minimumPerShift < 0 || minimumPerShift > MAXIMUM) {
      throw new IllegalArgumentException("minimumPerShift must be 0-" + MAXIMUM);
    }
    this.municipality = Objects.requireNonNull(municipality);
    this.unit = Objects.requireNonNull(unit);
    this.technology = Objects.requireNonNull(technology);
    this.minimumPerShift = minimumPerShift;
  }

  public OrgUnit unit() {
    return unit;
  }

  public String technology() {
    return technology;
  }

  public int minimumPerShift() {
    return minimumPerShift;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SuperUserRule that
        && unit.equals(that.unit)
        && technology.equals(that.technology);
  }

  @Override
  public int hashCode() {
    return technology.hashCode();
  }
}
