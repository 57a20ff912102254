package no.abctracker.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import no.abctracker.configuration.Settings;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.privacy.control.ErasureRecords.Reason;
import no.abctracker.progress.control.ActorKeys;
import no.abctracker.progress.control.Progress;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.xapi.statements.control.StatementErasure;

/**
 * Retention: a person whose every employment ended more than the municipality's retention period
 * ago (years; the global {@code ABC_RETENTION_YEARS} where it sets none) is erased like on request,
 * and statements of actors who are nobody on the roster, stored more than the unknown-actor period
 * ago (days; {@code ABC_UNKNOWN_ACTOR_RETENTION_DAYS}), are deleted with what refers to them. The
 * dates come from the injected clock, in Europe/Oslo.
 */
@ApplicationScoped
public class Retention {

  /** The erasures are audited as made by this name. */
  public static final String JOB = "retention";

  /** Most statements of unknown actors one run deletes per municipality; the next run goes on. */
  static final int STATEMENTS_PER_RUN = 10_000;

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  @Inject Staff staff;
  @Inject Erasure erasure;
  @Inject StatementErasure statements;
  @Inject Progress progress;
  @Inject Settings settings;
  @Inject Clock clock;

  /** What a run now would erase in a municipality. */
  public record Plan(
      int retentionYears,
      LocalDate endedBefore,
      List<Staff.Departed> persons,
      int unknownActorRetentionDays,
      Instant storedBefore,
      int unknownActorStatements) {}

  /** What a run erased. */
  public record Done(List<String> erasureIds, int unknownActorStatements) {}

  @Transactional
  public Plan preview(Municipality municipality) {
    return plan(municipality, false);
  }

  /**
   * Erases what the retention periods have run out for, each person in a transaction of their own,
   * then the unknown actors' statements (in the caller's transaction or one of their own).
   */
  @Transactional
  public Done run(Municipality municipality) {
    Plan plan = plan(municipality, false);
    List<String> erased = new ArrayList<>();
    for (Staff.Departed departed : plan.persons()) {
      erased.add(
          erasure.eraseNow(municipality, departed.employeeId(), JOB, Reason.RETENTION).erasureId());
    }
    return new Done(erased, plan(municipality, true).unknownActorStatements());
  }

  private Plan plan(Municipality municipality, boolean deleteUnknown) {
    int years = municipality.retentionYears().orElseGet(settings::retentionYears);
    int days =
        municipality.unknownActorRetentionDays().orElseGet(settings::unknownActorRetentionDays);
    LocalDate today = LocalDate.now(clock.withZone(OSLO));
    LocalDate endedBefore = today.minusYears(years);
    Instant storedBefore = clock.instant().minus(Duration.ofDays(days));
    Set<String> known = staff.identityKeys(municipality);
    Predicate<JsonObject> unknown =
        actor ->
            ActorKeys.of(actor)
                .map(k -> !known.contains(k.kind().name() + " " + k.value()))
                .orElse(true);
    Set<Long> seqs =
        statements.storedBefore(
            municipality.id(), storedBefore, unknown, STATEMENTS_PER_RUN, deleteUnknown);
    if (deleteUnknown) {
      progress.forgetStatements(municipality.id(), seqs);
    }
    return new Plan(
        years,
        endedBefore,
        staff.departedBefore(municipality, endedBefore),
        days,
        storedBefore,
        seqs.size());
  }
}
