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

  /**
   * The URL with bounded connect and socket timeouts unless it sets its own: without them the
   * driver waits 30 s for a connection and forever for an answer from a server that vanished
   * without closing the connection (a network partition), and so does the request.
   */
  static String withTimeouts(String url) {
    String withConnect =
        hasParameter(url, "connectTimeout")
            ? url
            : withParameter(url, "connectTimeout=" + CONNECT_TIMEOUT_MILLIS);
    return hasParameter(withConnect, "socketTimeout")
        ? withConnect
        : withParameter(withConnect, "socketTimeout=" + SOCKET_TIMEOUT_MILLIS);
  }

  static final int CONNECT_TIMEOUT_MILLIS = 3000;

  /** Far above any query of the application (reports at the size of Oslo take 0.1 s). */
  static final int SOCKET_TIMEOUT_MILLIS = 60_000;

  private static boolean hasParameter(String url, String name) {
    int query = url.indexOf('?');
    if (query < 0) {
      return false;
    }
    for (String pair : url.substring(query + 1).split("&")) {
      if (pair.split("=", 2)[0].equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static String withParameter(String url, String pair) {
    return url + (url.indexOf('?') < 0 ? "?" : "&") + pair;
  }

  /** The same URL without the database, to connect before the database exists. */
  static String serverUrl(String url) {
    String name = databaseName(url).orElseThrow();
    int at = url.indexOf("/" + name, url.indexOf("//") + 2);
    return url.substring(0, at + 1) + url.substring(at + 1 + name.length());
  }
}
