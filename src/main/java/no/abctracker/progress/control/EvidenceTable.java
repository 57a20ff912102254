package no.abctracker.progress.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
          "occurred_at",
          "voided");

  private EvidenceTable() {}

  static void insert(Connection db, long municipalityId, List<Evidence> evidence)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>(evidence.size());
    for (Evidence e : evidence) {
      rows.add(
          new Object[] {
            e.seq(),
            municipalityId,
            e.statementId(),
            e.kind().name(),
            e.actor().kind().name(),
            e.actor().value(),
            e.courseCode(),
            e.moduleCode(),
            Sql.utc(e.occurredAt()),
            e.voided()
          });
    }
    Sql.insert(db, "progress_evidence", COLUMNS, rows, "");
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

  /** The persons (as the roster knows them now) whose evidence these are. */
  static Set<Long> personsOf(Connection db, long municipalityId, Collection<Long> seqs)
      throws SQLException {
    Set<Long> persons = new HashSet<>();
    for (List<Long> chunk : Sql.chunks(List.copyOf(seqs), IDS_PER_QUERY)) {
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT DISTINCT i.person_id FROM progress_evidence e JOIN person_identity i"
                  + " ON i.municipality_id = e.municipality_id AND i.kind = e.actor_kind"
                  + " AND i.value = e.actor_value WHERE e.seq IN ("
                  + Sql.placeholders(chunk.size())
                  + ") AND e.municipality_id = ?")) {
        int p = Sql.bind(select, 1, chunk);
        select.setLong(p, municipalityId);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            persons.add(rs.getLong(1));
          }
        }
      }
    }
    return persons;
  }

  /** The non-voided evidence of each person, under any of their identities. */
  static Map<Long, List<Evidence>> ofPersons(
      Connection db, long municipalityId, Collection<Long> personIds) throws SQLException {
    Map<Long, List<Evidence>> byPerson = new HashMap<>();
    for (List<Long> chunk : Sql.chunks(List.copyOf(personIds), IDS_PER_QUERY)) {
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT i.person_id, e.seq, e.statement_id, e.kind, e.actor_kind, e.actor_value,"
                  + " e.course_code, e.module_code, e.occurred_at FROM person_identity i"
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
                .add(
                    new Evidence(
                        rs.getLong(2),
                        rs.getString(3),
                        EvidenceKind.valueOf(rs.getString(4)),
                        new ActorKey(IdentityKind.valueOf(rs.getString(5)), rs.getString(6)),
                        rs.getString(7),
                        rs.getString(8),
                        Sql.instant(rs.getObject(9, LocalDateTime.class)),
                        false));
          }
        }
      }
    }
    return byPerson;
  }
}
