package no.abctracker.progress;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.abctracker.testsupport.AppDeployment;

/**
 * A second application node for the tests that need two: the runnable bundle that {@code package}
 * built ({@code target/abc-tracker.jar}), started as operators start it, on a free port, against
 * the same IT database as the Arquillian node. Stopped (and waited for) on {@link #close()}.
 */
final class SecondNode implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final Process process;
  private final URL url;

  private SecondNode(Process process, URL url) {
    this.process = process;
    this.url = url;
  }

  static SecondNode start() throws IOException, InterruptedException {
    File war = new File(System.getProperty("abc.war", "target/abc-tracker.war"));
    File jar = new File(war.getParentFile(), "abc-tracker.jar");
    if (!jar.isFile()) {
      throw new IllegalStateException(jar + " is missing: run the ITs through Maven (verify)");
    }
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    File log = new File(war.getParentFile(), "second-node-" + port + ".log");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx512m",
                    "-DABC_DB_URL=" + System.getProperty("abc.it.db.url"),
                    "-DABC_ADMIN_USER=" + AppDeployment.ADMIN_USER,
                    "-DABC_ADMIN_PASSWORD=" + AppDeployment.ADMIN_PASSWORD,
                    "-jar",
                    jar.getPath(),
                    "--port",
                    String.valueOf(port),
                    "--nocluster"))
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start();
    SecondNode node = new SecondNode(process, URI.create("http://127.0.0.1:" + port + "/").toURL());
    node.awaitReady(log);
    return node;
  }

  URL url() {
    return url;
  }

  private void awaitReady(File log) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The second node exited; see " + log);
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
        "The second node did not start in " + START_TIMEOUT + "; see " + log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
