package no.abctracker.xapi.credentials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.abctracker.access.control.SecretHashing;
import no.abctracker.access.control.SignInThrottle;
import no.abctracker.access.control.VerifiedSecrets;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.NotFound;
import no.abctracker.xapi.credentials.entity.LrsClient;
import no.abctracker.xapi.credentials.entity.Scope;

/** Creates LRS clients, rotates their secrets and authenticates their requests. */
@ApplicationScoped
public class LrsClients {

  @PersistenceContext EntityManager em;
  @Inject VerifiedSecrets verifiedSecrets;
  @Inject SignInThrottle throttle;
  @Inject Clock clock;

  /** A new client and its secret, which is shown this once and stored only as a hash. */
  public record Issued(LrsClient client, String secret) {}

  /**
   * The client of {@code key} with {@code secret}; a secret not verified lately is checked under
   * the sign-in throttle for the key and the client {@code address}.
   *
   * @throws no.abctracker.access.control.TooManySignInAttempts while the key or address is locked
   */
  public Optional<LrsCaller> authenticate(String key, String secret, String address) {
    return verifiedSecrets.verify(
        "lrs:" + key,
        secret,
        () ->
            throttle.check(
                "lrs",
                key,
                address,
                () ->
                    findByKey(key)
                        .filter(LrsClient::enabled)
                        .filter(client -> SecretHashing.matches(secret, client.secretHash()))
                        .map(LrsClients::snapshot)));
  }

  @Transactional
  public Issued create(Municipality municipality, String name, Set<Scope> scopes) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new BadRequest("name: must be 1-200 characters");
    }
    if (scopes.isEmpty()) {
      throw new BadRequest("scopes: name at least one scope");
    }
    String key = SecretHashing.randomToken(15);
    String secret = SecretHashing.randomToken(32);
    LrsClient client =
        new LrsClient(
            municipality, name.strip(), key, SecretHashing.hash(secret), scopes, clock.instant());
    em.persist(client);
    return new Issued(client, secret);
  }

  @Transactional
  public Issued rotateSecret(Municipality municipality, String key) {
    LrsClient client = changeable(municipality, key);
    String secret = SecretHashing.randomToken(32);
    client.rotateSecret(SecretHashing.hash(secret));
    verifiedSecrets.forget("lrs:" + key);
    return new Issued(client, secret);
  }

  /** The client is refused from now on; its statements stay. */
  @Transactional
  public LrsClient disable(Municipality municipality, String key) {
    LrsClient client = changeable(municipality, key);
    client.disable();
    verifiedSecrets.forget("lrs:" + key);
    return client;
  }

  @Transactional
  public LrsClient enable(Municipality municipality, String key) {
    LrsClient client = changeable(municipality, key);
    client.enable();
    return client;
  }

  /**
   * The client is gone; the statements it stored stay, each with its authority (kept in the
   * statement as stored).
   */
  @Transactional
  public void delete(Municipality municipality, String key) {
    em.remove(changeable(municipality, key));
    verifiedSecrets.forget("lrs:" + key);
  }

  /** A client of the municipality other than ABC Tracker's own (which stays as it is). */
  private LrsClient changeable(Municipality municipality, String key) {
    LrsClient client = get(municipality, key);
    if (client.apiKey().equals(InternalClients.keyOf(municipality.code()))) {
      throw new BadRequest("ABC Tracker's own client cannot be changed or deleted");
    }
    return client;
  }

  /**
   * The clients a coordinator manages: ABC Tracker's own client (which stores what the app records)
   * is not one of them, so it is neither listed nor counted.
   */
  public List<LrsClient> of(Municipality municipality) {
    String internal = InternalClients.keyOf(municipality.code());
    return em
        .createNamedQuery(LrsClient.BY_MUNICIPALITY, LrsClient.class)
        .setParameter("municipality", municipality)
        .getResultList()
        .stream()
        .filter(c -> !c.apiKey().equals(internal))
        .toList();
  }

  public LrsClient get(Municipality municipality, String key) {
    return findByKey(key)
        .filter(c -> c.municipality().equals(municipality))
        .orElseThrow(
            () -> new NotFound("No LRS client " + key + " in municipality " + municipality.code()));
  }

  /** The client from the settings, with every scope; its secret follows the settings. */
  @Transactional
  public void ensureBootstrap(Municipality municipality, String key, String secret) {
    Optional<LrsClient> existing = findByKey(key);
    if (existing.isPresent()) {
      if (!SecretHashing.matches(secret, existing.get().secretHash())) {
        existing.get().rotateSecret(SecretHashing.hash(secret));
      }
      verifiedSecrets.forget("lrs:" + key);
      return;
    }
    em.persist(
        new LrsClient(
            municipality,
            "Bootstrap client",
            key,
            SecretHashing.hash(secret),
            EnumSet.of(Scope.ALL),
            clock.instant()));
  }

  private Optional<LrsClient> findByKey(String key) {
    return em.createNamedQuery(LrsClient.BY_KEY, LrsClient.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private static LrsCaller snapshot(LrsClient client) {
    return new LrsCaller(
        client.id(),
        client.apiKey(),
        client.name(),
        client.municipality().id(),
        client.municipality().code(),
        Set.copyOf(client.scopes()),
        LrsCaller.authorityOf(client.apiKey(), client.name()));
  }
}
