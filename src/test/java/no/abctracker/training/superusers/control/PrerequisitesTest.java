package no.abctracker.training.superusers.control;

import static no.abctracker.training.superusers.control.Courses.catalogue;
import static no.abctracker.training.superusers.control.Courses.course;
import static org.assertj.core.api.Assertions.assertThat;

import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import org.junit.jupiter.api.Test;

/** Which courses make a super-user for a technology qualified. */
class PrerequisitesTest {

  @Test
  void withTheShippedCatalogueADispenserSuperUserNeedsAbcAndTheDispenserCourse() {
    CourseCatalogue shipped = CourseCatalogue.fromClasspath();
    assertThat(Prerequisites.forTechnology("MEDICINE_DISPENSER", shipped))
        .extracting(Course::code)
        .containsExactly("ABC", "SB-MEDISINDISPENSER");
  }

  @Test
  void aTechnologyWithoutACourseNeedsOnlyAbc() {
    CourseCatalogue shipped = CourseCatalogue.fromClasspath();
    assertThat(Prerequisites.forTechnology("SAFETY_ALARM", shipped))
        .extracting(Course::code)
        .containsExactly("ABC");
  }

  @Test
  void aTechnologyCoursesOwnPrerequisitesAreRequiredTooTransitivelyInCatalogueOrder() {
    CourseCatalogue catalogue =
        catalogue(
            course("ABC", "Velferdsteknologiens ABC", null),
            course("BASIS", "Digital grunnkompetanse", null),
            course("GPS-1", "GPS del 1", null, "BASIS"),
            course("SB-GPS", "Superbruker GPS", "GPS", "GPS-1"),
            course("SB-DOOR", "Superbruker dørlås", "ELECTRONIC_DOOR_LOCK", "ABC"));

    assertThat(Prerequisites.forTechnology("GPS", catalogue))
        .extracting(Course::code)
        .containsExactly("ABC", "BASIS", "GPS-1", "SB-GPS");
    assertThat(Prerequisites.forTechnology("ELECTRONIC_DOOR_LOCK", catalogue))
        .extracting(Course::code)
        .as("ABC once, though also the course's prerequisite")
        .containsExactly("ABC", "SB-DOOR");
  }

  @Test
  void twoCoursesAboutOneTechnologyAreBothRequired() {
    CourseCatalogue catalogue =
        catalogue(
            course("ABC", "ABC", null),
            course("EPJ-1", "EPJ grunnkurs", "EHR"),
            course("EPJ-2", "EPJ for superbrukere", "EHR"));
    assertThat(Prerequisites.forTechnology("EHR", catalogue))
        .extracting(Course::code)
        .containsExactly("ABC", "EPJ-1", "EPJ-2");
  }

  @Test
  void aCatalogueWithoutAbcRequiresOnlyTheTechnologyCourses() {
    CourseCatalogue catalogue = catalogue(course("SB-GPS", "Superbruker GPS", "GPS"));
    assertThat(Prerequisites.forTechnology("GPS", catalogue))
        .extracting(Course::code)
        .containsExactly("SB-GPS");
    assertThat(Prerequisites.forTechnology("EHR", catalogue)).isEmpty();
  }
}
