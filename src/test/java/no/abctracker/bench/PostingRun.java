package no.abctracker.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients posting generated statements in batches, each on its own platform thread, until a time
 * limit or a statement count is reached (whichever comes first). Every non-2xx answer is an error,
 * counted by status; the first few bodies are kept to print.
 */
final class PostingRun {

  record Result(
      long statements,
      long requests,
      Map<Integer, Long> errorsByStatus,
      List<String> errorSamples,
      Latencies latencies,
      Duration elapsed) {

    long errors() {
      return errorsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    double statementsPerSecond() {
      return statements / (elapsed.toNanos() / 1e9);
    }

    double requestsPerSecond() {
      return requests / (elapsed.toNanos() / 1e9);
    }

    String report(String title) {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "%s: %,d statements in %,d requests in %.1f s%n"
                  + "  %,.0f statements/s  %,.1f requests/s%n"
                  + "  latency per request: %s%n"
                  + "  errors (non-2xx or I/O): %,d %s%n",
              title,
              statements,
              requests,
              elapsed.toNanos() / 1e9,
              statementsPerSecond(),
              requestsPerSecond(),
              latencies.summary(),
              errors(),
              errorsByStatus.isEmpty() ? "" : errorsByStatus));
      errorSamples.forEach(s -> out.append("    e.g. ").append(s).append('\n'));
      return out.toString();
    }
  }

  private final Lrs lrs;
  private final List<StatementGenerator> generators;
  private final int batch;

  /** One generator per client: the client count is the generator count. */
  PostingRun(Lrs lrs, List<StatementGenerator> generators, int batch) {
    this.lrs = lrs;
    this.generators = generators;
    this.batch = batch;
  }

  Result run(Duration limit, long maxStatements) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    AtomicLong claimed = new AtomicLong();
    AtomicLong stored = new AtomicLong();
    AtomicLong requests = new AtomicLong();
    Map<Integer, Long> errors = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    List<Latencies> perClient = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(generators.size());
    List<Future<?>> running = new ArrayList<>();
    long start = System.nanoTime();
    for (StatementGenerator generator : generators) {
      Latencies latencies = new Latencies();
      perClient.add(latencies);
      running.add(
          clients.submit(
              () -> {
                while (System.nanoTime() < deadline) {
                  long first = claimed.getAndAdd(batch);
                  if (first >= maxStatements) {
                    break;
                  }
                  int size = (int) Math.min(batch, maxStatements - first);
                  List<StatementGenerator.Generated> statements = new ArrayList<>(size);
                  for (int i = 0; i < size; i++) {
                    statements.add(generator.next());
                  }
                  Lrs.Answer answer = lrs.post(statements);
                  latencies.record(answer.nanos());
                  requests.incrementAndGet();
                  if (answer.ok()) {
                    stored.addAndGet(size);
                  } else {
                    errors.merge(answer.status(), 1L, Long::sum);
                    if (samples.size() < 3) {
                      samples.add(
                          answer.status()
                              + " "
                              + answer.body().substring(0, Math.min(300, answer.body().length())));
                    }
                  }
                }
                return null;
              }));
    }
    clients.shutdown();
    if (!clients.awaitTermination(limit.toSeconds() + 120, TimeUnit.SECONDS)) {
      clients.shutdownNow();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("A client failed", e.getCause());
      }
    }
    return new Result(
        stored.get(),
        requests.get(),
        Map.copyOf(errors),
        List.copyOf(samples),
        Latencies.merge(perClient),
        elapsed);
  }
}
