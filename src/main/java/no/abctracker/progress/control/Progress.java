package no.abctracker.progress.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.progress.entity.Completions;
import no.abctracker.progress.entity.CourseProgress;
import no.abctracker.progress.entity.ParkedWork;
import no.abctracker.progress.entity.ProjectionStatus;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.organisation.entity.Person;

/**
 * Reads the projection: a person's completions and their progress per course, and how far the
 * projector is behind. Reads the person-level tables only, never statements. Callers check who may
 * see whom.
 */
@ApplicationScoped
public class Progress {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject CourseCatalogue catalogue;

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
