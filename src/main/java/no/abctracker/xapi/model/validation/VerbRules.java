package no.abctracker.xapi.model.validation;

import java.util.Set;

/**
 * The Verb: an IRI id and an optional display language map.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#243-verb">xAPI 2.0
 *     Data 2.4.3 Verb</a>
 */
public final class VerbRules {

  private static final Set<String> PROPERTIES = Set.of("id", "display");

  private VerbRules() {}

  public static void verb(Node node) {
    node.object();
    node.onlyProperties(PROPERTIES, "a Verb");
    Iris.iri(node.required("id"));
    node.optional("display").ifPresent(LanguageMaps::languageMap);
  }
}
