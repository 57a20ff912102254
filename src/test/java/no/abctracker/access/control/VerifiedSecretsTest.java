package no.abctracker.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Two nodes of a cluster, each with its own memory of verified secrets and one shared map of
 * generations (the data grid): forgetting a name on one node holds on the other at once.
 */
class VerifiedSecretsTest {

  final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
  final ConcurrentMap<String, Long> grid = new ConcurrentHashMap<>();
  final VerifiedSecrets node1 = new VerifiedSecrets(clock, grid);
  final VerifiedSecrets node2 = new VerifiedSecrets(clock, grid);

  /** The database: the secret that is valid now, and how often it was asked. */
  final AtomicReference<String> stored = new AtomicReference<>("old-secret");

  final AtomicInteger slowChecks = new AtomicInteger();

  Optional<String> check(VerifiedSecrets node, String secret) {
    return node.verify(
        "lrs:key",
        secret,
        () -> {
          slowChecks.incrementAndGet();
          return secret.equals(stored.get()) ? Optional.of("client") : Optional.empty();
        });
  }

  @Test
  void aRememberedSecretSkipsTheSlowCheck() {
    assertThat(check(node2, "old-secret")).contains("client");
    assertThat(check(node2, "old-secret")).contains("client");
    assertThat(slowChecks).hasValue(1);
    assertThat(check(node2, "wrong")).isEmpty();
    assertThat(slowChecks).hasValue(2);
  }

  @Test
  void aSecretRotatedOnOneNodeStopsWorkingOnTheOtherAtOnce() {
    assertThat(check(node2, "old-secret")).contains("client");

    stored.set("new-secret");
    node1.forget("lrs:key");

    assertThat(check(node2, "old-secret")).as("the old secret on the other node").isEmpty();
    assertThat(check(node2, "new-secret")).contains("client");
    assertThat(check(node1, "new-secret")).contains("client");
  }

  @Test
  void aCheckThatReadTheOldSecretDuringTheRotationIsNotKept() {
    // node2 reads the old secret while node1's rotation commits: forget runs before and after
    // the commit, the second time while node2's slow check is still under way.
    node2.verify(
        "lrs:key",
        "old-secret",
        () -> {
          Optional<String> who = Optional.of("client");
          stored.set("new-secret");
          node1.forget("lrs:key");
          return who;
        });

    assertThat(check(node2, "old-secret")).isEmpty();
  }

  @Test
  void otherNamesStayRemembered() {
    node2.verify("lrs:other", "s", () -> Optional.of("other"));
    node1.forget("lrs:key");
    assertThat(node2.verify("lrs:other", "s", Optional::empty)).contains("other");
  }
}
