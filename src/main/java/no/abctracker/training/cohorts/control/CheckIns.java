package no.abctracker.training.cohorts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.control.FailedAttempts;
import no.abctracker.configuration.Settings;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.MessageKey;
import no.abctracker.problems.NotFound;
import no.abctracker.training.cohorts.entity.CheckInCode;
import no.abctracker.training.cohorts.entity.CohortSession;

/**
 * Check-in at a session: a facilitator opens it and gets a short-lived code (valid {@code
 * ABC_CHECK_IN_MINUTES}, 15 by default; opening again or closing replaces it), shown as text and as
 * a QR code of the check-in page's URL; a staff member sends the code and their attendance is
 * recorded. Codes are unique in the municipality, so the code alone names the session.
 */
@ApplicationScoped
public class CheckIns {

  /** Closed and expired codes are remembered this long, so that typing one says why it failed. */
  static final Duration REMEMBER_OLD_CODES = Duration.ofDays(1);

  /** The longest a facilitator may keep a code open. */
  public static final int MAX_MINUTES = 240;

  @PersistenceContext EntityManager em;
  @Inject Cohorts cohorts;
  @Inject Sessions sessions;
  @Inject CheckInAttempts attempts;
  @Inject FailedAttempts failedAttempts;
  @Inject Attendances attendances;
  @Inject Settings settings;
  @Inject Clock clock;

  private final SecureRandom random = new SecureRandom();

  /** Opens check-in with a new code, closing any code the session has open. */
  @Transactional
  public CheckInCode open(
      Municipality municipality,
      ApiUser actor,
      String cohortId,
      String sessionId,
      Optional<Integer> minutes) {
    CohortInHand held = cohorts.forChange(actor, municipality, cohortId);
    held.access().requireFacilitate(held.name());
    CohortSession session = sessions.get(held.cohort(), sessionId);
    Instant now = clock.instant();
    em.createNativeQuery("DELETE FROM check_in_code WHERE municipality_id = ? AND expires_at < ?")
        .setParameter(1, municipality.id())
        .setParameter(2, LocalDateTime.ofInstant(now.minus(REMEMBER_OLD_CODES), ZoneOffset.UTC))
        .executeUpdate();
    closeCodes(session, now);
    Duration lifetime =
        Duration.ofMinutes(minutes.orElseGet(() -> Integer.parseInt(settings.checkInMinutes())));
    CheckInCode code =
        new CheckInCode(
            session, freshCode(municipality), actor.username(), now, now.plus(lifetime));
    em.persist(code);
    return code;
  }

  /**
   * The session's open code.
   *
   * @throws NotFound when check-in is not open (or no such cohort or session)
   */
  public CheckInCode current(
      Municipality municipality, ApiUser actor, String cohortId, String sessionId) {
    Opened opened = opened(municipality, actor, cohortId, sessionId);
    return opened
        .code()
        .orElseThrow(
            () ->
                new NotFound(
                    "Check-in is not open for session "
                        + opened.session().number()
                        + " of '"
                        + opened.cohortName()
                        + "'; open it first"));
  }

  /**
   * The session's open code, if check-in is open.
   *
   * @throws NotFound for no such cohort or session
   */
  public Optional<CheckInCode> open(
      Municipality municipality, ApiUser actor, String cohortId, String sessionId) {
    return opened(municipality, actor, cohortId, sessionId).code();
  }

  private record Opened(String cohortName, CohortSession session, Optional<CheckInCode> code) {}

  private Opened opened(
      Municipality municipality, ApiUser actor, String cohortId, String sessionId) {
    CohortInHand held = cohorts.forReading(actor, municipality, cohortId);
    held.access().requireFacilitate(held.name());
    CohortSession session = sessions.get(held.cohort(), sessionId);
    Instant now = clock.instant();
    return new Opened(
        held.name(),
        session,
        em.createNamedQuery(CheckInCode.NOT_CLOSED_OF_SESSION, CheckInCode.class)
            .setParameter("session", session)
            .getResultStream()
            .filter(c -> c.stateAt(now) == CheckInCode.State.OPEN)
            .findFirst());
  }

  /** Closes check-in: the session's code stops working at once. */
  @Transactional
  public void close(Municipality municipality, ApiUser actor, String cohortId, String sessionId) {
    CohortInHand held = cohorts.forChange(actor, municipality, cohortId);
    held.access().requireFacilitate(held.name());
    closeCodes(sessions.get(held.cohort(), sessionId), clock.instant());
  }

  /**
   * A staff member checks in with a typed code.
   *
   * @throws TooManyCheckInAttempts (429) after too many wrong codes
   * @throws BadRequest for a code that is no check-in code (counted as a wrong attempt)
   * @throws CheckInClosed (410) for an expired or closed code
   * @throws no.abctracker.problems.Forbidden when the user is not enrolled
   */
  public Attendances.CheckedIn checkIn(
      Municipality municipality, ApiUser user, String typed, String address) {
    if (typed == null || typed.isBlank()) {
      throw new BadRequest("code: the check-in code shown at the session is required");
    }
    // Per user (CheckInAttempts) and per client address, so that many accounts guessing from one
    // place are slowed down too; an address has its own count, apart from its sign-ins.
    List<FailedAttempts.Key> fromAddress = List.of(FailedAttempts.Key.checkInAddress(address));
    Optional<Duration> addressWait = failedAttempts.waitBefore(fromAddress);
    if (addressWait.isPresent()) {
      Instant now = clock.instant();
      throw TooManyCheckInAttempts.fromAddress(now, now.plus(addressWait.get()));
    }
    CheckInAttempts.Verdict verdict = attempts.judge(municipality, user, typed);
    if (verdict instanceof CheckInAttempts.Locked locked) {
      throw new TooManyCheckInAttempts(locked.now(), locked.until(), CheckInAttempts.LIMIT);
    }
    if (verdict instanceof CheckInAttempts.Wrong wrong) {
      failedAttempts.failed(fromAddress);
      throw wrong.attemptsLeft() <= 3
          ? new BadRequest(
              MessageKey.CHECK_IN_CODE_WRONG_ATTEMPTS,
              typed.strip(),
              Math.max(0, wrong.attemptsLeft()))
          : new BadRequest(MessageKey.CHECK_IN_CODE_WRONG, typed.strip());
    }
    return attendances.checkIn(municipality, user, ((CheckInAttempts.Found) verdict).codeId());
  }

  /** The check-in page's URL for a code, under the application's base URL. */
  public static URI pageUrl(URI applicationBase, String code) {
    String base = applicationBase.toString();
    return URI.create(
        (base.endsWith("/") ? base : base + "/")
            + "checkin?code="
            + URLEncoder.encode(code, StandardCharsets.UTF_8));
  }

  private void closeCodes(CohortSession session, Instant now) {
    em.createNamedQuery(CheckInCode.NOT_CLOSED_OF_SESSION, CheckInCode.class)
        .setParameter("session", session)
        .getResultStream()
        .forEach(c -> c.close(now));
  }

  /** A code no check-in of the municipality uses (nor used within the remembered day). */
  private String freshCode(Municipality municipality) {
    for (int attempt = 0; attempt < 20; attempt++) {
      String candidate = CheckInCodes.generate(random);
      boolean taken =
          !em.createNamedQuery(CheckInCode.BY_CODE, CheckInCode.class)
              .setParameter("municipality", municipality)
              .setParameter("code", candidate)
              .getResultList()
              .isEmpty();
      if (!taken) {
        return candidate;
      }
    }
    throw new IllegalStateException("No free check-in code found in 20 attempts");
  }
}
