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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import no.abctracker.access.entity.Role;
import no.abctracker.access.entity.SignInLink;
import no.abctracker.access.entity.UserAccount;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.NotFound;

/**
 * Personal sign-in links: a coordinator makes one for a staff member (whose staff account is
 * created when missing), the staff member follows it once to be signed in. The token carries 256
 * random bits, so a plain SHA-256 of it is a safe thing to store (no slow hash is needed against
 * guessing); the token itself is shown to the coordinator once.
 */
@ApplicationScoped
public class SignInLinks {

  /** How long a link works: long enough for a staff member on a rotation to open it next shift. */
  public static final Duration LIFETIME = Duration.ofDays(7);

  private static final Logger LOG = Logger.getLogger(SignInLinks.class.getName());

  @PersistenceContext EntityManager em;
  @Inject UserAccounts userAccounts;
  @Inject Clock clock;

  /** A new link and its token, which exists nowhere else once shown. */
  public record Issued(SignInLink link, String token) {}

  /**
   * A link for the staff member {@code employeeId} of {@code municipality}; the caller checks that
   * the person exists and that {@code createdBy} may do this.
   */
  @Transactional
  public Issued create(Municipality municipality, String employeeId, String createdBy) {
    UserAccount account = userAccounts.staffAccount(municipality, employeeId);
    String token = SecretHashing.randomToken(32);
    Instant now = clock.instant();
    SignInLink link =
        new SignInLink(municipality, account, hashOf(token), createdBy, now, now.plus(LIFETIME));
    em.persist(link);
    LOG.info(
        () ->
            createdBy
                + " made a sign-in link for employee "
                + employeeId
                + " of "
                + municipality.code());
    return new Issued(link, token);
  }

  /**
   * Spends the link of {@code token}: the staff account it signs in to, or empty when the token is
   * unknown, used, expired or revoked. Two requests with one token never both succeed (the row is
   * locked).
   */
  @Transactional
  public Optional<ApiUser> signIn(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery(SignInLink.BY_TOKEN_HASH, SignInLink.class)
        .setParameter("tokenHash", hashOf(token))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .filter(link -> link.use(clock.instant()))
        .map(link -> UserAccounts.snapshot(link.account()));
  }

  /** The links made for a staff member, newest first. */
  public List<SignInLink> of(Municipality municipality, String employeeId) {
    return em.createNamedQuery(UserAccount.STAFF_OF_EMPLOYEE, UserAccount.class)
        .setParameter("municipality", municipality)
        .setParameter("employeeId", employeeId)
        .setParameter("role", Role.STAFF)
        .getResultStream()
        .flatMap(
            account ->
                em.createNamedQuery(SignInLink.OF_ACCOUNT, SignInLink.class)
                    .setParameter("account", account)
                    .getResultStream())
        .toList();
  }

  /** Withdraws an open link of {@code municipality}; false when it was no longer open. */
  @Transactional
  public boolean revoke(Municipality municipality, long linkId) {
    SignInLink link = em.find(SignInLink.class, linkId, LockModeType.PESSIMISTIC_WRITE);
    if (link == null || !link.municipality().equals(municipality)) {
      throw new NotFound("No sign-in link " + linkId + " in municipality " + municipality.code());
    }
    return link.revoke(clock.instant());
  }

  static String hashOf(String token) {
    return HexFormat.of().formatHex(SecretHashing.sha256(token));
  }
}
