package no.abctracker.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import no.abctracker.access.entity.Role;
import no.abctracker.access.entity.UserAccount;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Conflict;

/** Creates user accounts and checks their passwords. */
@ApplicationScoped
public class UserAccounts {

  private static final Logger LOG = Logger.getLogger(UserAccounts.class.getName());
  private static final String USERNAME = "[\\p{L}\\p{N}._@-]{1,100}";

  @PersistenceContext EntityManager em;
  @Inject VerifiedSecrets verifiedSecrets;
  @Inject Clock clock;

  public Optional<ApiUser> authenticate(String username, String password) {
    return verifiedSecrets.verify(
        "user:" + username,
        password,
        () ->
            find(username)
                .filter(account -> SecretHashing.matches(password, account.passwordHash()))
                .map(UserAccounts::snapshot));
  }

  @Transactional
  public UserAccount create(
      String username, String password, Role role, Municipality municipality) {
    return create(username, password, role, municipality, Set.of(), null);
  }

  /**
   * A user of {@code municipality}: unit leaders are limited to {@code unitCodes} (and the units
   * below them), staff to {@code employeeId}. The caller checks that units and employee exist.
   */
  @Transactional
  public UserAccount create(
      String username,
      String password,
      Role role,
      Municipality municipality,
      Set<String> unitCodes,
      String employeeId) {
    if (username == null || !username.matches(USERNAME)) {
      throw new BadRequest("username: 1-100 letters, digits or . _ @ - is needed");
    }
    if (password == null || password.length() < 8) {
      throw new BadRequest("password: at least 8 characters are needed");
    }
    if (find(username).isPresent()) {
      throw new Conflict("A user named '" + username + "' already exists");
    }
    UserAccount account =
        new UserAccount(
            username,
            SecretHashing.hash(password),
            role,
            municipality,
            role == Role.UNIT_LEADER ? unitCodes : Set.of(),
            role == Role.STAFF ? employeeId : null,
            clock.instant());
    em.persist(account);
    return account;
  }

  public List<UserAccount> of(Municipality municipality) {
    return em.createNamedQuery(UserAccount.OF_MUNICIPALITY, UserAccount.class)
        .setParameter("municipality", municipality)
        .getResultList();
  }

  /**
   * Makes sure the system administrator from the settings exists. With a password in the settings,
   * it is (re)set to that; without, a first start generates one and logs it once.
   */
  @Transactional
  public void ensureSystemAdmin(String username, Optional<String> password) {
    Optional<UserAccount> existing = find(username);
    if (existing.isPresent()) {
      password
          .filter(p -> !SecretHashing.matches(p, existing.get().passwordHash()))
          .ifPresent(p -> existing.get().changePasswordHash(SecretHashing.hash(p)));
      verifiedSecrets.forget("user:" + username);
      return;
    }
    String initial = password.orElseGet(() -> SecretHashing.randomToken(12));
    em.persist(
        new UserAccount(
            username, SecretHashing.hash(initial), Role.SYSTEM_ADMIN, null, clock.instant()));
    if (password.isEmpty()) {
      LOG.warning(
          "Created system administrator '"
              + username
              + "' with generated password "
              + initial
              + " (set ABC_ADMIN_PASSWORD to choose one)");
    }
  }

  /**
   * The staff account of an imported person, created (with a random password nobody is told) when
   * missing, so that a personal sign-in link has an account to sign in to. The caller checks that
   * the person exists.
   */
  @Transactional
  public UserAccount staffAccount(Municipality municipality, String employeeId) {
    Optional<UserAccount> existing =
        em.createNamedQuery(UserAccount.STAFF_OF_EMPLOYEE, UserAccount.class)
            .setParameter("municipality", municipality)
            .setParameter("employeeId", employeeId)
            .setParameter("role", Role.STAFF)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    String username = "staff-" + municipality.code() + "-" + employeeId;
    if (!username.matches(USERNAME) || find(username).isPresent()) {
      username = "staff-" + municipality.code() + "-" + SecretHashing.randomToken(6);
    }
    UserAccount account =
        new UserAccount(
            username,
            SecretHashing.hash(SecretHashing.randomToken(32)),
            Role.STAFF,
            municipality,
            Set.of(),
            employeeId,
            clock.instant());
    em.persist(account);
    return account;
  }

  private Optional<UserAccount> find(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  static ApiUser snapshot(UserAccount account) {
    return new ApiUser(
        account.id(),
        account.username(),
        account.role(),
        account.municipality().map(Municipality::id).orElse(null),
        account.municipality().map(Municipality::code).orElse(null),
        account.unitCodes(),
        account.employeeId().orElse(null));
  }
}
