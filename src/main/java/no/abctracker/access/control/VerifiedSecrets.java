package no.abctracker.access.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import no.abctracker.cluster.control.DataGrid;

/**
 * Remembers, for a short while, who a (name, secret) pair that passed the slow PBKDF2 check belongs
 * to, keeping only a SHA-256 of the secret. An LMS posting hundreds of statements a second then
 * pays PBKDF2 and the database look-up once per {@link #TTL}.
 *
 * <p>Revoking or rotating ({@link #forget}) must hold on every node at once: each name has a
 * generation in the cluster's {@link DataGrid}, which {@code forget} raises, and a remembered pair
 * counts only while its generation is the current one. So a node asks the grid once per request (no
 * PBKDF2, no database), and a pair checked against the old secret while the rotation was committing
 * is never trusted afterwards: the generation is raised again after the commit.
 */
@ApplicationScoped
public class VerifiedSecrets {

  static final Duration TTL = Duration.ofMinutes(5);
  static final String GENERATIONS = "abc.verified-secrets.generations";

  private final Map<String, Entry> verified = new ConcurrentHashMap<>();
  private final Clock clock;
  private ConcurrentMap<String, Long> generations;

  @Inject DataGrid grid;
  @Resource TransactionSynchronizationRegistry transactions;

  public VerifiedSecrets() {
    this.clock = Clock.systemUTC();
  }

  /** One node of a cluster whose nodes share {@code generations}. */
  VerifiedSecrets(Clock clock, ConcurrentMap<String, Long> generations) {
    this.clock = clock;
    this.generations = generations;
  }

  @PostConstruct
  void shareGenerations() {
    generations = grid.map(GENERATIONS);
  }

  /**
   * Who {@code name} with {@code secret} is: from memory if checked recently and not forgotten
   * since on any node, else from {@code slowCheck}, which answers empty for an unknown name or a
   * wrong secret.
   */
  public <T> Optional<T> verify(String name, String secret, Supplier<Optional<T>> slowCheck) {
    byte[] digest = SecretHashing.sha256(secret);
    long generation = generations.getOrDefault(name, 0L);
    Entry entry = verified.get(name);
    Instant now = clock.instant();
    if (entry != null
        && entry.generation == generation
        && entry.expires.isAfter(now)
        && MessageDigest.isEqual(entry.digest, digest)) {
      @SuppressWarnings("unchecked")
      T who = (T) entry.who;
      return Optional.of(who);
    }
    Optional<T> who = slowCheck.get();
    who.ifPresent(w -> verified.put(name, new Entry(digest, w, now.plus(TTL), generation)));
    return who;
  }

  /**
   * Forgets {@code name} on every node, now and again when the caller's transaction (which changes
   * the secret) has ended: a node that read the old secret before the commit cannot keep it.
   */
  public void forget(String name) {
    raiseGeneration(name);
    if (transactions != null && transactions.getTransactionKey() != null) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // nothing: the secret is not changed until the commit
            }

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                raiseGeneration(name);
              }
            }
          });
    }
  }

  private void raiseGeneration(String name) {
    generations.merge(name, 1L, Long::sum);
    verified.remove(name);
  }

  private record Entry(byte[] digest, Object who, Instant expires, long generation) {}
}
