package no.abctracker.progress.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.progress.entity.Evidence;
import no.abctracker.progress.entity.MappedActivity;
import no.abctracker.progress.entity.ReplayOutcome;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.xapi.statements.control.LostVoids;

/**
 * The transactions of a replay ({@link Replay}): re-extracting the evidence of one page of stored
 * statements with the same rule as at ingest ({@link StatementEvidence}) and making the evidence
 * rows of that page equal to it, and queueing every person of the municipality. Each page is its
 * own short transaction, so ingest and the projector go on meanwhile.
 */
@ApplicationScoped
public class EvidenceReplay {

  /** Statements read per transaction. */
  static final int STATEMENTS_PER_PAGE = 2000;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject CourseCatalogue catalogue;
  @Inject Clock clock;
  @Inject LostVoids lostVoids;

  /** What one page did, and the last seq it read (0 when there was nothing after {@code after}). */
  public record Page(long lastSeq, ReplayOutcome outcome) {}

  /**
   * Re-extracts the evidence of the municipality's statements stored after seq {@code after} (at
   * most {@link #STATEMENTS_PER_PAGE}) and writes only the difference from the stored evidence.
   * Whether a statement is voided is read from the voiding statements, not from its {@code voided}
   * flag, and a flag a voiding statement should have set is set (a void lost to the race before
   * voiding links existed).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Page page(long municipalityId, long after) {
    try (Connection db = dataSource.getConnection()) {
      List<Evidence> extracted = new ArrayList<>();
      List<Long> seqs = new ArrayList<>();
      List<Long> unflagged = new ArrayList<>();
      List<Read> read = new ArrayList<>();
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT s.seq, s.payload, s.voided, s.voids_statement IS NULL AND EXISTS (SELECT 1"
                  + " FROM xapi_statement v WHERE v.municipality_id = s.municipality_id"
                  + " AND v.voids_statement = s.statement_id) FROM xapi_statement s"
                  + " WHERE s.municipality_id = ? AND s.seq > ? ORDER BY s.seq LIMIT ?")) {
        select.setLong(1, municipalityId);
        select.setLong(2, after);
        select.setInt(3, STATEMENTS_PER_PAGE);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            long seq = rs.getLong(1);
            seqs.add(seq);
            boolean voided = rs.getBoolean(4);
            if (voided && !rs.getBoolean(3)) {
              unflagged.add(seq);
            }
            read.add(new Read(seq, parse(rs.getString(2)), voided));
          }
        }
      }
      if (seqs.isEmpty()) {
        return new Page(0, new ReplayOutcome(0, 0, 0, 0, 0, 0, 0));
      }
      Map<String, MappedActivity> mapped =
          ActivityMappings.forStatements(
              db, municipalityId, read.stream().map(Read::statement).toList(), catalogue);
      for (Read r : read) {
        StatementEvidence.of(r.statement(), r.seq(), r.voided(), catalogue, mapped)
            .ifPresent(extracted::add);
      }
      if (!unflagged.isEmpty()) {
        lostVoids.repair(municipalityId, unflagged);
      }
      long first = seqs.get(0);
      long last = seqs.get(seqs.size() - 1);
      Map<Long, Evidence> stored = EvidenceTable.between(db, municipalityId, first, last);
      EvidenceTable.Difference difference =
          EvidenceTable.reconcile(db, municipalityId, stored, extracted);
      return new Page(
          last,
          new ReplayOutcome(
              seqs.size(),
              extracted.size(),
              difference.added(),
              difference.changed(),
              difference.removed(),
              unflagged.size(),
              0));
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Replaying statements of municipality " + municipalityId + " failed: " + e.getMessage(),
          e);
    }
  }

  /** A stored statement as read, before its evidence is extracted. */
  record Read(long seq, JsonObject statement, boolean voided) {}

  /** Queues every person of the municipality for recompute; answers how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long queueEveryone(long municipalityId) {
    try (Connection db = dataSource.getConnection()) {
      return ProgressQueue.addEveryone(db, municipalityId, clock.instant());
    } catch (SQLException e) {
      throw new IllegalStateException("Queueing the persons failed: " + e.getMessage(), e);
    }
  }

  static JsonObject parse(String payload) {
    try (JsonReader reader = JSON.createReader(new StringReader(payload))) {
      return reader.readObject();
    }
  }
}
