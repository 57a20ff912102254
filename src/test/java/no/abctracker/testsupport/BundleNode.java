package no.abctracker.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * One application node as operators start it: the runnable bundle ({@code target/abc-tracker.jar})
 * on a port, with the settings as environment variables and Payara Micro options such as {@code
 * --clustermode}, its output in a log file. {@link #kill()} ends it like a power cut ({@code kill
 * -9}); {@link #close()} like an operator.
 */
public final class BundleNode implements AutoCloseable {

  public static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private final List<String> command;
  private final Map<String, String> environment;
  private final File log;
  private final URL url;
  private final int port;
  private Process process;
  private Duration bootTime = Duration.ZERO;

  private BundleNode(
      List<String> command, Map<String, String> environment, File log, int port, URL url) {
    this.command = command;
    this.environment = environment;
    this.log = log;
    this.port = port;
    this.url = url;
  }

  /** The bundle next to the war Maven built (the ITs get its path as {@code abc.war}). */
  public static File bundle() {
    File war = new File(System.getProperty("abc.war", "target/abc-tracker.war"));
    File jar = new File(war.getParentFile(), "abc-tracker.jar");
    if (!jar.isFile()) {
      throw new IllegalStateException(jar + " is missing: build it with ./mvnw package");
    }
    return jar;
  }

  /**
   * A node of the bundle on {@code port}, not started yet: {@code settings} are its environment
   * ({@code ABC_DB_URL}, …), {@code payaraOptions} go after {@code --port}, the output to {@code
   * log}.
   */
  public static BundleNode of(
      File bundle,
      int port,
      Map<String, String> settings,
      List<String> payaraOptions,
      String heap,
      File log) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(java, "-Xmx" + heap, "-jar", bundle.getPath(), "--port", String.valueOf(port)));
    command.addAll(payaraOptions);
    return new BundleNode(
        List.copyOf(command),
        Map.copyOf(settings),
        log,
        port,
        url("http://127.0.0.1:" + port + "/"));
  }

  /**
   * A single node (no cluster) of the bundle on a free port with these settings, its log {@code
   * name-port.log} beside the bundle.
   */
  public static BundleNode named(String name, Map<String, String> settings) {
    File jar = bundle();
    int port = freePort();
    return of(
        jar,
        port,
        settings,
        List.of("--nocluster"),
        "512m",
        new File(jar.getParentFile(), name + "-" + port + ".log"));
  }

  static URL url(String address) {
    try {
      return URI.create(address).toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(address, e);
    }
  }

  /** Starts the node (again, after {@link #kill} or {@link #close}) and waits until it is ready. */
  public BundleNode start() throws InterruptedException {
    long started = System.nanoTime();
    launch();
    awaitReady();
    bootTime = Duration.ofNanos(System.nanoTime() - started);
    return this;
  }

  /** Starts the process without waiting for it to be ready (see {@link #awaitReady()}). */
  public BundleNode launch() {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
    return this;
  }

  public URL url() {
    return url;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** From the start to the first ready answer of {@code /health/ready}. */
  public Duration bootTime() {
    return bootTime;
  }

  public File log() {
    return log;
  }

  /** What the node wrote so far. */
  public String logText() {
    try {
      return Files.readString(log.toPath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for the process to end by itself; its exit status, or empty when it still runs. */
  public java.util.OptionalInt exitWithin(Duration wait) throws InterruptedException {
    return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)
        ? java.util.OptionalInt.of(process.exitValue())
        : java.util.OptionalInt.empty();
  }

  /** Ends the process at once, as {@code kill -9}: nothing is shut down in order. */
  public void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly().waitFor();
    }
  }

  /** Waits until {@code /health/ready} answers 200; fails if the process exits first. */
  public void awaitReady() throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The node on port " + port + " exited; see " + log);
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
      Thread.sleep(250);
    }
    close();
    throw new IllegalStateException(
        "The node on port " + port + " did not start in " + START_TIMEOUT + "; see " + log);
  }

  /** Stops the node as an operator does (SIGTERM), and waits for it. */
  @Override
  public void close() throws InterruptedException {
    if (process == null) {
      return;
    }
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** A port nothing listens on now. */
  public static int freePort() {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
