package no.abctracker.configuration;

import java.util.Optional;

/** Splits a MariaDB JDBC URL into the server part and the database name. */
final class DatabaseUrl {

  private DatabaseUrl() {}

  static Optional<String> databaseName(String url) {
    int hostStart = url.indexOf("//");
    int slash = hostStart < 0 ? -1 : url.indexOf('/', hostStart + 2);
    if (slash < 0) {
      return Optional.empty();
    }
    int query = url.indexOf('?', slash);
    String name = url.substring(slash + 1, query < 0 ? url.length() : query);
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  /** The same URL without the database, to connect before the database exists. */
  static String serverUrl(String url) {
    String name = databaseName(url).orElseThrow();
    int at = url.indexOf("/" + name, url.indexOf("//") + 2);
    return url.substring(0, at + 1) + url.substring(at + 1 + name.length());
  }
}
