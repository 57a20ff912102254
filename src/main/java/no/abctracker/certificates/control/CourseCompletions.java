package no.abctracker.certificates.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.abctracker.certificates.entity.CourseCompletion;

/**
 * Reads course completions from the progress projection's {@code course_completion} table (its
 * contract: one row per person and course, {@code completed_at} UTC, removed when the statement
 * that gave it is voided). Read-only here.
 */
@ApplicationScoped
public class CourseCompletions {

  /** Person ids per query, so the IN list stays a reasonable statement. */
  private static final int CHUNK = 1000;

  private static final String COLUMNS =
      "SELECT person_id, course_code, completed_at, basis, version_code, statement_id"
          + " FROM course_completion";

  @PersistenceContext EntityManager em;

  public Optional<CourseCompletion> of(long municipalityId, long personId, String courseCode) {
    List<?> rows =
        em.createNativeQuery(
                COLUMNS + " WHERE municipality_id = ? AND person_id = ? AND course_code = ?")
            .setParameter(1, municipalityId)
            .setParameter(2, personId)
            .setParameter(3, courseCode)
            .getResultList();
    return rows.stream().map(row -> completion((Object[]) row)).findFirst();
  }

  /** Every course completion of these persons, by person id and course code. */
  public Map<Long, Map<String, CourseCompletion>> of(
      long municipalityId, Collection<Long> personIds) {
    Map<Long, Map<String, CourseCompletion>> byPerson = new HashMap<>();
    List<Long> ids = List.copyOf(personIds);
    for (int start = 0; start < ids.size(); start += CHUNK) {
      List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
      String placeholders = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
      var query =
          em.createNativeQuery(
                  COLUMNS + " WHERE municipality_id = ? AND person_id IN (" + placeholders + ")")
              .setParameter(1, municipalityId);
      for (int i = 0; i < chunk.size(); i++) {
        query.setParameter(i + 2, chunk.get(i));
      }
      for (Object row : query.getResultList()) {
        CourseCompletion completion = completion((Object[]) row);
        byPerson
            .computeIfAbsent(completion.personId(), p -> new HashMap<>())
            .put(completion.courseCode(), completion);
      }
    }
    return byPerson;
  }

  private static CourseCompletion completion(Object[] row) {
    return new CourseCompletion(
        ((Number) row[0]).longValue(),
        (String) row[1],
        utc(row[2]),
        (String) row[3],
        Optional.ofNullable((String) row[4]),
        (String) row[5]);
  }

  /** DATETIME(6) holds UTC; the driver hands it over as a LocalDateTime or a Timestamp. */
  private static java.time.Instant utc(Object value) {
    LocalDateTime local =
        value instanceof java.sql.Timestamp timestamp
            ? timestamp.toLocalDateTime()
            : (LocalDateTime) value;
    return local.toInstant(ZoneOffset.UTC);
  }
}
