package no.abctracker.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The threads of every Payara Micro on this machine that are inside a given piece of the
 * application, read with {@code jcmd Thread.print}: for a failure message, when a test waited in
 * vain for something a server thread should have done and the failure cannot be rerun at will.
 */
public final class ServerThreads {

  private static final int FRAMES = 40;

  private ServerThreads() {}

  /** Every thread whose stack mentions {@code fragment}, per Payara Micro process. */
  public static String mentioning(String fragment) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    List<ProcessHandle> servers =
        ProcessHandle.allProcesses()
            .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
            .toList();
    StringBuilder out = new StringBuilder();
    for (ProcessHandle server : servers) {
      out.append(String.format("%n-- Payara Micro pid %d:", server.pid()));
      try {
        Process dump =
            new ProcessBuilder(jcmd.toString(), Long.toString(server.pid()), "Thread.print")
                .redirectErrorStream(true)
                .start();
        String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        dump.waitFor(30, TimeUnit.SECONDS);
        // Thread.print separates threads by blank lines.
        String threads =
            List.of(text.split("\\R\\R")).stream()
                .filter(thread -> thread.contains(fragment))
                .map(ServerThreads::top)
                .collect(Collectors.joining(String.format("%n%n")));
        out.append(threads.isEmpty() ? " no thread in " + fragment : String.format("%n") + threads);
      } catch (IOException e) {
        out.append(" jcmd failed: ").append(e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        out.append(" interrupted");
      }
    }
    return out.toString();
  }

  /** The thread's name and the innermost frames: where it is and what called it. */
  private static String top(String thread) {
    return thread.lines().limit(FRAMES).collect(Collectors.joining(String.format("%n")));
  }
}
