package no.abctracker.training.cohorts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.UserAccount;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.cohorts.entity.CheckInAttempt;
import no.abctracker.training.cohorts.entity.CheckInCode;

/**
 * Judges a typed check-in code under the {@link GuessingLimit}, in a transaction of its own so that
 * a wrong attempt is stored even though the request then fails. The user's row is locked while
 * judging, so parallel requests of one user (on any node) are counted one after the other.
 */
@ApplicationScoped
public class CheckInAttempts {

  static final GuessingLimit LIMIT = GuessingLimit.CHECK_IN;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** What a typed code turned out to be. */
  public sealed interface Verdict {}

  /** Too many wrong codes lately: refused without looking at the code. */
  public record Locked(Instant now, Instant until) implements Verdict {}

  /** Not the code of any check-in of the municipality; counted. */
  public record Wrong(int attemptsLeft) implements Verdict {}

  /** A code of the municipality (open, expired or closed). */
  public record Found(long codeId) implements Verdict {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Verdict judge(Municipality municipality, ApiUser user, String typed) {
    UserAccount account =
        em.find(UserAccount.class, user.accountId(), LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    List<Instant> wrong = new ArrayList<>();
    for (CheckInAttempt attempt :
        em.createNamedQuery(CheckInAttempt.OF_USER, CheckInAttempt.class)
            .setParameter("user", account)
            .getResultList()) {
      if (attempt.attemptedAt().isAfter(LIMIT.forgetBefore(now))) {
        wrong.add(attempt.attemptedAt());
      } else {
        em.remove(attempt);
      }
    }
    Optional<Instant> locked = LIMIT.lockedUntil(wrong, now);
    if (locked.isPresent()) {
      return new Locked(now, locked.get());
    }
    Optional<CheckInCode> code = CheckInCodes.normalise(typed).flatMap(c -> find(municipality, c));
    if (code.isEmpty()) {
      em.persist(new CheckInAttempt(account, now));
      return new Wrong(LIMIT.maxWrongAttempts() - wrong.size() - 1);
    }
    return new Found(code.get().id());
  }

  private Optional<CheckInCode> find(Municipality municipality, String code) {
    return em.createNamedQuery(CheckInCode.BY_CODE, CheckInCode.class)
        .setParameter("municipality", municipality)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }
}
