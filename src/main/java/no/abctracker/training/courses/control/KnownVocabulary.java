package no.abctracker.training.courses.control;

import java.util.Map;
import java.util.Optional;

/**
 * Concepts our profiles use but may not define, because other profiles already do (xAPI Profiles
 * §7.0: "A Profile MUST NOT define a Concept that is defined in another Profile"). They come from
 * the ADL Vocabulary profile ({@code https://w3id.org/xapi/adl}, which also holds the cmi5 verbs
 * satisfied and waived). Listed here, not fetched, because nothing is fetched at run time.
 */
final class KnownVocabulary {

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("http://adlnet.gov/expapi/verbs/completed", "Verb"),
          Map.entry("http://adlnet.gov/expapi/verbs/passed", "Verb"),
          Map.entry("http://adlnet.gov/expapi/verbs/failed", "Verb"),
          Map.entry("http://adlnet.gov/expapi/verbs/attended", "Verb"),
          Map.entry("http://adlnet.gov/expapi/verbs/attempted", "Verb"),
          Map.entry("http://adlnet.gov/expapi/verbs/voided", "Verb"),
          Map.entry("https://w3id.org/xapi/adl/verbs/satisfied", "Verb"),
          Map.entry("https://w3id.org/xapi/adl/verbs/waived", "Verb"),
          Map.entry("http://adlnet.gov/expapi/activities/course", "ActivityType"),
          Map.entry("http://adlnet.gov/expapi/activities/module", "ActivityType"),
          Map.entry("http://adlnet.gov/expapi/activities/meeting", "ActivityType"),
          Map.entry("http://adlnet.gov/expapi/activities/lesson", "ActivityType"),
          Map.entry("http://adlnet.gov/expapi/activities/assessment", "ActivityType"));

  private KnownVocabulary() {}

  /** The concept type of a well-known IRI, e.g. {@code Verb}. */
  static Optional<String> typeOf(String iri) {
    return Optional.ofNullable(TYPES.get(iri));
  }
}
