package no.abctracker.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real OpenID Connect provider for the tests: Keycloak's server distribution from Maven Central
 * (unpacked by Maven into {@code target/keycloak}), started in development mode on a free port with
 * the newer JDK it needs and the realm of {@code src/test/resources/keycloak/abc-realm.json}
 * imported into a fresh database. {@link #start()} returns at once, so that Payara can boot
 * meanwhile; {@link #awaitReady()} waits for the realm.
 */
public final class Keycloak implements AutoCloseable {

  public static final String REALM = "abc";
  private static final Duration READY_WITHIN = Duration.ofMinutes(6);

  private final Process process;
  private final int port;
  private final Path log;
  private volatile boolean ready;

  private Keycloak(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts Keycloak in the background. */
  public static Keycloak start() {
    Path home = Path.of(System.getProperty("abc.keycloak.home", "target/keycloak/none"));
    Path java =
        Path.of(System.getProperty("abc.keycloak.java", "/usr/lib/jvm/temurin-25-jdk-amd64"));
    if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException(
          home + " has no Keycloak: run the ITs through Maven (pre-integration-test unpacks it)");
    }
    if (!Files.isExecutable(java.resolve("bin/java"))) {
      throw new IllegalStateException(
          "Keycloak needs JDK 21 or newer at "
              + java
              + " (-Dabc.keycloak.java=<JAVA_HOME> to use another)");
    }
    try {
      Path data = home.resolve("data");
      deleteTree(data);
      Files.createDirectories(data.resolve("import"));
      try (InputStream realm = Keycloak.class.getResourceAsStream("/keycloak/abc-realm.json")) {
        Files.copy(
            realm, data.resolve("import/abc-realm.json"), StandardCopyOption.REPLACE_EXISTING);
      }
      int port = freePort();
      Path log = home.resolve("keycloak.log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  // below Payara, which boots at the same time and must answer within its time-out
                  "nice",
                  "-n",
                  "10",
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--import-realm",
                  "--http-host=127.0.0.1",
                  "--http-port=" + port,
                  "--http-management-port=" + freePort(),
                  "--cache=local")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("JAVA_HOME", java.toString());
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-" + port);
      Keycloak keycloak = new Keycloak(builder.start(), port, log);
      // also when the test JVM ends without its @AfterAll (a failed deployment)
      Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close));
      return keycloak;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The issuer of the test realm, as the provider names itself. */
  public String issuer() {
    return "http://127.0.0.1:" + port + "/realms/" + REALM;
  }

  /** Waits until the realm answers its discovery document; fails with the log's tail if not. */
  public Keycloak awaitReady() {
    if (ready) {
      return this;
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(READY_WITHIN);
    URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped:\n" + tail());
      }
      try {
        HttpResponse<String> answer =
            client.send(
                HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          ready = true;
          return this;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep();
    }
    throw new IllegalStateException(
        "Keycloak was not ready within " + READY_WITHIN + ":\n" + tail());
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private String tail() {
    try {
      String text = Files.readString(log);
      return text.substring(Math.max(0, text.length() - 4000));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
