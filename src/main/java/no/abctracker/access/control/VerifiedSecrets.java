package no.abctracker.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers, for a short while, who a (name, secret) pair that passed the slow PBKDF2 check belongs
 * to, keeping only a SHA-256 of the secret. An LMS posting hundreds of statements a second then
 * pays PBKDF2 and the database look-up once per {@link #TTL}. Revoking or rotating forgets the
 * entry on this node; other nodes forget it within the TTL.
 */
@ApplicationScoped
public class VerifiedSecrets {

  static final Duration TTL = Duration.ofMinutes(5);

  private final Map<String, Entry> verified = new ConcurrentHashMap<>();
  private final Clock clock;

  public VerifiedSecrets() {
    this(Clock.systemUTC());
  }

  VerifiedSecrets(Clock clock) {
    this.clock = clock;
  }

  /**
   * Who {@code name} with {@code secret} is: from memory if checked recently, else from {@code
   * slowCheck}, which answers empty for an unknown name or a wrong secret.
   */
  public <T> Optional<T> verify(String name, String secret, Supplier<Optional<T>> slowCheck) {
    byte[] digest = SecretHashing.sha256(secret);
    Entry entry = verified.get(name);
    Instant now = clock.instant();
    if (entry != null
        && entry.expires.isAfter(now)
        && MessageDigest.isEqual(entry.digest, digest)) {
      @SuppressWarnings("unchecked")
      T who = (T) entry.who;
      return Optional.of(who);
    }
    Optional<T> who = slowCheck.get();
    who.ifPresent(w -> verified.put(name, new Entry(digest, w, now.plus(TTL))));
    return who;
  }

  public void forget(String name) {
    verified.remove(name);
  }

  private record Entry(byte[] digest, Object who, Instant expires) {}
}
