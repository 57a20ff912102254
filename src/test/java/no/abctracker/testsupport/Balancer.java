package no.abctracker.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real HAProxy (Debian's {@code haproxy}) with the operators' configuration {@code
 * docker/haproxy.cfg}, listening on a loopback port in front of two application nodes: round robin,
 * health checks on {@code /health/ready}, no sticky sessions.
 */
public final class Balancer implements AutoCloseable {

  public static final String HAPROXY = "/usr/sbin/haproxy";

  private final Process process;
  private final URL url;

  private Balancer(Process process, URL url) {
    this.process = process;
    this.url = url;
  }

  /** The configuration shipped for operators, found from the working directory upwards. */
  public static File configuration() {
    for (File dir = new File("").getAbsoluteFile(); dir != null; dir = dir.getParentFile()) {
      File cfg = new File(dir, "docker/haproxy.cfg");
      if (cfg.isFile()) {
        return cfg;
      }
    }
    throw new IllegalStateException(
        "docker/haproxy.cfg not found above " + new File("").getAbsolutePath());
  }

  /** HAProxy on 127.0.0.1:{@code port} in front of {@code node1} and {@code node2}. */
  public static Balancer start(int port, int node1, int node2, File log)
      throws InterruptedException {
    if (!new File(HAPROXY).canExecute()) {
      throw new IllegalStateException(
          "The cluster tests need Debian's HAProxy: apt-get install -y haproxy");
    }
    ProcessBuilder builder =
        new ProcessBuilder(List.of(HAPROXY, "-db", "-f", configuration().getPath()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    builder.environment().put("ABC_BALANCER_BIND", "127.0.0.1:" + port);
    builder.environment().put("ABC_NODE1", "127.0.0.1:" + node1);
    builder.environment().put("ABC_NODE2", "127.0.0.1:" + node2);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < 100; i++) {
      if (!process.isAlive()) {
        throw new IllegalStateException("HAProxy exited; see " + log);
      }
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return new Balancer(process, BundleNode.url("http://127.0.0.1:" + port + "/"));
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("HAProxy did not listen on " + port + "; see " + log);
  }

  public URL url() {
    return url;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
