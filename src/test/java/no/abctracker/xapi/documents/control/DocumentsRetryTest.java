package no.abctracker.xapi.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import no.abctracker.problems.PreconditionFailed;
import org.junit.jupiter.api.Test;

class DocumentsRetryTest {

  @Test
  void anUnconditionalWriteThatLostARaceIsRetried() {
    AtomicInteger attempts = new AtomicInteger();
    String result =
        Documents.retried(
            Preconditions.none(),
            () -> {
              if (attempts.incrementAndGet() < 3) {
                throw new ConcurrentChange();
              }
              return "stored";
            });
    assertThat(result).isEqualTo("stored");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void aConditionalWriteThatLostARaceFails412WithoutRetry() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                Documents.retried(
                    new Preconditions("\"abc\"", null),
                    () -> {
                      attempts.incrementAndGet();
                      throw new ConcurrentChange();
                    }))
        .isInstanceOf(PreconditionFailed.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void retriesStopAfterAFewAttemptsWith409() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                Documents.retried(
                    Preconditions.none(),
                    () -> {
                      attempts.incrementAndGet();
                      throw new ConcurrentChange();
                    }))
        .isInstanceOf(ConcurrentChange.class);
    assertThat(attempts).hasValue(Documents.ATTEMPTS);
  }
}
