package no.abctracker.training.courses.entity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.abctracker.xapi.model.validation.LanguageMaps;

/**
 * A course of the catalogue, as its xAPI Profile describes it.
 *
 * @param code the code used in the API, unique in the catalogue (e.g. {@code ABC})
 * @param activityId the xAPI activity id of the course
 * @param title language map (BCP 47 tag to text), in profile order
 * @param technology the welfare technology a super-user course is about, if any
 * @param prerequisites activity ids of the courses to complete before this one
 * @param modules in profile order
 * @param versions in profile order
 * @param profileId the id of the xAPI Profile that defines the course
 */
public record Course(
    String code,
    String activityId,
    Map<String, String> title,
    Optional<String> technology,
    List<String> prerequisites,
    List<CourseModule> modules,
    List<CourseVersion> versions,
    String profileId) {

  public Course {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(activityId, "activityId");
    title = LanguageMaps.copyOf(title);
    Objects.requireNonNull(technology, "technology");
    prerequisites = List.copyOf(prerequisites);
    modules = List.copyOf(modules);
    versions = List.copyOf(versions);
    Objects.requireNonNull(profileId, "profileId");
  }

  public List<CourseModule> mandatoryModules() {
    return modules.stream().filter(CourseModule::mandatory).toList();
  }

  public Optional<CourseModule> module(String moduleCode) {
    return modules.stream().filter(m -> m.code().equals(moduleCode)).findFirst();
  }

  public Optional<CourseVersion> version(String versionCode) {
    return versions.stream().filter(v -> v.code().equals(versionCode)).findFirst();
  }
}
