package no.abctracker.training.superusers.control;

import static no.abctracker.training.superusers.control.Courses.completed;
import static no.abctracker.training.superusers.control.Courses.course;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.abctracker.training.courses.entity.Course;
import org.junit.jupiter.api.Test;

/** Qualified on date D = every prerequisite completed by the end of D in Europe/Oslo. */
class QualificationTest {

  static final Course ABC = course("ABC", "Velferdsteknologiens ABC", null);
  static final Course DISPENSER =
      course("SB-MD", "Superbruker medisindispenser", "MEDICINE_DISPENSER");
  static final List<Course> REQUIRED = List.of(ABC, DISPENSER);

  @Test
  void allPrerequisitesCompletedMeansQualified() {
    Qualification q =
        Qualification.of(
            REQUIRED,
            Map.of(
                "ABC", completed(1, "ABC", "2024-03-01T10:00:00Z"),
                "SB-MD", completed(1, "SB-MD", "2024-04-01T10:00:00Z")),
            LocalDate.of(2024, 5, 1));
    assertThat(q.qualified()).isTrue();
    assertThat(q.missing()).isEmpty();
    assertThat(q.prerequisites().get(1).completion().orElseThrow().completedOn())
        .isEqualTo(LocalDate.of(2024, 4, 1));
  }

  @Test
  void aMissingCourseIsListedAndMeansNotQualified() {
    Qualification q =
        Qualification.of(
            REQUIRED,
            Map.of("SB-MD", completed(1, "SB-MD", "2024-04-01T10:00:00Z")),
            LocalDate.of(2024, 5, 1));
    assertThat(q.qualified()).isFalse();
    assertThat(q.missing()).containsExactly(ABC);
    assertThat(q.prerequisites().get(0).met()).isFalse();
    assertThat(q.prerequisites().get(1).met()).isTrue();
  }

  @Test
  void aCourseCompletedAfterTheDateDoesNotCountOnIt() {
    Map<String, no.abctracker.certificates.entity.CourseCompletion> done =
        Map.of(
            "ABC", completed(1, "ABC", "2024-03-01T10:00:00Z"),
            "SB-MD", completed(1, "SB-MD", "2024-06-01T10:00:00Z"));
    assertThat(Qualification.of(REQUIRED, done, LocalDate.of(2024, 5, 31)).qualified()).isFalse();
    assertThat(Qualification.of(REQUIRED, done, LocalDate.of(2024, 6, 1)).qualified()).isTrue();
  }

  @Test
  void theDayEndsAtMidnightInOsloNotUtcInWinter() {
    List<Course> abcOnly = List.of(ABC);
    var lateEvening = Map.of("ABC", completed(1, "ABC", "2024-01-15T22:59:59Z"));
    var afterMidnight = Map.of("ABC", completed(1, "ABC", "2024-01-15T23:00:00Z"));
    LocalDate jan15 = LocalDate.of(2024, 1, 15);
    assertThat(Qualification.of(abcOnly, lateEvening, jan15).qualified())
        .as("23:59:59 in Oslo is still the 15th")
        .isTrue();
    assertThat(Qualification.of(abcOnly, afterMidnight, jan15).qualified())
        .as("00:00 in Oslo is the 16th, though still the 15th in UTC")
        .isFalse();
  }

  @Test
  void theDayEndsAtMidnightInOsloInSummer() {
    List<Course> abcOnly = List.of(ABC);
    LocalDate jul1 = LocalDate.of(2024, 7, 1);
    assertThat(
            Qualification.of(
                    abcOnly, Map.of("ABC", completed(1, "ABC", "2024-07-01T21:59:59Z")), jul1)
                .qualified())
        .isTrue();
    assertThat(
            Qualification.of(
                    abcOnly, Map.of("ABC", completed(1, "ABC", "2024-07-01T22:00:00Z")), jul1)
                .qualified())
        .isFalse();
  }

  @Test
  void noPrerequisitesAtAllIsQualified() {
    assertThat(Qualification.of(List.of(), Map.of(), LocalDate.of(2024, 1, 1)).qualified())
        .isTrue();
  }
}
