package no.abctracker.training.superusers.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.abctracker.kernel.Language;
import no.abctracker.problems.BadRequest;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.superusers.entity.Technology;
import org.junit.jupiter.api.Test;

/** The technologies are data: the packaged list plus what the catalogue's courses name. */
class TechnologiesTest {

  static Technologies packaged(List<Course> courses) {
    InputStream list =
        TechnologiesTest.class.getClassLoader().getResourceAsStream(Technologies.RESOURCE);
    return Technologies.of(list, courses);
  }

  @Test
  void theEightTechnologiesOfTheIssueComeWithBokmaalAndEnglishNames() {
    Technologies technologies = packaged(CourseCatalogue.fromClasspath().courses());

    assertThat(technologies.all())
        .extracting(Technology::code)
        .containsExactly(
            "SAFETY_ALARM",
            "MEDICINE_DISPENSER",
            "DIGITAL_SUPERVISION",
            "ELECTRONIC_DOOR_LOCK",
            "GPS",
            "DIGITAL_HOME_FOLLOW_UP",
            "RESPONSE_CENTRE",
            "EHR");
    Technology dispenser = technologies.get("MEDICINE_DISPENSER");
    assertThat(dispenser.label(Language.NB)).isEqualTo("medisindispenser");
    assertThat(dispenser.phrase(Language.EN)).isEqualTo("medicine dispensers");
    assertThat(technologies.get("ELECTRONIC_DOOR_LOCK").label(Language.NB))
        .isEqualTo("elektronisk dørlås");
    assertThat(technologies.get("EHR").label(Language.NB))
        .isEqualTo("elektronisk pasientjournal (EPJ)");
    assertThat(technologies.get("GPS").phrase(Language.NB))
        .as("no phrase: the label")
        .isEqualTo("lokaliseringsteknologi (GPS)");
    assertThat(technologies.coursesAbout("MEDICINE_DISPENSER"))
        .containsExactly("SB-MEDISINDISPENSER");
    assertThat(technologies.coursesAbout("GPS")).isEmpty();
  }

  @Test
  void aTechnologyOnlyACourseNamesIsAddedWithItsCodeAsName() {
    Course robot =
        new Course(
            "SB-ROBOT",
            "https://example.org/courses/robot",
            Map.of("nb-NO", "Robotstøvsuger"),
            Optional.of("ROBOT_VACUUM"),
            List.of(),
            List.of(),
            List.of(),
            "https://example.org/profile");

    Technologies technologies = packaged(List.of(robot));

    assertThat(technologies.all()).hasSize(9);
    assertThat(technologies.all().get(8).code()).isEqualTo("ROBOT_VACUUM");
    assertThat(technologies.get("ROBOT_VACUUM").label(Language.EN)).isEqualTo("robot vacuum");
    assertThat(technologies.position("ROBOT_VACUUM")).isEqualTo(8);
    assertThat(technologies.coursesAbout("ROBOT_VACUUM")).containsExactly("SB-ROBOT");
  }

  @Test
  void anUnknownTechnologyIsABadRequestNamingTheKnownOnes() {
    Technologies technologies = packaged(List.of());
    assertThatThrownBy(() -> technologies.get("TELEPORTER"))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("unknown technology 'TELEPORTER'")
        .hasMessageContaining("SAFETY_ALARM");
    assertThat(technologies.find(null)).isEmpty();
  }

  @Test
  void aBrokenListStopsStartUpWithAMessage() {
    assertThatThrownBy(
            () ->
                Technologies.of(
                    new ByteArrayInputStream(
                        "[{\"code\":\"GPS\",\"label\":{\"en\":\"GPS\"}}]"
                            .getBytes(StandardCharsets.UTF_8)),
                    List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nb-NO and en");
    assertThatThrownBy(
            () ->
                Technologies.of(
                    new ByteArrayInputStream(
                        ("[{\"code\":\"GPS\",\"label\":{\"nb-NO\":\"a\",\"en\":\"b\"}},"
                                + "{\"code\":\"GPS\",\"label\":{\"nb-NO\":\"a\",\"en\":\"b\"}}]")
                            .getBytes(StandardCharsets.UTF_8)),
                    List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("listed twice");
  }
}
