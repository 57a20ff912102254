package no.abctracker.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import no.abctracker.access.entity.RememberedPhone;
import no.abctracker.access.entity.Role;
import no.abctracker.access.entity.UserAccount;
import no.abctracker.configuration.Settings;
import no.abctracker.municipalities.entity.Municipality;

/**
 * "Husk meg på denne telefonen" for staff who signed in by personal link: a random 256-bit token
 * (the cookie's value; only its SHA-256 is stored, as for sign-in links) that signs the phone in
 * again when its session is gone, for {@code ABC_REMEMBER_ME_DAYS} from the link's sign-in. Each
 * use replaces the token, so a copied cookie works at most once; signing out ends it, and a
 * coordinator can end all of a person's.
 */
@ApplicationScoped
public class RememberedPhones {

  private static final Logger LOG = Logger.getLogger(RememberedPhones.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Settings settings;
  @Inject Clock clock;

  /** A token to put in the phone's cookie, and how long the cookie should live. */
  public record Remembered(ApiUser user, String token, Duration maxAge) {}

  /** Remembers the phone of {@code user}, a staff member just signed in by link. */
  @Transactional
  public Remembered remember(ApiUser user) {
    if (user.role() != Role.STAFF) {
      throw new IllegalArgumentException("Only staff are remembered on a phone");
    }
    UserAccount account = em.find(UserAccount.class, user.accountId());
    Instant now = clock.instant();
    return issue(account, now, now.plus(lifetime()), user);
  }

  /**
   * Signs in with the cookie's {@code token}: the staff account and the token that replaces it, or
   * empty when the token is unknown, used, expired, revoked or its account disabled.
   */
  @Transactional
  public Optional<Remembered> signIn(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return em.createNamedQuery(RememberedPhone.BY_TOKEN_HASH, RememberedPhone.class)
        .setParameter("tokenHash", SignInLinks.hashOf(token))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .filter(phone -> phone.worksAt(now))
        .map(
            phone -> {
              phone.end(now);
              return issue(
                  phone.account(), now, phone.expiresAt(), UserAccounts.snapshot(phone.account()));
            });
  }

  /** Ends the phone of {@code token} (signing out); an unknown token changes nothing. */
  @Transactional
  public void forget(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return;
    }
    em.createNamedQuery(RememberedPhone.BY_TOKEN_HASH, RememberedPhone.class)
        .setParameter("tokenHash", SignInLinks.hashOf(token))
        .getResultStream()
        .forEach(phone -> phone.end(clock.instant()));
  }

  /** Ends every remembered phone of the staff member {@code employeeId}; how many were open. */
  @Transactional
  public int revoke(Municipality municipality, String employeeId, String by) {
    List<RememberedPhone> open = openOf(municipality, employeeId).toList();
    Instant now = clock.instant();
    open.forEach(phone -> phone.end(now));
    LOG.info(
        () ->
            by
                + " ended "
                + open.size()
                + " remembered phone(s) of employee "
                + employeeId
                + " of "
                + municipality.code());
    return open.size();
  }

  /** How many phones of the staff member {@code employeeId} are remembered now. */
  public long openCount(Municipality municipality, String employeeId) {
    Instant now = clock.instant();
    return openOf(municipality, employeeId).filter(phone -> phone.worksAt(now)).count();
  }

  private Duration lifetime() {
    return Duration.ofDays(Integer.parseInt(settings.rememberMeDays()));
  }

  private Remembered issue(UserAccount account, Instant now, Instant expiresAt, ApiUser user) {
    String token = SecretHashing.randomToken(32);
    em.persist(
        new RememberedPhone(
            account.municipality().orElseThrow(),
            account,
            SignInLinks.hashOf(token),
            now,
            expiresAt));
    return new Remembered(user, token, Duration.between(now, expiresAt));
  }

  /** The remembered phones not yet ended of the staff accounts of {@code employeeId}. */
  private Stream<RememberedPhone> openOf(Municipality municipality, String employeeId) {
    return em.createNamedQuery(UserAccount.STAFF_OF_EMPLOYEE, UserAccount.class)
        .setParameter("municipality", municipality)
        .setParameter("employeeId", employeeId)
        .setParameter("role", Role.STAFF)
        .getResultStream()
        .flatMap(
            account ->
                em.createNamedQuery(RememberedPhone.OPEN_OF_ACCOUNT, RememberedPhone.class)
                    .setParameter("account", account)
                    .getResultStream());
  }
}
