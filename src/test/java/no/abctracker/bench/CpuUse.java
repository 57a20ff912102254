package no.abctracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time used during a run, from /proc: by the LRS server, MariaDB, this program and everything
 * else on the machine. The machine may be shared, so the figures say how much of the two cores the
 * LRS actually had, and what one statement costs in CPU whatever else ran.
 */
final class CpuUse {

  private static final double TICKS_PER_SECOND = 100.0;

  private final Map<String, Long> processes = new LinkedHashMap<>();
  private final long[] machine;

  private CpuUse(Map<String, Long> pids) {
    pids.forEach((name, pid) -> processes.put(name, ticks(pid)));
    this.machine = machineTicks();
  }

  /** The LRS server (the java process whose arguments name the port), MariaDB, this program. */
  static Map<String, Long> watched(int serverPort) {
    Map<String, Long> pids = new LinkedHashMap<>();
    ProcessHandle.allProcesses()
        .filter(
            p -> {
              String line = p.info().commandLine().orElse("");
              return line.contains("abc-tracker.jar") && line.contains("--port " + serverPort);
            })
        .findFirst()
        .ifPresent(p -> pids.put("LRS server", p.pid()));
    ProcessHandle.allProcesses()
        .filter(p -> p.info().command().orElse("").endsWith("mariadbd"))
        .findFirst()
        .ifPresent(p -> pids.put("MariaDB", p.pid()));
    pids.put("this benchmark", ProcessHandle.current().pid());
    return pids;
  }

  static CpuUse now(Map<String, Long> pids) {
    return new CpuUse(pids);
  }

  /** What was used since {@code before}, in core-seconds, with per-1000-statement costs. */
  String since(CpuUse before, double seconds, long statements) {
    return since(before, seconds, statements, 1000, "ms/1000 st");
  }

  /** The same, with the cost per {@code per} of {@code count} things, labelled {@code unit}. */
  String since(CpuUse before, double seconds, long count, int per, String unit) {
    long statements = count;
    StringBuilder out = new StringBuilder("  CPU (core-seconds) during the run:");
    long busy = machine[0] - before.machine[0];
    long total = machine[1] - before.machine[1];
    int cores = Runtime.getRuntime().availableProcessors();
    long known = 0;
    for (var e : processes.entrySet()) {
      long used = e.getValue() - before.processes.getOrDefault(e.getKey(), e.getValue());
      known += used;
      out.append(String.format(" %s %.1f", e.getKey(), used / TICKS_PER_SECOND));
      if (statements > 0 && !e.getKey().equals("this benchmark")) {
        out.append(
            String.format(" (%.1f %s)", used * 1000.0 / TICKS_PER_SECOND / statements * per, unit));
      }
      out.append(';');
    }
    out.append(
        String.format(" other processes %.1f", Math.max(0, busy - known) / TICKS_PER_SECOND));
    out.append(
        String.format(
            "%n  machine busy %.0f%% of %d cores over %.1f s%n",
            total == 0 ? 0 : 100.0 * busy / total, cores, seconds));
    return out.toString();
  }

  /** Core-seconds the named process ({@link #watched}) used since {@code before}; 0 if unknown. */
  double seconds(CpuUse before, String process) {
    Long now = processes.get(process);
    Long then = before.processes.get(process);
    return now == null || then == null ? 0 : (now - then) / TICKS_PER_SECOND;
  }

  private static long ticks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields after the command: state is f[0]; utime is field 14 overall, i.e. f[11]; stime f[12]
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** Busy and total ticks of all cores from the first line of /proc/stat. */
  private static long[] machineTicks() {
    try {
      Optional<String> cpu =
          Files.readAllLines(Path.of("/proc/stat")).stream()
              .filter(l -> l.startsWith("cpu "))
              .findFirst();
      long[] v =
          Arrays.stream(cpu.orElseThrow().substring(4).trim().split("\\s+"))
              .mapToLong(Long::parseLong)
              .toArray();
      long total = Arrays.stream(v).limit(8).sum();
      long idle = v[3] + v[4];
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }
}
