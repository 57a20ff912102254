package no.abctracker.certificates.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import no.abctracker.certificates.entity.CourseCompletion;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import org.junit.jupiter.api.Test;

/** How the certificate says the course was completed. */
class CompletionBasisTest {

  static final Course ABC = CourseCatalogue.fromClasspath().course("ABC");

  static CourseCompletion completion(String basis, String version) {
    return new CourseCompletion(
        1, "ABC", Instant.parse("2024-03-01T12:00:00Z"), basis, Optional.ofNullable(version), "s");
  }

  @Test
  void theGroupCourseNamesItsAttendanceRule() {
    assertThat(CompletionBasis.describe(completion("ATTENDANCE", "2016"), ABC, "nb-NO"))
        .isEqualTo("Heftebasert gruppekurs (2016), oppmøte på minst 4 av 5 samlinger");
    assertThat(CompletionBasis.describe(completion("ATTENDANCE", "2016"), ABC, "en"))
        .isEqualTo("Booklet-based group course (2016), attended at least 4 of 5 gatherings");
  }

  @Test
  void theELearningNamesItsModules() {
    assertThat(CompletionBasis.describe(completion("MODULES", "DIGITAL"), ABC, "nb-NO"))
        .isEqualTo("E-læring, alle obligatoriske moduler gjennomført");
  }

  @Test
  void aRegistrationWithoutVersionSaysSo() {
    assertThat(CompletionBasis.describe(completion("REGISTERED", null), ABC, "nb-NO"))
        .isEqualTo("Registrert av kommunen");
    assertThat(CompletionBasis.describe(completion("REGISTERED", null), ABC, "en"))
        .isEqualTo("Registered by the municipality");
  }

  @Test
  void anUnknownVersionIsLeftOut() {
    assertThat(CompletionBasis.describe(completion("MODULES", "1999"), ABC, "en"))
        .isEqualTo("All mandatory modules completed");
  }
}
