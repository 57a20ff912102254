package no.abctracker.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * ABC Tracker as operators run it: the runnable bundle {@code package} built ({@code
 * target/abc-tracker.jar}), started with {@code java -jar … --port N} on a free port with the given
 * settings (as system properties), its output in a log file beside the jar.
 */
public final class JarNode implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

  private final Process process;
  private final URL url;
  private final File log;

  private JarNode(Process process, URL url, File log) {
    this.process = process;
    this.url = url;
    this.log = log;
  }

  /** Starts the bundle; it may still be booting (see {@link #awaitReady()}). */
  public static JarNode launch(String name, Map<String, String> settings) throws IOException {
    File war = new File(System.getProperty("abc.war", "target/abc-tracker.war"));
    File jar = new File(war.getParentFile(), "abc-tracker.jar");
    if (!jar.isFile()) {
      throw new IllegalStateException(jar + " is missing: run the ITs through Maven (verify)");
    }
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx512m");
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("-jar", jar.getPath(), "--port", String.valueOf(port), "--nocluster"));
    File log = new File(war.getParentFile(), name + "-" + port + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    return new JarNode(process, URI.create("http://127.0.0.1:" + port + "/").toURL(), log);
  }

  /** Starts the bundle and waits until it is ready. */
  public static JarNode start(String name, Map<String, String> settings)
      throws IOException, InterruptedException {
    JarNode node = launch(name, settings);
    node.awaitReady();
    return node;
  }

  public URL url() {
    return url;
  }

  public Process process() {
    return process;
  }

  public String log() throws IOException {
    return Files.readString(log.toPath());
  }

  /** Waits until {@code /health/ready} answers 200; fails if the process exits first. */
  public void awaitReady() throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "ABC Tracker exited with " + process.exitValue() + " while starting; see " + log);
      }
      try {
        HttpResponse<Void> ready =
            client.send(
                HttpRequest.newBuilder(URI.create(url + "health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    close();
    throw new IllegalStateException(
        "ABC Tracker did not start in " + START_TIMEOUT + "; see " + log);
  }

  /** The process ends at once, as on a crash: no shutdown hooks. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
