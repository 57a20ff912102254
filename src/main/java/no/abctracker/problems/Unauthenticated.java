package no.abctracker.problems;

import java.util.Map;

/** No valid credentials: 401 with a {@code WWW-Authenticate} challenge for HTTP Basic. */
public class Unauthenticated extends Problem {

  private final String realm;

  public Unauthenticated(String realm, String detail) {
    super(401, "Unauthorized", detail);
    this.realm = realm;
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
  }
}
