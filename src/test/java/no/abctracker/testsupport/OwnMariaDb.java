package no.abctracker.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of a test's own, to stop and kill at will: Debian's {@code mariadbd} with a
 * fresh data folder under {@code target/}, on the first free port of 3390–3399, bound to 127.0.0.1
 * (root without a password, as the machine's own server).
 */
public final class OwnMariaDb implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path folder;
  private final int port;
  private Process server;

  private OwnMariaDb(Path folder, int port) {
    this.folder = folder;
    this.port = port;
  }

  /** Installs a fresh data folder and starts the server on it. */
  public static OwnMariaDb start(String name) throws IOException, InterruptedException {
    int port = freePort();
    Path folder = Path.of("target", "mariadb-" + name + "-" + port).toAbsolutePath();
    deleteRecursively(folder);
    Files.createDirectories(folder);
    run(
        List.of(
            "mariadb-install-db",
            "--no-defaults",
            "--datadir=" + folder.resolve("data"),
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
            "--user=" + System.getProperty("user.name")),
        folder.resolve("install.log"));
    OwnMariaDb db = new OwnMariaDb(folder, port);
    db.restart();
    return db;
  }

  public int port() {
    return port;
  }

  /** The JDBC URL of {@code database} on this server. */
  public String url(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
  }

  /** Starts the server (again, on the same data), and waits until it answers. */
  public void restart() throws IOException, InterruptedException {
    server =
        new ProcessBuilder(
                "/usr/sbin/mariadbd",
                "--no-defaults",
                "--datadir=" + folder.resolve("data"),
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + folder.resolve("mariadb.sock"),
                "--pid-file=" + folder.resolve("mariadb.pid"),
                "--skip-name-resolve",
                "--innodb-buffer-pool-size=64M",
                "--user=" + System.getProperty("user.name"))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("server.log").toFile()))
            .start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!answers()) {
      if (!server.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "MariaDB on port " + port + " did not start; see " + folder.resolve("server.log"));
      }
      Thread.sleep(100);
    }
  }

  /** Whether a client can log in now. */
  public boolean answers() {
    try (Connection c =
        DriverManager.getConnection(
            "jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=1000", "root", "")) {
      return c.isValid(1);
    } catch (SQLException notYet) {
      return false;
    }
  }

  /** The server dies at once, as on a crash or a pulled plug: no clean shutdown. */
  public void kill() throws InterruptedException {
    server.destroyForcibly();
    server.waitFor(30, TimeUnit.SECONDS);
  }

  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), "root", "");
  }

  @Override
  public void close() throws InterruptedException {
    if (server != null && server.isAlive()) {
      kill();
    }
  }

  private static int freePort() {
    for (int port = 3390; port <= 3399; port++) {
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
      } catch (IOException nothingThere) {
        try (ServerSocket bind = new ServerSocket(port)) {
          return port;
        } catch (IOException taken) {
          // next
        }
      }
    }
    throw new IllegalStateException("No free port in 3390-3399 for a test database");
  }

  private static void run(List<String> command, Path log) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (var walk = Files.walk(folder)) {
      walk.forEach(paths::add);
    }
    for (int i = paths.size() - 1; i >= 0; i--) {
      File file = paths.get(i).toFile();
      if (!file.delete() && file.exists()) {
        throw new IOException("Cannot delete " + file);
      }
    }
  }
}
