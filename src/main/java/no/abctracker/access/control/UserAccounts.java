package no.abctracker.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import no.abctracker.access.entity.SignInLink;
import no.abctracker.access.entity.UserAccount;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Conflict;
import no.abctracker.problems.MessageKey;
import no.abctracker.problems.NotFound;

/** Creates user accounts and checks their passwords. */
@ApplicationScoped
public class UserAccounts {

  private static final Logger LOG = Logger.getLogger(UserAccounts.class.getName());
  private static final String USERNAME = "[\\p{L}\\p{N}._@-]{1,100}";

  @PersistenceContext EntityManager em;
  @Inject VerifiedSecrets verifiedSecrets;
  @Inject SignInThrottle throttle;
  @Inject Clock clock;
  @Inject Event<AccountRemoved> accountRemoved;

  /**
   * Who {@code username} with {@code password} is; a password not verified lately is checked under
   * the {@link SignInThrottle} for the name and the client {@code address}.
   *
   * @throws TooManySignInAttempts while the name or the address is locked
   */
  public Optional<ApiUser> authenticate(String username, String password, String address) {
    return verifiedSecrets.verify(
        "user:" + username,
        password,
        () ->
            throttle.check(
                "user",
                username,
                address,
                () ->
                    find(username)
                        .filter(UserAccount::enabled)
                        .filter(account -> SecretHashing.matches(password, account.passwordHash()))
                        .map(UserAccounts::snapshot)));
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
      throw new BadRequest(MessageKey.USERNAME_INVALID);
    }
    if (password == null || password.length() < 8) {
      throw new BadRequest(MessageKey.PASSWORD_TOO_SHORT);
    }
    if (role == Role.UNIT_LEADER && (unitCodes == null || unitCodes.isEmpty())) {
      throw new BadRequest(MessageKey.UNIT_LEADER_NEEDS_UNIT);
    }
    if (find(username).isPresent()) {
      // The same answer whichever municipality holds the name: nothing more is told.
      throw new Conflict(MessageKey.USERNAME_TAKEN, username);
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

  /** A user of {@code municipality} is refused from now on, on every door and page. */
  @Transactional
  public UserAccount disable(Municipality municipality, String username) {
    UserAccount account = get(municipality, username);
    account.disable();
    verifiedSecrets.forget("user:" + account.username());
    return account;
  }

  @Transactional
  public UserAccount enable(Municipality municipality, String username) {
    UserAccount account = get(municipality, username);
    account.enable();
    return account;
  }

  /**
   * A user of {@code municipality} is removed with what only the account had (its units, sign-in
   * links; other components drop theirs on {@link AccountRemoved}); statements stored on the user's
   * behalf stay, with their authority.
   */
  @Transactional
  public void delete(Municipality municipality, String username) {
    UserAccount account = get(municipality, username);
    accountRemoved.fire(new AccountRemoved(account.id()));
    em.createNamedQuery(SignInLink.DELETE_OF_ACCOUNT)
        .setParameter("account", account)
        .executeUpdate();
    em.remove(account);
    verifiedSecrets.forget("user:" + account.username());
  }

  /** Whether the account may still use the pages it signed in to (read on every page request). */
  public boolean isEnabled(long accountId) {
    UserAccount account = em.find(UserAccount.class, accountId);
    return account != null && account.enabled();
  }

  /** The user of {@code municipality}; the same 404 for a name of another municipality. */
  public UserAccount get(Municipality municipality, String username) {
    return find(username)
        .filter(a -> a.municipality().filter(municipality::equals).isPresent())
        .orElseThrow(
            () -> new NotFound("No user " + username + " in municipality " + municipality.code()));
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

  /**
   * The account a person of the roster signs in to through the municipality's identity provider:
   * their staff account (the one personal links use) for {@link Role#STAFF}, else a coordinator
   * account of their own, made at the first such sign-in and given the role the provider's groups
   * give each time. The caller checks that the person exists.
   */
  @Transactional
  public ApiUser providerAccount(Municipality municipality, String employeeId, Role role) {
    if (role == Role.STAFF) {
      return enabledSnapshot(staffAccount(municipality, employeeId));
    }
    String username = "oidc-" + municipality.code() + "-" + employeeId;
    if (!username.matches(USERNAME)) {
      throw new BadRequest("The employee id " + employeeId + " cannot name an account");
    }
    UserAccount account =
        find(username)
            .filter(a -> a.municipality().filter(municipality::equals).isPresent())
            .orElseGet(
                () -> {
                  UserAccount made =
                      new UserAccount(
                          username,
                          SecretHashing.hash(SecretHashing.randomToken(32)),
                          role,
                          municipality,
                          clock.instant());
                  em.persist(made);
                  em.flush(); // the snapshot below needs the generated id
                  LOG.info(() -> "Made the " + role + " account " + username + " at sign-in");
                  return made;
                });
    if (account.role() != role) {
      account.assignRoleFromProvider(role);
    }
    return enabledSnapshot(account);
  }

  /** The enabled account {@code username} of {@code municipality}, as assigned in the app. */
  public Optional<ApiUser> enabledAccount(Municipality municipality, String username) {
    return find(username)
        .filter(a -> a.municipality().filter(municipality::equals).isPresent())
        .filter(UserAccount::enabled)
        .map(UserAccounts::snapshot);
  }

  private static ApiUser enabledSnapshot(UserAccount account) {
    if (!account.enabled()) {
      throw new AccountDisabled(account.username());
    }
    return snapshot(account);
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

  /**
   * Erases every user account of the person {@code employeeId} of {@code municipality} (GDPR art.
   * 17) in the caller's transaction, with their sign-in links (and what other components keep of an
   * account, see {@link #delete}); the account is refused from the next request on. Counts per
   * kind; the erased usernames for the access log's rewrite.
   */
  public Erased erase(Municipality municipality, String employeeId) {
    List<UserAccount> accounts =
        em.createQuery(
                "SELECT u FROM UserAccount u WHERE u.municipality = :municipality"
                    + " AND u.employeeId = :employeeId",
                UserAccount.class)
            .setParameter("municipality", municipality)
            .setParameter("employeeId", employeeId)
            .getResultList();
    int links = 0;
    List<String> usernames = new java.util.ArrayList<>();
    for (UserAccount account : accounts) {
      links +=
          ((Number)
                  em.createNativeQuery(
                          "SELECT COUNT(*) FROM sign_in_link WHERE user_account_id = ?")
                      .setParameter(1, account.id())
                      .getSingleResult())
              .intValue();
      usernames.add(account.username());
      delete(municipality, account.username());
    }
    return new Erased(accounts.size(), links, usernames);
  }

  /** What {@link #erase} removed. */
  public record Erased(int accounts, int signInLinks, List<String> usernames) {}
}
