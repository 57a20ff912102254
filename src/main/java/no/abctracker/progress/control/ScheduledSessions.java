package no.abctracker.progress.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.abctracker.progress.entity.ScheduledSession;

/**
 * What the attendance rule reads of the cohorts' tables ({@code cohort}, {@code cohort_session},
 * {@code cohort_member}; owned by {@code training.cohorts}): the sessions that attended statements
 * name, with their cohort's course version and number of sessions, and whom a change of a cohort's
 * schedule concerns.
 */
final class ScheduledSessions {

  private static final int IDS_PER_QUERY = 1000;

  private ScheduledSessions() {}

  /** The scheduled sessions among these activities, by activity id; others are not sessions. */
  static Map<String, ScheduledSession> of(
      Connection db, long municipalityId, Collection<String> activityIds) throws SQLException {
    Map<String, ScheduledSession> sessions = new HashMap<>();
    for (List<String> chunk : Sql.chunks(List.copyOf(activityIds), IDS_PER_QUERY)) {
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT s.activity_id, s.cohort_id, c.course_code, c.version_code,"
                  + " (SELECT COUNT(*) FROM cohort_session n WHERE n.cohort_id = s.cohort_id)"
                  + " FROM cohort_session s JOIN cohort c ON c.id = s.cohort_id"
                  + " WHERE s.municipality_id = ? AND s.activity_id IN ("
                  + Sql.placeholders(chunk.size())
                  + ")")) {
        select.setLong(1, municipalityId);
        Sql.bind(select, 2, chunk);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            sessions.put(
                rs.getString(1),
                new ScheduledSession(
                    rs.getString(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getInt(5)));
          }
        }
      }
    }
    return sessions;
  }

  /**
   * Whom a change of these cohorts' schedules concerns: their members, and anyone whose attendance
   * evidence names one of their sessions (a statement an outside system sent).
   */
  static Set<Long> personsOf(Connection db, long municipalityId, Collection<Long> cohortIds)
      throws SQLException {
    Set<Long> persons = new HashSet<>();
    for (List<Long> chunk : Sql.chunks(List.copyOf(cohortIds), IDS_PER_QUERY)) {
      String in = Sql.placeholders(chunk.size());
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT m.person_id FROM cohort_member m WHERE m.municipality_id = ?"
                  + " AND m.cohort_id IN ("
                  + in
                  + ") UNION SELECT i.person_id FROM cohort_session s"
                  + " JOIN progress_evidence e ON e.municipality_id = s.municipality_id"
                  + " AND e.activity_id = s.activity_id"
                  + " JOIN person_identity i ON i.municipality_id = e.municipality_id"
                  + " AND i.kind = e.actor_kind AND i.value = e.actor_value"
                  + " WHERE s.municipality_id = ? AND s.cohort_id IN ("
                  + in
                  + ")")) {
        select.setLong(1, municipalityId);
        int p = Sql.bind(select, 2, chunk);
        select.setLong(p, municipalityId);
        Sql.bind(select, p + 1, chunk);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            persons.add(rs.getLong(1));
          }
        }
      }
    }
    return persons;
  }
}
