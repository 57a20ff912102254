package no.abctracker.progress.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.abctracker.progress.entity.Evidence;
import no.abctracker.progress.entity.MappedActivity;
import no.abctracker.progress.entity.PendingKind;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.xapi.statements.control.StatementKeys;

/**
 * The projector's part of a changed activity mapping ({@code activity_remap}, queued as {@link
 * PendingKind#ACTIVITY}): one page of the activity's stored statements, found through the statement
 * key index ({@code xapi_statement_key}, the key the LRS's {@code activity} filter uses), has its
 * evidence extracted again with the mapping as it is now and written where it differs; the persons
 * whose evidence was there before or is there now are recomputed in the same transaction. A longer
 * history continues in the next run ({@code after_seq}); the remap row goes when the last page is
 * done. Reads the LRS tables as {@link EvidenceReplay} does.
 */
final class ActivityRemaps {

  /**
   * Statements re-extracted per remap and projector run. The persons a page touches are recomputed
   * once per page from all their evidence, so small pages recompute the same persons over and over:
   * at 500 a mapping over 100,000 statements of 2,000 persons took 200 runs and ~150 s on a busy
   * machine (bench/remap.sh, docs/performance.md); a page of 5,000 is read in chunks and stays a
   * transaction of a few seconds.
   */
  static final int STATEMENTS_PER_PAGE = 5000;

  private ActivityRemaps() {}

  /** The persons to recompute after applying one page of remap {@code remapId}. */
  static Set<Long> applyPage(
      Connection db, long m, long remapId, CourseCatalogue catalogue, Instant now)
      throws SQLException {
    Optional<Remap> remap = remap(db, m, remapId);
    if (remap.isEmpty()) {
      return Set.of();
    }
    String activityId = remap.get().activityId();
    List<Long> seqs = new ArrayList<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT seq FROM xapi_statement_key WHERE municipality_id = ? AND key_hash = ?"
                + " AND seq > ? ORDER BY seq LIMIT ?")) {
      select.setLong(1, m);
      select.setBytes(2, StatementKeys.hash(StatementKeys.activity(activityId)));
      select.setLong(3, remap.get().afterSeq());
      select.setInt(4, STATEMENTS_PER_PAGE);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          seqs.add(rs.getLong(1));
        }
      }
    }
    Set<Long> persons = new HashSet<>();
    if (!seqs.isEmpty()) {
      Map<String, MappedActivity> mapped =
          ActivityMappings.of(db, m, List.of(activityId), catalogue);
      List<Evidence> extracted = new ArrayList<>();
      for (List<Long> chunk : Sql.chunks(seqs, 500)) {
        try (PreparedStatement select =
            db.prepareStatement(
                "SELECT seq, payload, voided FROM xapi_statement WHERE seq IN ("
                    + Sql.placeholders(chunk.size())
                    + ") AND municipality_id = ?")) {
          int p = Sql.bind(select, 1, chunk);
          select.setLong(p, m);
          try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
              StatementEvidence.of(
                      EvidenceReplay.parse(rs.getString(2)),
                      rs.getLong(1),
                      rs.getBoolean(3),
                      catalogue,
                      mapped)
                  .ifPresent(extracted::add);
            }
          }
        }
      }
      Map<Long, Evidence> stored = EvidenceTable.ofSeqs(db, m, seqs);
      persons.addAll(EvidenceTable.byPerson(db, m, stored.keySet()).keySet());
      EvidenceTable.rewrite(db, m, stored, extracted);
      persons.addAll(
          EvidenceTable.byPerson(db, m, extracted.stream().map(Evidence::seq).toList()).keySet());
    }
    if (seqs.size() == STATEMENTS_PER_PAGE) {
      try (PreparedStatement update =
          db.prepareStatement("UPDATE activity_remap SET after_seq = ? WHERE id = ?")) {
        update.setLong(1, seqs.get(seqs.size() - 1));
        update.setLong(2, remapId);
        update.executeUpdate();
      }
      ProgressQueue.add(db, m, PendingKind.ACTIVITY, List.of(remapId), now);
    } else {
      try (PreparedStatement delete =
          db.prepareStatement("DELETE FROM activity_remap WHERE id = ?")) {
        delete.setLong(1, remapId);
        delete.executeUpdate();
      }
    }
    return persons;
  }

  private record Remap(String activityId, long afterSeq) {}

  private static Optional<Remap> remap(Connection db, long m, long remapId) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT activity_id, after_seq FROM activity_remap WHERE id = ? AND municipality_id = ?")) {
      select.setLong(1, remapId);
      select.setLong(2, m);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next()
            ? Optional.of(new Remap(rs.getString(1), rs.getLong(2)))
            : Optional.empty();
      }
    }
  }
}
