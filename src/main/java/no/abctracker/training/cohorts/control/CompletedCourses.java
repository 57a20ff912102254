package no.abctracker.training.cohorts.control;

import java.util.Collection;
import java.util.Set;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.entity.Person;

/**
 * Who of some persons has completed a course, as the progress projection last wrote it. Declared
 * here and implemented by {@code progress.control.Progress}, so that enrolling needs the answer
 * without training depending on progress (which depends on training's cohorts).
 */
public interface CompletedCourses {

  /** The ids of those of {@code persons} with a completion of {@code courseCode}. */
  Set<Long> completed(Municipality municipality, Collection<Person> persons, String courseCode);
}
