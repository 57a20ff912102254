package no.abctracker.progress.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.progress.control.ProgressQueue.Pending;
import no.abctracker.progress.entity.Completions;
import no.abctracker.progress.entity.Evidence;
import no.abctracker.progress.entity.EvidenceKind;
import no.abctracker.progress.entity.PendingKind;
import no.abctracker.progress.entity.ScheduledSession;
import no.abctracker.training.courses.control.CourseCatalogue;

/**
 * Applies queued work to a municipality's completions, one transaction per call: take the
 * municipality's lock row (or skip it, when another node or thread holds it), read the oldest
 * queued rows, find the persons they concern (the evidence's, the persons named, a cohort's
 * attendees); a person who only got new statements has them added to their current completions
 * ({@link CompletionRules#withAdded}: the work per statement does not grow with the person's
 * history); everyone else is recomputed from all their non-voided evidence with {@link
 * CompletionRules}. Then write only the difference and delete the rows applied. A failure rolls all
 * of it back and leaves the rows queued; a person recomputed twice gets the same answer twice, so
 * nothing depends on how the work was split.
 *
 * <p>A stateless session bean with container-managed transactions, not a CDI bean with
 * {@code @Transactional}: Payara enlists a pooled connection in the transaction recorded on the
 * thread's component invocation, and {@code @Transactional} records it there only when that
 * invocation is a servlet request. The projector runs on managed-executor threads that carry
 * whatever invocation scheduled them (the poll: a startup singleton EJB), where the connection
 * stayed in autocommit and the lock row was released at once. The EJB container records its own
 * transaction on its own invocation, whoever calls. {@link #project} also refuses to run without
 * one ({@link UnprotectedProjection}).
 */
@Stateless
public class Projector {

  /** Queue rows per transaction: large enough to amortise it, small enough to stay short. */
  static final int ROWS_PER_RUN = 2000;

  /** Changed activity mappings applied per transaction, a page of statements each. */
  static final int REMAPS_PER_RUN = 1;

  /**
   * How many times in a row a queued row may fail when applied alone before it is parked (a dead
   * letter, {@link ProgressQueue#failed}): enough to ride out a deadlock or a lost connection, few
   * enough that one poison row holds the municipality's other work back for seconds only.
   */
  public static final int ATTEMPTS_BEFORE_PARKING = 5;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject CourseCatalogue catalogue;
  @Inject Clock clock;

  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * What one projector transaction did, as far as its caller needs to know.
   *
   * @param retry whether to call again at once (the lock row was just created)
   * @param applied queue rows applied and deleted
   */
  public record Run(boolean retry, int applied) {

    static final Run SKIPPED = new Run(false, 0);
    static final Run LOCK_CREATED = new Run(true, 0);
    static final Run IDLE = new Run(false, 0);

    /** Whether more work may be waiting right away (a full batch applied, or a first attempt). */
    public boolean callAgain() {
      return retry || applied == ROWS_PER_RUN;
    }
  }

  /** Applies up to {@link #ROWS_PER_RUN} of the oldest queued rows of a municipality. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Run project(long municipalityId) {
    return run(municipalityId, ROWS_PER_RUN);
  }

  /**
   * Applies the oldest queued row of a municipality alone: after a run of many rows failed, this
   * finds the row that fails ({@link #failed}).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Run projectAlone(long municipalityId) {
    return run(municipalityId, 1);
  }

  /**
   * Counts a failed {@link #projectAlone} against the row it tried (the oldest not parked) and
   * parks that row after {@link #ATTEMPTS_BEFORE_PARKING} failures; answers whether it was parked.
   * Does nothing while another projector holds the municipality (it may be applying that row).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean failed(long municipalityId, String error) {
    try (Connection db = dataSource.getConnection()) {
      refuseUnprotected(db, municipalityId);
      return ProjectorLock.tryTake(db, municipalityId)
          && ProgressQueue.failed(
              db, municipalityId, ATTEMPTS_BEFORE_PARKING, error, clock.instant());
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Recording a failed projection of municipality "
              + municipalityId
              + " failed: "
              + e.getMessage(),
          e);
    }
  }

  private Run run(long municipalityId, int limit) {
    try (Connection db = dataSource.getConnection()) {
      refuseUnprotected(db, municipalityId);
      if (!ProjectorLock.tryTake(db, municipalityId)) {
        return ProjectorLock.ensure(db, municipalityId) ? Run.LOCK_CREATED : Run.SKIPPED;
      }
      List<Pending> rows = ProgressQueue.oldest(db, municipalityId, limit);
      if (rows.isEmpty()) {
        return Run.IDLE;
      }
      List<Pending> remaps = rows.stream().filter(r -> r.kind() == PendingKind.ACTIVITY).toList();
      boolean more = remaps.size() > REMAPS_PER_RUN;
      if (more) {
        // The rest wait for the next run: each remap reads a page of statements.
        Set<Pending> later = new HashSet<>(remaps.subList(REMAPS_PER_RUN, remaps.size()));
        rows = rows.stream().filter(r -> !later.contains(r)).toList();
        remaps = remaps.subList(0, REMAPS_PER_RUN);
      }
      Set<Long> persons = new TreeSet<>();
      for (Pending remap : remaps) {
        persons.addAll(
            ActivityRemaps.applyPage(db, municipalityId, remap.ref(), catalogue, clock.instant()));
      }
      more |= !remaps.isEmpty();
      rows.stream().filter(r -> r.kind() == PendingKind.PERSON).forEach(r -> persons.add(r.ref()));
      List<Long> cohorts =
          rows.stream().filter(r -> r.kind() == PendingKind.COHORT).map(Pending::ref).toList();
      if (!cohorts.isEmpty()) {
        persons.addAll(ScheduledSessions.personsOf(db, municipalityId, cohorts));
      }
      List<Long> evidence =
          rows.stream().filter(r -> r.kind() == PendingKind.EVIDENCE).map(Pending::ref).toList();
      Map<Long, List<Evidence>> added = EvidenceTable.byPerson(db, municipalityId, evidence);
      added.keySet().removeAll(persons);
      Set<Long> all = new HashSet<>(persons);
      all.addAll(added.keySet());
      Map<Long, Completions> current = CompletionTable.ofPersons(db, municipalityId, all);
      Map<Long, Completions> wanted = new HashMap<>();
      added.forEach(
          (person, statements) ->
              CompletionRules.withAdded(
                      current.getOrDefault(person, Completions.NONE), statements, catalogue)
                  .ifPresentOrElse(done -> wanted.put(person, done), () -> persons.add(person)));
      wanted.putAll(recompute(db, municipalityId, persons));
      CompletionTable.write(db, municipalityId, current, wanted);
      ProgressQueue.delete(db, rows);
      ProjectorLock.projected(db, municipalityId, clock.instant());
      return new Run(more, rows.size());
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Projecting progress of municipality " + municipalityId + " failed: " + e.getMessage(),
          e);
    }
  }

  /** The municipalities that have queued work. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> municipalitiesWithWork() {
    try (Connection db = dataSource.getConnection()) {
      return ProgressQueue.municipalitiesWithWork(db);
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the progress queue failed: " + e.getMessage(), e);
    }
  }

  /** The lock row and everything written must share one database transaction. */
  private void refuseUnprotected(Connection db, long municipalityId) throws SQLException {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new UnprotectedProjection(
          municipalityId,
          "no active transaction (status " + transactions.getTransactionStatus() + ")");
    }
    if (db.getAutoCommit()) {
      throw new UnprotectedProjection(
          municipalityId, "its connection is not enlisted in the transaction (autocommit is on)");
    }
  }

  /** The completions of these persons, recomputed from all their evidence. */
  private Map<Long, Completions> recompute(Connection db, long municipalityId, Set<Long> persons)
      throws SQLException {
    if (persons.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<Evidence>> evidence = EvidenceTable.ofPersons(db, municipalityId, persons);
    Set<String> attended = new HashSet<>();
    evidence.values().stream()
        .flatMap(List::stream)
        .filter(e -> e.kind() == EvidenceKind.ATTENDANCE)
        .forEach(e -> attended.add(e.activityId()));
    Map<String, ScheduledSession> sessions =
        attended.isEmpty() ? Map.of() : ScheduledSessions.of(db, municipalityId, attended);
    Map<Long, Completions> wanted = new HashMap<>();
    for (Long person : persons) {
      wanted.put(
          person,
          CompletionRules.of(evidence.getOrDefault(person, List.of()), sessions, catalogue));
    }
    return wanted;
  }
}
