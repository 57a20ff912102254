package no.abctracker.progress.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.progress.entity.Completions;
import no.abctracker.progress.entity.CourseProgress;
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
}
