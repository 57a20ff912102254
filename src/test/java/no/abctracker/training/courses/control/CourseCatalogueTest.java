package no.abctracker.training.courses.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.abctracker.problems.Problem;
import no.abctracker.training.courses.entity.CompletionRule;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.CourseModule;
import no.abctracker.training.courses.entity.CourseVersion;
import no.abctracker.training.courses.entity.CourseVersion.Delivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue as the shipped profiles describe it, and how it loads at start-up. */
class CourseCatalogueTest {

  static final String ABC = "https://abc-tracker.no/xapi/courses/velferdsteknologiens-abc";

  final CourseCatalogue catalogue = CourseCatalogue.fromClasspath();

  @Test
  void abcHasTheFiveBookletTopicsAsMandatoryModulesInOrder() {
    Course abc = catalogue.course("ABC");

    assertThat(abc.activityId()).isEqualTo(ABC);
    assertThat(abc.title()).containsEntry("nb-NO", "Velferdsteknologiens ABC").containsKey("en");
    assertThat(abc.modules())
        .extracting(CourseModule::code, m -> m.title().get("en"), CourseModule::mandatory)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", "Law and ethics", true),
            org.assertj.core.groups.Tuple.tuple("B", "Mapping user needs", true),
            org.assertj.core.groups.Tuple.tuple("C", "Technology in use", true),
            org.assertj.core.groups.Tuple.tuple("D", "Trying it out in practice", true),
            org.assertj.core.groups.Tuple.tuple(
                "E", "Follow-up, evaluation and documenting experience", true));
    assertThat(abc.modules())
        .allSatisfy(
            m -> {
              assertThat(m.activityId()).startsWith(ABC + "/modules/");
              assertThat(m.title()).containsKeys("nb-NO", "en");
            });
    assertThat(abc.technology()).isEmpty();
    assertThat(abc.prerequisites()).isEmpty();
  }

  @Test
  void abcHasTheGroupVersionWithTheAttendanceRuleAndTheDigitalVersion() {
    Course abc = catalogue.course("ABC");

    assertThat(abc.versions()).extracting(CourseVersion::code).containsExactly("2016", "DIGITAL");
    CourseVersion booklets = abc.version("2016").orElseThrow();
    assertThat(booklets.delivery()).isEqualTo(Delivery.GROUP);
    assertThat(booklets.completion()).isEqualTo(new CompletionRule.Attendance(5, 80));
    assertThat(((CompletionRule.Attendance) booklets.completion()).requiredSessions()).isEqualTo(4);
    CourseVersion digital = abc.version("DIGITAL").orElseThrow();
    assertThat(digital.delivery()).isEqualTo(Delivery.E_LEARNING);
    assertThat(digital.completion()).isEqualTo(new CompletionRule.MandatoryModules());
    assertThat(digital.title()).containsEntry("nb-NO", "E-læring");
  }

  @Test
  void superUserCourseNamesItsTechnologyAndRequiresAbc() {
    Course dispenser = catalogue.course("SB-MEDISINDISPENSER");

    assertThat(dispenser.technology()).contains("MEDICINE_DISPENSER");
    assertThat(dispenser.prerequisites()).containsExactly(ABC);
    assertThat(dispenser.modules()).hasSize(4);
    assertThat(dispenser.mandatoryModules())
        .extracting(CourseModule::code)
        .containsExactly("1", "2", "3");
  }

  @Test
  void listsACourseAfterItsPrerequisites() {
    assertThat(catalogue.courses())
        .extracting(Course::code)
        .containsExactly("ABC", "SB-MEDISINDISPENSER");
  }

  @Test
  void findsTheCourseModuleOfAnActivity() {
    var found = catalogue.moduleByActivityId(ABC + "/modules/c").orElseThrow();

    assertThat(found.course().code()).isEqualTo("ABC");
    assertThat(found.module().code()).isEqualTo("C");
    assertThat(catalogue.moduleByActivityId(ABC)).isEmpty();
    assertThat(catalogue.moduleByActivityId("https://example.org/unknown")).isEmpty();
    assertThat(catalogue.courseByActivityId(ABC)).map(Course::code).contains("ABC");
  }

  @Test
  void theProfileNamesKsLaeringsActivityIdsOfTheCourseAndItsModulesAsNationalMappings() {
    assertThat(catalogue.nationalMapping("https://kslaring.no/mod/scorm/view.php?id=9103"))
        .hasValueSatisfying(
            n -> {
              assertThat(n.courseCode()).isEqualTo("ABC");
              assertThat(n.moduleCode()).isEqualTo("C");
            });
    assertThat(catalogue.nationalMapping("https://kslaring.no/course/view.php?id=990"))
        .hasValueSatisfying(n -> assertThat(n.moduleCode()).as("the course itself").isNull());
    assertThat(catalogue.nationalMappings()).hasSize(6);
    assertThat(catalogue.nationalMapping(ABC + "/modules/a")).as("its own id").isEmpty();
  }

  @Test
  void theVerbsThatCompleteAModuleComeFromTheProfile() {
    assertThat(catalogue.completionVerbs())
        .containsExactlyInAnyOrder(
            "http://adlnet.gov/expapi/verbs/completed",
            "http://adlnet.gov/expapi/verbs/passed",
            "https://w3id.org/xapi/adl/verbs/satisfied",
            "https://w3id.org/xapi/adl/verbs/waived",
            // What Moodle's logstore_xapi sends for a completed course.
            "http://id.tincanapi.com/verb/completed");
  }

  @Test
  void withoutTheAbcProfileNothingSaysWhichVerbsCompleteAModule(@TempDir Path folder)
      throws IOException {
    Files.copy(
        Path.of("xapi-profiles/velferdsteknologiens-abc.jsonld"), folder.resolve("abc.jsonld"));
    Files.copy(
        Path.of("src/test/resources/xapi-profiles-valid/fixture.jsonld"),
        folder.resolve("fixture.jsonld"));
    assertThat(loadedFrom(folder).courses()).hasSize(2);

    Files.delete(folder.resolve("abc.jsonld"));

    assertThatThrownBy(() -> loadedFrom(folder))
        .isInstanceOf(InvalidProfiles.class)
        .hasMessageContaining(CourseData.MODULE_COMPLETED);
  }

  @Test
  void unknownCodeIsA404Problem() {
    assertThat(catalogue.find("NOPE")).isEmpty();
    assertThatThrownBy(() -> catalogue.course("NOPE"))
        .isInstanceOf(UnknownCourse.class)
        .hasMessageContaining("NOPE")
        .satisfies(e -> assertThat(((Problem) e).status()).isEqualTo(404));
  }

  @Test
  void moreProfilesMeanMoreCourses(@TempDir Path folder) throws IOException {
    copyShippedProfilesTo(folder);
    Files.copy(
        Path.of("src/test/resources/xapi-profiles-valid/fixture.jsonld"),
        folder.resolve("fixture.jsonld"));

    CourseCatalogue loaded = loadedFrom(folder);

    assertThat(loaded.courses())
        .extracting(Course::code)
        .containsExactlyInAnyOrder("ABC", "SB-MEDISINDISPENSER", "FIXTURE");
  }

  @Test
  void anInvalidProfileStopsStartUpNamingTheFileAndTheRule(@TempDir Path folder)
      throws IOException {
    copyShippedProfilesTo(folder);
    Files.copy(
        Path.of(
            "src/test/resources/xapi-profiles-broken/course-data--module-of-unknown-course.jsonld"),
        folder.resolve("local.jsonld"));

    assertThatThrownBy(() -> loadedFrom(folder))
        .isInstanceOf(InvalidProfiles.class)
        .hasMessageContaining("local.jsonld")
        .hasMessageContaining("https://example.org/xapi/courses/missing")
        .hasMessageContaining("COURSE_DATA");
  }

  @Test
  void anEmptyProfileFolderStopsStartUp(@TempDir Path folder) {
    assertThatThrownBy(() -> loadedFrom(folder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No xAPI profiles found")
        .hasMessageContaining(folder.toString());
  }

  @Test
  void aCatalogueOfGivenCoursesAnswersLookups() {
    Course course = catalogue.course("ABC");

    CourseCatalogue small =
        CourseCatalogue.of(List.of(course), Set.of("http://adlnet.gov/expapi/verbs/completed"));

    assertThat(small.courses()).containsExactly(course);
    assertThat(small.moduleByActivityId(course.modules().get(0).activityId())).isPresent();
  }

  @Test
  void coursesAreImmutable() {
    Course abc = catalogue.course("ABC");

    assertThatThrownBy(() -> abc.modules().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> abc.title().put("se", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Map.copyOf(abc.title())).isEqualTo(abc.title());
  }

  @Test
  void readsProfilesPackagedInAJar(@TempDir Path folder) throws IOException {
    Path jar = folder.resolve("profiles.jar");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar));
        var files = Files.list(Path.of("xapi-profiles"))) {
      // a folder entry, as Maven writes one: class loaders find a folder only through it
      out.putNextEntry(new java.util.zip.ZipEntry("xapi-profiles/"));
      out.closeEntry();
      for (Path file : files.sorted().toList()) {
        out.putNextEntry(new java.util.zip.ZipEntry("xapi-profiles/" + file.getFileName()));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }

    try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
      assertThat(XapiProfileReader.courses(XapiProfileReader.fromClasspath(loader)))
          .extracting(Course::code)
          .containsExactly("ABC", "SB-MEDISINDISPENSER");
    }
  }

  private static CourseCatalogue loadedFrom(Path folder) {
    CourseCatalogue catalogue = new CourseCatalogue();
    catalogue.load(Optional.of(folder.toString()));
    return catalogue;
  }

  private static void copyShippedProfilesTo(Path folder) throws IOException {
    try (var files = Files.list(Path.of("xapi-profiles"))) {
      for (Path file : files.toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
  }
}
