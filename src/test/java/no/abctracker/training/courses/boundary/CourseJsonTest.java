package no.abctracker.training.courses.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import no.abctracker.training.courses.control.CourseCatalogue;
import org.junit.jupiter.api.Test;

/** The JSON shape integrators read from {@code GET /api/v1/courses/{code}}. */
class CourseJsonTest {

  final CourseCatalogue catalogue = CourseCatalogue.fromClasspath();

  @Test
  void courseHasCodeTitleActivityIdModulesAndVersions() {
    JsonObject abc = CourseJson.of(catalogue.course("ABC"));

    assertThat(abc.getString("code")).isEqualTo("ABC");
    assertThat(abc.getJsonObject("title").getString("nb-NO")).isEqualTo("Velferdsteknologiens ABC");
    assertThat(abc.getString("activityId"))
        .isEqualTo("https://abc-tracker.no/xapi/courses/velferdsteknologiens-abc");
    assertThat(abc.containsKey("technology")).isFalse();
    assertThat(abc.getJsonArray("prerequisites")).isEmpty();

    JsonObject moduleA = abc.getJsonArray("modules").getJsonObject(0);
    assertThat(moduleA.keySet()).containsExactly("code", "title", "activityId", "mandatory");
    assertThat(moduleA.getString("code")).isEqualTo("A");
    assertThat(moduleA.getJsonObject("title").getString("en")).isEqualTo("Law and ethics");
    assertThat(moduleA.getBoolean("mandatory")).isTrue();
  }

  @Test
  void versionsCarryTheirCompletionRule() {
    JsonObject abc = CourseJson.of(catalogue.course("ABC"));

    JsonObject group = abc.getJsonArray("versions").getJsonObject(0);
    assertThat(group.getString("code")).isEqualTo("2016");
    assertThat(group.getString("delivery")).isEqualTo("GROUP");
    JsonObject attendance = group.getJsonObject("completion");
    assertThat(attendance.getString("rule")).isEqualTo("ATTENDANCE");
    assertThat(attendance.getInt("sessions")).isEqualTo(5);
    assertThat(attendance.getInt("minimumAttendancePercent")).isEqualTo(80);
    assertThat(attendance.getInt("requiredSessions")).isEqualTo(4);

    JsonObject digital = abc.getJsonArray("versions").getJsonObject(1);
    assertThat(digital.getString("delivery")).isEqualTo("E_LEARNING");
    assertThat(digital.getJsonObject("completion").keySet()).containsExactly("rule");
    assertThat(digital.getJsonObject("completion").getString("rule"))
        .isEqualTo("MANDATORY_MODULES");
  }

  @Test
  void superUserCourseShowsTechnologyAndPrerequisites() {
    JsonObject course = CourseJson.of(catalogue.course("SB-MEDISINDISPENSER"));

    assertThat(course.getString("technology")).isEqualTo("MEDICINE_DISPENSER");
    assertThat(course.getJsonArray("prerequisites").getString(0))
        .isEqualTo("https://abc-tracker.no/xapi/courses/velferdsteknologiens-abc");
  }

  @Test
  void listHasEveryCourse() {
    assertThat(CourseJson.of(catalogue.courses())).hasSize(catalogue.courses().size());
  }
}
