package no.abctracker.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Slows down password guessing on every door (the login form, HTTP Basic on {@code /api/v1} and
 * {@code /xapi}): a name or a client address with too many recent failures ({@link ThrottleRule})
 * is refused without checking the secret, on every node ({@link FailedAttempts}). Only the slow
 * check of a secret not verified lately comes here: the successful hot path of a busy LMS never
 * does.
 */
@ApplicationScoped
public class SignInThrottle {

  private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

  @Inject FailedAttempts attempts;

  /**
   * {@code slowCheck}'s answer for {@code name} of {@code kind} ("user", "lrs") from {@code
   * address}, unless either is locked; a failure is counted for both, a success clears the name's.
   *
   * @throws TooManySignInAttempts (429) while the name or the address is locked
   */
  public <T> Optional<T> check(
      String kind, String name, String address, Supplier<Optional<T>> slowCheck) {
    List<FailedAttempts.Key> keys =
        List.of(FailedAttempts.Key.user(kind, name), FailedAttempts.Key.address(address));
    Optional<Duration> wait = attempts.waitBefore(keys);
    if (wait.isPresent()) {
      throw new TooManySignInAttempts(wait.get());
    }
    Optional<T> who = slowCheck.get();
    if (who.isEmpty()) {
      attempts.failed(keys);
      LOG.info(() -> "Failed sign-in as " + kind + " '" + name + "' from " + address);
    } else {
      attempts.succeeded(keys.get(0));
    }
    return who;
  }
}
