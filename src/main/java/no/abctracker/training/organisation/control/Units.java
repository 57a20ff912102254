package no.abctracker.training.organisation.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.NotFound;
import no.abctracker.training.organisation.control.UnitsFile.UnitLine;
import no.abctracker.training.organisation.entity.OrgUnit;

/**
 * A municipality's units: the units import (the file is the whole tree; units left out are closed,
 * never deleted; a closed unit that comes back reopens), the tree, and the subtrees that limit what
 * a unit leader sees.
 */
@ApplicationScoped
public class Units {

  @PersistenceContext EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;
  @Inject Clock clock;

  /** What a units import did. */
  public record Outcome(int units, int created, int updated, int closed, int unchanged)
      implements java.io.Serializable {}

  /** A unit and the open units below it. */
  public record Node(OrgUnit unit, List<Node> children) {}

  public List<OrgUnit> of(Municipality municipality) {
    return em.createNamedQuery(OrgUnit.OF_MUNICIPALITY, OrgUnit.class)
        .setParameter("municipality", municipality)
        .setHint("eclipselink.left-join-fetch", "u.parent")
        .getResultList();
  }

  public Optional<OrgUnit> find(Municipality municipality, String code) {
    return em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
        .setParameter("municipality", municipality)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Transactional
  public Outcome replace(Municipality municipality, byte[] csv) {
    return importUnits(municipality, csv);
  }

  /**
   * What {@link #replace} would do with {@code csv}, changing nothing: the same validation and
   * changes in a transaction that is always rolled back.
   */
  @Transactional
  public Outcome preview(Municipality municipality, byte[] csv) {
    Outcome outcome = importUnits(municipality, csv);
    em.flush();
    // Only now: a transaction marked for rollback no longer enlists connections.
    transactions.setRollbackOnly();
    return outcome;
  }

  private Outcome importUnits(Municipality municipality, byte[] csv) {
    em.createNativeQuery("SELECT id FROM municipality WHERE id = ? FOR UPDATE")
        .setParameter(1, municipality.id())
        .getResultList();
    List<UnitLine> lines = UnitsFile.parse(csv);
    Map<String, OrgUnit> existing =
        of(municipality).stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
    Set<String> created = new HashSet<>();
    for (UnitLine line : lines) {
      if (!existing.containsKey(line.code())) {
        OrgUnit unit = new OrgUnit(municipality, line.code(), line.name(), line.type());
        em.persist(unit);
        existing.put(line.code(), unit);
        created.add(line.code());
      }
    }
    em.flush();
    int updated = 0;
    Set<String> inFile = new HashSet<>();
    for (UnitLine line : lines) {
      inFile.add(line.code());
      OrgUnit parent = line.parentCode() == null ? null : existing.get(line.parentCode());
      if (existing.get(line.code()).reshape(line.name(), line.type(), parent)
          && !created.contains(line.code())) {
        updated++;
      }
    }
    LocalDate today = LocalDate.now(clock.withZone(Organisation.ZONE));
    int closed = 0;
    for (OrgUnit unit : existing.values()) {
      if (!inFile.contains(unit.code()) && unit.close(today)) {
        closed++;
      }
    }
    return new Outcome(
        lines.size(), created.size(), updated, closed, lines.size() - created.size() - updated);
  }

  /**
   * The open units as a forest: the top units, or {@code roots} when given, with their subtrees.
   */
  public List<Node> tree(Municipality municipality, Optional<Set<String>> roots) {
    List<OrgUnit> open = of(municipality).stream().filter(OrgUnit::isOpen).toList();
    Map<Long, List<OrgUnit>> children = new HashMap<>();
    for (OrgUnit unit : open) {
      unit.parent()
          .ifPresent(p -> children.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(unit));
    }
    List<Node> forest = new ArrayList<>();
    for (OrgUnit unit : open) {
      boolean root =
          roots.map(codes -> codes.contains(unit.code())).orElse(unit.parent().isEmpty());
      if (root) {
        forest.add(node(unit, children));
      }
    }
    return forest;
  }

  /** The ids of {@code codes} and every unit below them, closed ones included. */
  public Set<Long> subtreeIds(Municipality municipality, Set<String> codes) {
    List<OrgUnit> all = of(municipality);
    Map<Long, List<OrgUnit>> children = new HashMap<>();
    for (OrgUnit unit : all) {
      unit.parent()
          .ifPresent(p -> children.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(unit));
    }
    Set<Long> ids = new HashSet<>();
    List<OrgUnit> pending =
        new ArrayList<>(all.stream().filter(u -> codes.contains(u.code())).toList());
    while (!pending.isEmpty()) {
      OrgUnit unit = pending.remove(pending.size() - 1);
      if (ids.add(unit.id())) {
        pending.addAll(children.getOrDefault(unit.id(), List.of()));
      }
    }
    return ids;
  }

  /** What {@code user} may see of {@code municipality}'s staff (membership is checked before). */
  public Visibility visibilityOf(ApiUser user, Municipality municipality) {
    if (user.role() == Role.SYSTEM_ADMIN || user.role() == Role.COORDINATOR) {
      return Visibility.all();
    }
    if (user.role() == Role.UNIT_LEADER) {
      return new Visibility(false, subtreeIds(municipality, user.unitCodes()), null);
    }
    return new Visibility(false, Set.of(), user.ownEmployeeId().orElse(""));
  }

  /** Checks that every code names a unit of {@code municipality}. */
  public void requireExisting(Municipality municipality, Set<String> codes) {
    Set<String> known = of(municipality).stream().map(OrgUnit::code).collect(Collectors.toSet());
    List<String> unknown = codes.stream().filter(c -> !known.contains(c)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new BadRequest("unitCodes: no such units in " + municipality.code() + ": " + unknown);
    }
  }

  public OrgUnit get(Municipality municipality, String code) {
    return find(municipality, code)
        .orElseThrow(
            () -> new NotFound("No unit " + code + " in municipality " + municipality.code()));
  }

  private static Node node(OrgUnit unit, Map<Long, List<OrgUnit>> children) {
    List<Node> below = new ArrayList<>();
    for (OrgUnit child : children.getOrDefault(unit.id(), List.of())) {
      below.add(node(child, children));
    }
    return new Node(unit, below);
  }
}
