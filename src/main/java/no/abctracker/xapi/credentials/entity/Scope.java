package no.abctracker.xapi.credentials.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The xAPI scopes an LRS client may hold (xAPI 1.0.3 §4.2 "OAuth Scope"), by their wire names.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/1.0.3/xAPI-Communication.md#oauth-authorization-scope">Scopes</a>
 */
public enum Scope {
  STATEMENTS_WRITE("statements/write"),
  STATEMENTS_READ("statements/read"),
  STATEMENTS_READ_MINE("statements/read/mine"),
  STATE("state"),
  PROFILE("profile"),
  DEFINE("define"),
  ALL_READ("all/read"),
  ALL("all");

  private final String wireName;

  Scope(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<Scope> fromWireName(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
  }
}
