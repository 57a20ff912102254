package no.abctracker.progress.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.abctracker.configuration.MultiRowInsert;
import no.abctracker.configuration.SqlTimes;
import no.abctracker.progress.entity.ActorKey;
import no.abctracker.progress.entity.Evidence;
import no.abctracker.progress.entity.EvidenceKind;
import no.abctracker.training.organisation.entity.IdentityKind;

/**
 * The SQL of {@code progress_evidence}. Evidence joins {@code person_identity} on (municipality,
 * kind, value), both indexed, so "whose is this evidence" and "what evidence has this person" are
 * index look-ups whenever the person was imported.
 */
final class EvidenceTable {

  private static final int IDS_PER_QUERY = 1000;
  private static final List<String> COLUMNS =
      List.of(
          "seq",
          "municipality_id",
          "statement_id",
          "kind",
          "actor_kind",
          "actor_value",
          "course_code",
          "module_code",
          "activity_id",
          "occurred_at",
          "voided");

  /**
   * Evidence from the nine columns seq, statement_id, kind, actor_kind, actor_value, course_code,
   * module_code, activity_id, occurred_at starting at column {@code first}.
   */
  private static Evidence evidence(ResultSet rs, int first, boolean voided) throws SQLException {
    return new Evidence(
        rs.getLong(first),
        rs.getString(first + 1),
        EvidenceKind.valueOf(rs.getString(first + 2)),
        new ActorKey(IdentityKind.valueOf(rs.getString(first + 3)), rs.getString(first + 4)),
        rs.getString(first + 5),
        rs.getString(first + 6),
        rs.getString(first + 7),
        Sql.instant(SqlTimes.dateTime(rs, first + 8)),
        voided);
  }

  /** What {@link #reconcile} changed. */
  record Difference(int added, int changed, int removed) {}

  private EvidenceTable() {}

  static void insert(Connection db, long municipalityId, List<Evidence> evidence)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>(evidence.size());
    for (Evidence e : evidence) {
      rows.add(row(municipalityId, e));
    }
    MultiRowInsert.insertAll(db, "progress_evidence", COLUMNS, rows, "");
  }

  private static Object[] row(long municipalityId, Evidence e) {
    return new Object[] {
      e.seq(),
      municipalityId,
      e.statementId(),
      e.kind().name(),
      e.actor().kind().name(),
      e.actor().value(),
      e.courseCode(),
      e.moduleCode(),
      e.activityId(),
      Sql.utc(e.occurredAt()),
      e.voided()
    };
  }

  /**
   * Marks the not yet voided evidence of these statements voided and answers its seqs. Locks the
   * rows first, so a concurrent voiding of the same statement waits and then finds nothing to do.
   */
  static List<Long> voidStatements(Connection db, long municipalityId, Collection<String> ids)
      throws SQLException {
    List<Long> seqs = new ArrayList<>();
    for (List<String> chunk : Sql.chunks(List.copyOf(ids), IDS_PER_QUERY)) {
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT seq FROM progress_evidence WHERE municipality_id = ? AND statement_id IN ("
                  + Sql.placeholders(chunk.size())
                  + ") AND NOT voided FOR UPDATE")) {
        select.setLong(1, municipalityId);
        Sql.bind(select, 2, chunk);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            seqs.add(rs.getLong(1));
          }
        }
      }
    }
    for (List<Long> chunk : Sql.chunks(seqs, IDS_PER_QUERY)) {
      try (PreparedStatement update =
          db.prepareStatement(
              "UPDATE progress_evidence SET voided = TRUE WHERE seq IN ("
                  + Sql.placeholders(chunk.size())
                  + ")")) {
        Sql.bind(update, 1, chunk);
        update.executeUpdate();
      }
    }
    return seqs;
  }

  /**
   * The evidence with these seqs (voided or not), by the person (as the roster knows them now) it
   * belongs to; evidence of nobody known is left out.
   */
  static Map<Long, List<Evidence>> byPerson(
      Connection db, long municipalityId, Collection<Long> seqs) throws SQLException {
    Map<Long, List<Evidence>> byPerson = new HashMap<>();
    for (List<Long> chunk : Sql.chunks(List.copyOf(seqs), IDS_PER_QUERY)) {
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT i.person_id, e.seq, e.statement_id, e.kind, e.actor_kind, e.actor_value,"
                  + " e.course_code, e.module_code, e.activity_id, e.occurred_at, e.voided"
                  + " FROM progress_evidence e JOIN person_identity i"
                  + " ON i.municipality_id = e.municipality_id AND i.kind = e.actor_kind"
                  + " AND i.value = e.actor_value WHERE e.seq IN ("
                  + Sql.placeholders(chunk.size())
                  + ") AND e.municipality_id = ?")) {
        int p = Sql.bind(select, 1, chunk);
        select.setLong(p, municipalityId);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            byPerson
                .computeIfAbsent(rs.getLong(1), person -> new ArrayList<>())
                .add(evidence(rs, 2, rs.getBoolean(11)));
          }
        }
      }
    }
    return byPerson;
  }

  /** The non-voided evidence of each person, under any of their identities. */
  static Map<Long, List<Evidence>> ofPersons(
      Connection db, long municipalityId, Collection<Long> personIds) throws SQLException {
    Map<Long, List<Evidence>> byPerson = new HashMap<>();
    for (List<Long> chunk : Sql.chunks(List.copyOf(personIds), IDS_PER_QUERY)) {
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT i.person_id, e.seq, e.statement_id, e.kind, e.actor_kind, e.actor_value,"
                  + " e.course_code, e.module_code, e.activity_id, e.occurred_at"
                  + " FROM person_identity i"
                  + " JOIN progress_evidence e ON e.municipality_id = i.municipality_id"
                  + " AND e.actor_kind = i.kind AND e.actor_value = i.value"
                  + " WHERE i.municipality_id = ? AND i.person_id IN ("
                  + Sql.placeholders(chunk.size())
                  + ") AND NOT e.voided")) {
        select.setLong(1, municipalityId);
        Sql.bind(select, 2, chunk);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            byPerson
                .computeIfAbsent(rs.getLong(1), p -> new ArrayList<>())
                .add(evidence(rs, 2, false));
          }
        }
      }
    }
    return byPerson;
  }

  /** The stored evidence (voided or not) of the municipality's statements from seq to seq. */
  static Map<Long, Evidence> between(Connection db, long municipalityId, long first, long last)
      throws SQLException {
    Map<Long, Evidence> stored = new HashMap<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT seq, statement_id, kind, actor_kind, actor_value, course_code, module_code,"
                + " activity_id, occurred_at, voided FROM progress_evidence"
                + " WHERE seq BETWEEN ? AND ? AND municipality_id = ?")) {
      select.setLong(1, first);
      select.setLong(2, last);
      select.setLong(3, municipalityId);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          stored.put(rs.getLong(1), evidence(rs, 1, rs.getBoolean(10)));
        }
      }
    }
    return stored;
  }

  /** The stored evidence (voided or not) of these statements of the municipality, by seq. */
  static Map<Long, Evidence> ofSeqs(Connection db, long municipalityId, Collection<Long> seqs)
      throws SQLException {
    Map<Long, Evidence> stored = new HashMap<>();
    for (List<Long> chunk : Sql.chunks(List.copyOf(seqs), IDS_PER_QUERY)) {
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT seq, statement_id, kind, actor_kind, actor_value, course_code, module_code,"
                  + " activity_id, occurred_at, voided FROM progress_evidence WHERE seq IN ("
                  + Sql.placeholders(chunk.size())
                  + ") AND municipality_id = ?")) {
        int p = Sql.bind(select, 1, chunk);
        select.setLong(p, municipalityId);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            stored.put(rs.getLong(1), evidence(rs, 1, rs.getBoolean(10)));
          }
        }
      }
    }
    return stored;
  }

  /**
   * Makes the evidence rows of these statements equal to {@code extracted}, given what is {@code
   * stored} for them, while statements are being stored: like {@link #reconcile}, but a row that
   * differs is updated by its key and a missing one inserted, never {@code INSERT … ON DUPLICATE
   * KEY UPDATE}, whose next-key locks on rows near the newest would make the stores that insert
   * evidence after them wait and deadlock. A voided flag is never cleared. Answers the seqs whose
   * evidence changed.
   */
  static List<Long> rewrite(
      Connection db, long municipalityId, Map<Long, Evidence> stored, List<Evidence> extracted)
      throws SQLException {
    List<Long> changed = new ArrayList<>();
    List<Evidence> added = new ArrayList<>();
    try (PreparedStatement update =
        db.prepareStatement(
            "UPDATE progress_evidence SET statement_id = ?, kind = ?, actor_kind = ?,"
                + " actor_value = ?, course_code = ?, module_code = ?, activity_id = ?,"
                + " occurred_at = ?, voided = voided OR ? WHERE seq = ?")) {
      int updates = 0;
      for (Evidence e : extracted) {
        Evidence now = stored.remove(e.seq());
        if (now == null) {
          added.add(e);
          changed.add(e.seq());
        } else if (!now.equals(e)) {
          update.setString(1, e.statementId());
          update.setString(2, e.kind().name());
          update.setString(3, e.actor().kind().name());
          update.setString(4, e.actor().value());
          update.setString(5, e.courseCode());
          update.setString(6, e.moduleCode());
          update.setString(7, e.activityId());
          update.setObject(8, Sql.utc(e.occurredAt()));
          update.setBoolean(9, e.voided());
          update.setLong(10, e.seq());
          update.addBatch();
          updates++;
          changed.add(e.seq());
        }
      }
      if (updates > 0) {
        update.executeBatch();
      }
    }
    if (!added.isEmpty()) {
      insert(db, municipalityId, added);
    }
    List<Long> gone = List.copyOf(stored.keySet());
    deleteBySeq(db, gone);
    changed.addAll(gone);
    return changed;
  }

  /**
   * Makes the evidence rows of a page of statements equal to {@code extracted}, given what is
   * {@code stored} for the same page: inserts what is missing, rewrites what differs, deletes rows
   * of statements that are no longer evidence. A voided flag is never cleared (voiding is
   * permanent; a voiding stored after the caller read the page has set it meanwhile).
   */
  static Difference reconcile(
      Connection db, long municipalityId, Map<Long, Evidence> stored, List<Evidence> extracted)
      throws SQLException {
    List<Evidence> write = new ArrayList<>();
    int added = 0;
    for (Evidence e : extracted) {
      Evidence now = stored.remove(e.seq());
      if (now == null) {
        added++;
        write.add(e);
      } else if (!now.equals(e)) {
        write.add(e);
      }
    }
    if (!write.isEmpty()) {
      List<Object[]> rows = new ArrayList<>(write.size());
      for (Evidence e : write) {
        rows.add(row(municipalityId, e));
      }
      MultiRowInsert.insertAll(
          db,
          "progress_evidence",
          COLUMNS,
          rows,
          " ON DUPLICATE KEY UPDATE statement_id = VALUES(statement_id), kind = VALUES(kind),"
              + " actor_kind = VALUES(actor_kind), actor_value = VALUES(actor_value),"
              + " course_code = VALUES(course_code), module_code = VALUES(module_code),"
              + " activity_id = VALUES(activity_id), occurred_at = VALUES(occurred_at),"
              + " voided = voided OR VALUES(voided)");
    }
    List<Long> gone = List.copyOf(stored.keySet());
    deleteBySeq(db, gone);
    return new Difference(added, write.size() - added, gone.size());
  }

  /** Deletes the evidence rows with these sequence numbers. */
  private static void deleteBySeq(Connection db, List<Long> seqs) throws SQLException {
    for (List<Long> chunk : Sql.chunks(seqs, IDS_PER_QUERY)) {
      try (PreparedStatement delete =
          db.prepareStatement(
              "DELETE FROM progress_evidence WHERE seq IN ("
                  + Sql.placeholders(chunk.size())
                  + ")")) {
        Sql.bind(delete, 1, chunk);
        delete.executeUpdate();
      }
    }
  }
}
