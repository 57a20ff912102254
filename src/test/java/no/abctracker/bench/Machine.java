package no.abctracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the figures were measured on: cores, memory, the MariaDB server and its durability. */
final class Machine {

  private Machine() {}

  static String describe(String serverUrl, String user, String password) {
    StringBuilder out = new StringBuilder();
    out.append("machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ")
        .append(memory())
        .append(", Java ")
        .append(System.getProperty("java.version"))
        .append('\n');
    try (Connection c = DriverManager.getConnection(serverUrl, user, password);
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT VERSION()")) {
        r.next();
        out.append("MariaDB ").append(r.getString(1));
      }
      try (ResultSet r =
          s.executeQuery(
              "SHOW GLOBAL VARIABLES WHERE Variable_name IN ('innodb_flush_log_at_trx_commit',"
                  + " 'sync_binlog', 'log_bin', 'innodb_buffer_pool_size', 'innodb_doublewrite',"
                  + " 'innodb_flush_method')")) {
        while (r.next()) {
          out.append(", ").append(r.getString(1)).append('=').append(r.getString(2));
        }
      }
    } catch (SQLException e) {
      out.append("MariaDB: cannot ask (").append(e.getMessage()).append(')');
    }
    return out.toString();
  }

  private static String memory() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(l -> l.startsWith("MemTotal:"))
          .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB RAM")
          .findFirst()
          .orElse("RAM unknown");
    } catch (IOException e) {
      return "RAM unknown";
    }
  }
}
