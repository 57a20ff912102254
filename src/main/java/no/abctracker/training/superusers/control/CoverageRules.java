package no.abctracker.training.superusers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.control.Visibility;
import no.abctracker.training.organisation.entity.OrgUnit;
import no.abctracker.training.superusers.control.InvalidRules.RuleError;
import no.abctracker.training.superusers.entity.SuperUserRule;

/**
 * The coverage rules of a municipality: which technologies each unit uses and how many qualified
 * super-users each shift needs. A PUT replaces the whole set, all or nothing, with every mistake
 * listed at once.
 */
@ApplicationScoped
public class CoverageRules {

  @PersistenceContext EntityManager em;
  @Inject Units units;
  @Inject Technologies technologies;

  /** One rule as sent: unit code, technology code, minimum per shift. */
  public record RuleLine(int index, String unitCode, String technology, int minimumPerShift) {}

  /** The rules of the units the caller may see, by unit code and technology. */
  public List<SuperUserRule> of(Municipality municipality, Visibility visibility) {
    return em.createNamedQuery(SuperUserRule.OF_MUNICIPALITY, SuperUserRule.class)
        .setParameter("municipality", municipality)
        .getResultStream()
        .filter(r -> visibility.seesUnit(r.unit().id()))
        .toList();
  }

  @Transactional
  public List<SuperUserRule> replace(Municipality municipality, JsonValue body) {
    em.createNativeQuery("SELECT id FROM municipality WHERE id = ? FOR UPDATE")
        .setParameter(1, municipality.id())
        .getResultList();
    List<RuleError> errors = new ArrayList<>();
    List<RuleLine> lines = read(body, errors);
    Map<String, OrgUnit> byCode =
        units.of(municipality).stream()
            .collect(Collectors.toMap(OrgUnit::code, Function.identity()));
    for (RuleLine line : lines) {
      OrgUnit unit = byCode.get(line.unitCode());
      if (unit == null) {
        errors.add(
            new RuleError(
                line.index(),
                "unitCode",
                "no unit " + line.unitCode() + " in " + municipality.code()));
      } else if (!unit.isOpen()) {
        errors.add(
            new RuleError(line.index(), "unitCode", "unit " + line.unitCode() + " is closed"));
      }
      if (technologies.find(line.technology()).isEmpty()) {
        errors.add(
            new RuleError(
                line.index(),
                "technology",
                "unknown technology '" + line.technology() + "'; see GET /api/v1/technologies"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRules(errors);
    }
    em.createNamedQuery(SuperUserRule.DELETE_OF_MUNICIPALITY)
        .setParameter("municipality", municipality)
        .executeUpdate();
    for (RuleLine line : lines) {
      em.persist(
          new SuperUserRule(
              municipality,
              byCode.get(line.unitCode()),
              line.technology(),
              line.minimumPerShift()));
    }
    em.flush();
    return of(municipality, Visibility.all());
  }

  /**
   * The shape rule of a rules body: {@code {"rules": [{unitCode, technology, minimumPerShift?}]}},
   * minimum 0-{@value SuperUserRule#MAXIMUM} (default {@value SuperUserRule#DEFAULT_MINIMUM}), each
   * unit and technology at most once. Mistakes are added to {@code errors}.
   */
  static List<RuleLine> read(JsonValue body, List<RuleError> errors) {
    if (!(body instanceof JsonObject object) || !(object.get("rules") instanceof JsonArray rules)) {
      errors.add(new RuleError(-1, "rules", "the body must be {\"rules\": [...]}"));
      return List.of();
    }
    List<RuleLine> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      if (!(rules.get(i) instanceof JsonObject rule)) {
        errors.add(new RuleError(i, null, "a rule must be an object"));
        continue;
      }
      String unitCode = text(rule, "unitCode", i, errors);
      String technology = text(rule, "technology", i, errors);
      int minimum = minimum(rule, i, errors);
      if (unitCode != null && technology != null) {
        if (!seen.add(unitCode + "\u0000" + technology)) {
          errors.add(
              new RuleError(
                  i,
                  null,
                  "unit " + unitCode + " and " + technology + " appear in an earlier rule"));
        }
        lines.add(new RuleLine(i, unitCode, technology, minimum));
      }
    }
    return lines;
  }

  private static String text(JsonObject rule, String field, int index, List<RuleError> errors) {
    if (rule.get(field) instanceof JsonString value && !value.getString().isBlank()) {
      return value.getString().strip();
    }
    errors.add(new RuleError(index, field, "is required (a string)"));
    return null;
  }

  private static int minimum(JsonObject rule, int index, List<RuleError> errors) {
    JsonValue value = rule.get("minimumPerShift");
    if (value == null || value == JsonValue.NULL) {
      return SuperUserRule.DEFAULT_MINIMUM;
    }
    if (value instanceof JsonNumber number
        && number.isIntegral()
        && number.longValue() >= 0
        && number.longValue() <= SuperUserRule.MAXIMUM) {
      return number.intValue();
    }
    errors.add(
        new RuleError(
            index,
            "minimumPerShift",
            "must be a whole number 0-" + SuperUserRule.MAXIMUM + ", not " + value));
    return SuperUserRule.DEFAULT_MINIMUM;
  }
}
