package no.abctracker.training.courses.control;

/**
 * One broken rule in one profile.
 *
 * @param source the profile file
 * @param location a JSONPath-like pointer into the profile
 */
public record Violation(String source, String location, Rule rule, String message) {

  @Override
  public String toString() {
    return source + " " + location + ": " + message + " [" + rule + "]";
  }

  /** The rules of xAPI Profiles 1.0 (Part Two) we check, plus the catalogue's own. */
  public enum Rule {
    /** The file is a JSON object. */
    JSON,
    /** §6.0: {@code @context} is or contains the profile context. */
    CONTEXT,
    /** §6.0 / §7 / §8 / §9: required properties, {@code type} and {@code conformsTo} values. */
    REQUIRED,
    /** §4.0: ids and IRI-valued properties are absolute IRIs. */
    IRI,
    /** Language maps map language tags to non-empty strings. */
    LANGUAGE_MAP,
    /** §4.0: no empty objects, nulls, empty strings or empty arrays. */
    NO_EMPTY_VALUES,
    /** §6.1: version ids unique and not the profile id, timestamps, {@code wasRevisionOf}. */
    VERSIONS,
    /** §7, §8, §9: {@code inScheme} is a version of this profile. */
    IN_SCHEME,
    /** §7.0: no profile, version, concept, template or pattern id defined twice. */
    UNIQUE_ID,
    /** §7: a known concept type, and §7.1–§7.3: properties allowed on that kind only. */
    CONCEPT_SHAPE,
    /** §7.4: activity definitions carry the activity context and extension contexts. */
    ACTIVITY_DEFINITION,
    /** Every referenced concept, template or pattern exists, with the right type. */
    REFERENCE,
    /** §8.0: object is an activity type or a StatementRef, not both. */
    TEMPLATE_SHAPE,
    /** §8.1: template rules are well formed. */
    TEMPLATE_RULE,
    /** §9.0: patterns are well formed. */
    PATTERN_SHAPE,
    /** §9.0: no pattern contains itself at any depth. */
    PATTERN_CYCLE,
    /** ABC Tracker: courses, modules and versions carry their catalogue data. */
    COURSE_DATA
  }
}
