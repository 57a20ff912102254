package no.abctracker.progress.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.progress.entity.Evidence;
import no.abctracker.progress.entity.MappedActivity;
import no.abctracker.progress.entity.PendingKind;
import no.abctracker.training.cohorts.control.CohortScheduleChanged;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.organisation.control.StaffIdentified;
import no.abctracker.xapi.statements.control.StatementsStored;
import no.abctracker.xapi.statements.control.StatementsVoidedLate;
import no.abctracker.xapi.statements.control.VoidingRule;

/**
 * Writes what the projector needs in the transaction of the change that causes it: the evidence of
 * a stored batch of statements (one multi-row insert), the voiding of evidence by voiding
 * statements in the batch, and a queue row for each; and a queue row per person a roster import
 * gave new identities (including a person an identity moved away from), and a queue row per cohort
 * whose number of sessions changed. A batch with no evidence and no voiding statement costs no SQL
 * at all, and one indexed query when it has completing statements on activities only a mapping can
 * name.
 */
@ApplicationScoped
public class EvidenceRecorder {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject CourseCatalogue catalogue;
  @Inject Clock clock;
  @Inject Event<ProgressQueued> queued;

  void onStored(@Observes StatementsStored stored) {
    List<JsonObject> statements = stored.statements();
    long municipality = stored.municipalityId();
    try (Connection db = dataSource.getConnection()) {
      Map<String, MappedActivity> mapped =
          ActivityMappings.forStatements(db, municipality, statements, catalogue);
      List<Evidence> evidence = new ArrayList<>();
      Set<String> voids = new LinkedHashSet<>();
      for (int i = 0; i < statements.size(); i++) {
        JsonObject statement = statements.get(i);
        VoidingRule.target(statement).ifPresent(voids::add);
        boolean voided = stored.voidedOnArrival().contains(statement.getString("id"));
        StatementEvidence.of(statement, stored.seq(i), voided, catalogue, mapped)
            .ifPresent(evidence::add);
      }
      if (evidence.isEmpty() && voids.isEmpty()) {
        return;
      }
      List<Long> changed = new ArrayList<>();
      if (!evidence.isEmpty()) {
        EvidenceTable.insert(db, municipality, evidence);
        evidence.stream().filter(e -> !e.voided()).forEach(e -> changed.add(e.seq()));
      }
      if (!voids.isEmpty()) {
        changed.addAll(EvidenceTable.voidStatements(db, municipality, voids));
      }
      if (changed.isEmpty()) {
        return;
      }
      ProgressQueue.add(db, municipality, PendingKind.EVIDENCE, changed, stored.stored());
    } catch (SQLException e) {
      throw new IllegalStateException("Recording progress evidence failed: " + e.getMessage(), e);
    }
    queued.fire(new ProgressQueued(municipality));
  }

  /**
   * Statements voided by the repair of a race between database nodes ({@code VoidingRepair}): their
   * evidence is voided and its persons recomputed, as if the voiding statement had found it.
   */
  void onVoidedLate(@Observes StatementsVoidedLate voided) {
    long municipality = voided.municipalityId();
    try (Connection db = dataSource.getConnection()) {
      List<Long> changed = EvidenceTable.voidStatements(db, municipality, voided.statementIds());
      if (changed.isEmpty()) {
        return;
      }
      ProgressQueue.add(db, municipality, PendingKind.EVIDENCE, changed, voided.at());
    } catch (SQLException e) {
      throw new IllegalStateException("Voiding progress evidence failed: " + e.getMessage(), e);
    }
    queued.fire(new ProgressQueued(municipality));
  }

  void onIdentified(@Observes StaffIdentified identified) {
    if (identified.personIds().isEmpty()) {
      return;
    }
    try (Connection db = dataSource.getConnection()) {
      ProgressQueue.add(
          db,
          identified.municipalityId(),
          PendingKind.PERSON,
          new TreeSet<>(identified.personIds()),
          clock.instant());
    } catch (SQLException e) {
      throw new IllegalStateException("Queueing identified staff failed: " + e.getMessage(), e);
    }
    queued.fire(new ProgressQueued(identified.municipalityId()));
  }

  void onScheduleChanged(@Observes CohortScheduleChanged changed) {
    try (Connection db = dataSource.getConnection()) {
      ProgressQueue.add(
          db,
          changed.municipalityId(),
          PendingKind.COHORT,
          List.of(changed.cohortId()),
          clock.instant());
    } catch (SQLException e) {
      throw new IllegalStateException("Queueing a cohort's attendees failed: " + e.getMessage(), e);
    }
    queued.fire(new ProgressQueued(changed.municipalityId()));
  }
}
