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
import no.abctracker.municipalities.entity.Municipality;

/**
 * One xAPI identifier of a person, unique within a municipality. Written by the roster import; the
 * value is normalised (see {@link IdentityKind}) so a lookup is one indexed equality.
 */
@Entity
@Table(name = "person_identity")
@NamedQuery(
    name = PersonIdentity.OF_PERSON,
    query = "SELECT i FROM PersonIdentity i WHERE i.person = :person ORDER BY i.kind, i.value")
public class PersonIdentity {

  public static final String OF_PERSON = "PersonIdentity.ofPerson";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IdentityKind kind;

  @Column(nullable = false, length = 700)
  private String value;

  protected PersonIdentity() {}

  public Person person() {
    return person;
  }

  public IdentityKind kind() {
    return kind;
  }

  public String value() {
    return value;
  }

  /** The homePage of an {@link IdentityKind#ACCOUNT} identity (stored as "homePage name"). */
  public java.util.Optional<String> homePage() {
    int space = value.indexOf(' ');
    return kind == IdentityKind.ACCOUNT && space > 0
        ? java.util.Optional.of(value.substring(0, space))
        : java.util.Optional.empty();
  }

  /** The value as an actor carries it: an account's name without its homePage, else the value. */
  public String name() {
    return homePage().map(h -> value.substring(h.length() + 1)).orElse(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PersonIdentity that && kind == that.kind && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
