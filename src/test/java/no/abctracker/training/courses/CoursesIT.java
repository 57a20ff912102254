package no.abctracker.training.courses;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The course catalogue as an integrator reads it: loaded from the packaged xAPI Profiles. */
@ExtendWith(ArquillianExtension.class)
class CoursesIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void abcCourseComesFromTheProfileWithItsModulesAndVersions() {
    HttpResponse<String> response = Http.at(base).asAdmin().get("api/v1/courses/ABC");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject course = Http.json(response).asJsonObject();
    assertThat(course.getString("code")).isEqualTo("ABC");
    assertThat(course.getString("activityId")).startsWith("https://");
    assertThat(course.getJsonArray("modules")).hasSize(5);
    assertThat(course.getJsonArray("modules").getJsonObject(0).getBoolean("mandatory")).isTrue();
    assertThat(course.getJsonArray("versions").toString()).contains("2016", "DIGITAL");
  }

  @Test
  void everyProfileIsACourse() {
    HttpResponse<String> response = Http.at(base).asAdmin().get("api/v1/courses");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"ABC\"", "SB-MEDISINDISPENSER");
  }

  @Test
  void unknownCourseIsAProblemNotAnError() {
    HttpResponse<String> response = Http.at(base).asAdmin().get("api/v1/courses/NOPE");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("NOPE");
  }
}
