package no.abctracker.xapi.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of an xAPI resource: each known to the resource and given once. A parameter
 * the LRS does not know would otherwise be ignored, and the request would do more than the client
 * meant (a {@code DELETE} of the state with a misspelt {@code stateId} deletes every document of
 * the scope); a repeated one leaves unclear which value counts.
 */
public final class QueryParameters {

  private QueryParameters() {}

  /**
   * @param resource the method and resource, for the message, e.g. {@code GET /statements}
   * @throws InvalidStatement naming the first unknown or repeated parameter
   */
  public static void check(
      Map<String, List<String>> parameters, Set<String> allowed, String resource) {
    for (var entry : parameters.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        throw new InvalidStatement(
            excerpt(entry.getKey()),
            "is not a parameter of " + resource + "; allowed: " + new TreeSet<>(allowed));
      }
      if (entry.getValue().size() > 1) {
        throw new InvalidStatement(entry.getKey(), "must be given once");
      }
    }
  }

  private static String excerpt(String name) {
    return name.length() <= 60 ? name : name.substring(0, 60) + "…";
  }
}
