package no.abctracker.progress.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.progress.entity.ActorKey;
import no.abctracker.progress.entity.Completions;
import no.abctracker.progress.entity.CourseProgress;
import no.abctracker.progress.entity.ParkedWork;
import no.abctracker.progress.entity.ProjectionStatus;
import no.abctracker.training.cohorts.control.CompletedCourses;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.organisation.entity.Person;

/**
 * Reads the projection: a person's completions and their progress per course, and how far the
 * projector is behind. Reads the person-level tables only, never statements. Callers check who may
 * see whom.
 */
@ApplicationScoped
public class Progress implements CompletedCourses {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject CourseCatalogue catalogue;
  @Inject StatementTally tally;

  /** The module and course completions of {@code person}, as the projector last wrote them. */
  public Completions completionsOf(Municipality municipality, Person person) {
    return completionsOf(municipality, List.of(person)).getOrDefault(person.id(), Completions.NONE);
  }

  /**
   * The stored completions of each of {@code persons}, by person id, in one read (a cohort's
   * members); a person without any has no entry.
   */
  public Map<Long, Completions> completionsOf(
      Municipality municipality, Collection<Person> persons) {
    try (Connection db = dataSource.getConnection()) {
      return CompletionTable.ofPersons(
          db, municipality.id(), persons.stream().map(Person::id).collect(Collectors.toSet()));
    } catch (SQLException e) {
      throw new IllegalStateException("Reading completions failed: " + e.getMessage(), e);
    }
  }

  @Override
  public Set<Long> completed(
      Municipality municipality, Collection<Person> persons, String courseCode) {
    Set<Long> completed = new HashSet<>();
    completionsOf(municipality, persons)
        .forEach(
            (personId, completions) -> {
              if (completions.course(courseCode).isPresent()) {
                completed.add(personId);
              }
            });
    return completed;
  }

  /** Every course of the catalogue, in catalogue order, with the person's progress in it. */
  public List<CourseProgress> of(Municipality municipality, Person person) {
    Completions completions = completionsOf(municipality, person);
    return catalogue.courses().stream().map(c -> CourseProgress.of(c, completions)).toList();
  }

  public ProjectionStatus status(Municipality municipality) {
    try (Connection db = dataSource.getConnection()) {
      return ProgressQueue.status(db, municipality.id());
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the progress queue failed: " + e.getMessage(), e);
    }
  }

  /**
   * Erases what the projection holds of a person (GDPR art. 17) in the caller's transaction: their
   * manual registrations, completions, evidence (by their actor keys, and any evidence of the
   * deleted statements {@code deletedSeqs}), the queued work for them and the tally of their actor
   * keys. Waits for a projector running for the municipality, so that it cannot write them back.
   * Counts per kind of what went.
   */
  public Map<String, Integer> erase(
      long municipalityId, long personId, Set<ActorKey> keys, Set<Long> deletedSeqs) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (Connection db = dataSource.getConnection()) {
      ProjectorLock.await(db, municipalityId);
      counts.put("manualRegistrations", byPerson(db, "manual_registration", personId));
      counts.put("moduleCompletions", byPerson(db, "module_completion", personId));
      counts.put("courseCompletions", byPerson(db, "course_completion", personId));
      Set<Long> evidence = new TreeSet<>(deletedSeqs);
      for (ActorKey key : keys) {
        try (PreparedStatement select =
            db.prepareStatement(
                "SELECT seq FROM progress_evidence WHERE municipality_id = ? AND actor_kind = ?"
                    + " AND actor_value = ?")) {
          select.setLong(1, municipalityId);
          select.setString(2, key.kind().name());
          select.setString(3, key.value());
          try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
              evidence.add(rs.getLong(1));
            }
          }
        }
      }
      int evidenceRows = 0;
      int pending = 0;
      for (List<Long> chunk : Sql.chunks(List.copyOf(evidence), 500)) {
        evidenceRows +=
            deleteIn(
                db,
                "DELETE FROM progress_evidence WHERE municipality_id = ? AND seq IN (",
                municipalityId,
                chunk);
        pending +=
            deleteIn(
                db,
                "DELETE FROM progress_pending WHERE municipality_id = ? AND kind = 'EVIDENCE'"
                    + " AND ref IN (",
                municipalityId,
                chunk);
      }
      pending +=
          deleteIn(
              db,
              "DELETE FROM progress_pending WHERE municipality_id = ? AND kind = 'PERSON' AND ref IN (",
              municipalityId,
              List.of(personId));
      counts.put("evidence", evidenceRows);
      counts.put("queuedWork", pending);
    } catch (SQLException e) {
      throw new IllegalStateException("Erasing progress failed: " + e.getMessage(), e);
    }
    counts.put("unmatchedActorTally", tally.erase(municipalityId, keys));
    return counts;
  }

  /**
   * Forgets the evidence (and queued work) of deleted statements {@code seqs} of nobody on the
   * roster, in the caller's transaction (the retention of unknown actors' statements).
   */
  public int forgetStatements(long municipalityId, Set<Long> seqs) {
    return seqs.isEmpty() ? 0 : erase(municipalityId, 0L, Set.of(), seqs).get("evidence");
  }

  private static int byPerson(Connection db, String table, long personId) throws SQLException {
    try (PreparedStatement delete =
        db.prepareStatement("DELETE FROM " + table + " WHERE person_id = ?")) {
      delete.setLong(1, personId);
      return delete.executeUpdate();
    }
  }

  private static int deleteIn(Connection db, String sql, long municipalityId, List<Long> refs)
      throws SQLException {
    try (PreparedStatement delete =
        db.prepareStatement(sql + Sql.placeholders(refs.size()) + ")")) {
      delete.setLong(1, municipalityId);
      for (int i = 0; i < refs.size(); i++) {
        delete.setLong(i + 2, refs.get(i));
      }
      return delete.executeUpdate();
    }
  }

  /** The work the projector parked for this municipality (failed every time), oldest first. */
  public List<ParkedWork> parked(Municipality municipality) {
    try (Connection db = dataSource.getConnection()) {
      return ProgressQueue.parked(db, municipality.id());
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the progress queue failed: " + e.getMessage(), e);
    }
  }

  /**
   * Puts the municipality's parked work back in the queue (after the cause is fixed); answers how
   * many rows. A row that still fails is parked again after {@link
   * Projector#ATTEMPTS_BEFORE_PARKING} attempts.
   */
  @Transactional
  public int retryParked(Municipality municipality) {
    try (Connection db = dataSource.getConnection()) {
      return ProgressQueue.unpark(db, municipality.id());
    } catch (SQLException e) {
      throw new IllegalStateException("Retrying parked progress work failed: " + e.getMessage(), e);
    }
  }
}
