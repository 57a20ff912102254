package no.abctracker.xapi.model.validation;

/**
 * Extensions (activity definition, result, context): an object keyed by IRIs; values are any JSON,
 * including {@code null}, empty strings and empty objects.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#41-extensions">xAPI
 *     2.0 Data 4.1 Extensions</a>
 */
public final class Extensions {

  private Extensions() {}

  public static void extensions(Node node) {
    for (String key : node.object().keySet()) {
      if (!Iris.isIri(key)) {
        throw new no.abctracker.xapi.model.InvalidStatement(
            node.path() + "[\"" + key + "\"]",
            "an extension key must be an absolute IRI, e.g. \"http://example.com/extension\"");
      }
    }
  }
}
