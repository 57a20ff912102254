package no.abctracker.bench;

import java.util.Arrays;
import java.util.List;

/** Every request's latency in nanoseconds, kept exactly (runs are bounded in count). */
final class Latencies {

  private long[] nanos = new long[1 << 14];
  private int size;

  void record(long elapsedNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = elapsedNanos;
  }

  int count() {
    return size;
  }

  static Latencies merge(List<Latencies> parts) {
    Latencies all = new Latencies();
    all.nanos = new long[Math.max(1, parts.stream().mapToInt(p -> p.size).sum())];
    for (Latencies part : parts) {
      System.arraycopy(part.nanos, 0, all.nanos, all.size, part.size);
      all.size += part.size;
    }
    Arrays.sort(all.nanos, 0, all.size);
    return all;
  }

  /** On a merged (sorted) instance: the latency at quantile q, in milliseconds. */
  double millisAt(double q) {
    if (size == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(q * size) - 1;
    return nanos[Math.min(size - 1, Math.max(0, index))] / 1e6;
  }

  String summary() {
    return summary(0.50, 0.90, 0.99);
  }

  /** On a merged instance: the given quantiles (0.95 prints as p95) and the maximum. */
  String summary(double... quantiles) {
    StringBuilder out = new StringBuilder();
    for (double q : quantiles) {
      out.append(String.format("p%s %.1f ms  ", trim(q * 100), millisAt(q)));
    }
    return out.append(String.format("max %.1f ms", millisAt(1.0))).toString();
  }

  private static String trim(double percent) {
    return percent == Math.rint(percent)
        ? String.valueOf((long) percent)
        : String.valueOf(percent).replaceAll("0+$", "");
  }
}
