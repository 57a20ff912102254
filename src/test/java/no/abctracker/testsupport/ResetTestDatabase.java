package no.abctracker.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops and re-creates the integration-test database before the application under test starts, so
 * that every test run begins from the migrations alone. Run by Maven before the ITs.
 */
public final class ResetTestDatabase {

  private ResetTestDatabase() {}

  public static void main(String[] args) throws SQLException {
    String url = args[0];
    int slash = url.lastIndexOf('/');
    int query = url.indexOf('?', slash);
    String database = url.substring(slash + 1, query < 0 ? url.length() : query);
    if (!database.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("Not a plain database name: " + database);
    }
    String serverUrl = url.substring(0, slash + 1);
    try (Connection connection = DriverManager.getConnection(serverUrl, "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
      statement.execute(
          "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
  }
}
