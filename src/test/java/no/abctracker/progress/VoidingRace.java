package no.abctracker.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import no.abctracker.testsupport.AbcStatements;
import no.abctracker.testsupport.Http;

/**
 * Posts a statement and its voiding statement at the same moment, round after round, as an LMS that
 * withdraws a completion right after sending it: one thread posts the target, the other the voiding
 * statement, released together by a barrier. The rounds take turns: the target in a batch of ten or
 * alone, and which request leaves first (the other follows within a millisecond or two). With two
 * nodes, the target and the voiding statement go to different nodes, alternating.
 */
final class VoidingRace {

  /** What one race sent and what was lost. */
  record Result(int rounds, List<String> targets, List<String> lost) {
    String summary() {
      return rounds + " rounds, " + lost.size() + " voided statements still counted (lost voids)";
    }
  }

  private static final String MODULE_A = ProgressIT.ABC + "/modules/a";
  private static final String MODULE_B = ProgressIT.ABC + "/modules/b";
  private static final int BATCH = 10;

  private VoidingRace() {}

  /**
   * Every target is a completion of module A by {@code email}'s person (each with its own
   * timestamp); the rest of a batch are attempts on module B, which count for nothing. So a lost
   * voiding shows as a completed module A.
   */
  static Result run(List<Http> nodes, String email, int rounds) throws Exception {
    List<String> targets = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    try {
      for (int round = 0; round < rounds; round++) {
        String target = UUID.randomUUID().toString();
        targets.add(target);
        String timestamp = start.plus(Duration.ofMinutes(round)).toString();
        String completion =
            AbcStatements.statement(
                target, ProgressIT.mbox(email), ProgressIT.COMPLETED, MODULE_A, timestamp);
        boolean inBatch = round % 4 < 2;
        boolean voidingFirst = round % 2 == 1;
        String targetBody = inBatch ? batchAround(completion, email, timestamp) : completion;
        String voidingBody = ProgressIT.voiding(target);
        Http targetNode = nodes.get(round % nodes.size());
        Http voidingNode = nodes.get((round + 1) % nodes.size());
        CyclicBarrier together = new CyclicBarrier(2);
        Future<HttpResponse<String>> stored =
            pool.submit(() -> post(targetNode, targetBody, together, !voidingFirst));
        Future<HttpResponse<String>> voided =
            pool.submit(() -> post(voidingNode, voidingBody, together, voidingFirst));
        HttpResponse<String> storedResponse = stored.get(1, TimeUnit.MINUTES);
        HttpResponse<String> voidedResponse = voided.get(1, TimeUnit.MINUTES);
        assertThat(storedResponse.statusCode()).as(storedResponse.body()).isEqualTo(200);
        assertThat(voidedResponse.statusCode()).as(voidedResponse.body()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    List<String> lost = new ArrayList<>();
    for (String target : targets) {
      Http reader = nodes.get(0);
      int asStatement = reader.get("xapi/statements?statementId=" + target).statusCode();
      int asVoided = reader.get("xapi/statements?voidedStatementId=" + target).statusCode();
      if (asStatement != 404 || asVoided != 200) {
        lost.add(target);
      }
    }
    return new Result(rounds, targets, lost);
  }

  private static String batchAround(String completion, String email, String timestamp) {
    StringBuilder batch = new StringBuilder("[");
    int at = ThreadLocalRandom.current().nextInt(BATCH);
    for (int i = 0; i < BATCH; i++) {
      batch.append(i == 0 ? "" : ",");
      batch.append(
          i == at
              ? completion
              : AbcStatements.statement(
                  null, ProgressIT.mbox(email), ProgressIT.ATTEMPTED, MODULE_B, timestamp));
    }
    return batch.append(']').toString();
  }

  private static HttpResponse<String> post(
      Http node, String body, CyclicBarrier together, boolean first) throws Exception {
    together.await(1, TimeUnit.MINUTES);
    if (!first) {
      long until = System.nanoTime() + ThreadLocalRandom.current().nextLong(2_000_000);
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
    }
    return node.post("xapi/statements", body);
  }
}
