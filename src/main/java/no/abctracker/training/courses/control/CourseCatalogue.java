package no.abctracker.training.courses.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import no.abctracker.configuration.Settings;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.CourseModule;
import no.abctracker.training.courses.entity.ModuleOfCourse;
import no.abctracker.training.courses.entity.NationalMapping;

/**
 * The courses the xAPI Profiles describe, loaded once at start-up: from {@code
 * ABC_XAPI_PROFILES_DIR} when set (so a municipality can edit its catalogue without a rebuild),
 * else from the profiles packaged in the application. An invalid profile stops start-up with every
 * violation listed.
 */
@ApplicationScoped
public class CourseCatalogue {

  private static final Logger LOG = Logger.getLogger(CourseCatalogue.class.getName());

  @Inject Settings settings;

  private List<Course> ordered = List.of();
  private Set<String> completionVerbs = Set.of();
  private Map<String, Course> byCode = Map.of();
  private Map<String, Course> byActivityId = Map.of();
  private Map<String, ModuleOfCourse> byModuleActivityId = Map.of();
  private Map<String, NationalMapping> national = Map.of();

  /** For CDI; {@link #load()} fills it. */
  public CourseCatalogue() {}

  private CourseCatalogue(XapiProfileReader.Contents contents) {
    index(contents);
  }

  /** A catalogue of the given courses and completion verbs, for other components' tests. */
  public static CourseCatalogue of(List<Course> courses, Set<String> completionVerbs) {
    return new CourseCatalogue(new XapiProfileReader.Contents(courses, completionVerbs));
  }

  /** A catalogue of the profiles packaged on the classpath. */
  public static CourseCatalogue fromClasspath() {
    return new CourseCatalogue(
        XapiProfileReader.read(
            XapiProfileReader.fromClasspath(CourseCatalogue.class.getClassLoader())));
  }

  @PostConstruct
  void load() {
    load(settings.xapiProfilesDir());
  }

  void load(Optional<String> folder) {
    List<ProfileDocument> profiles =
        folder
            .map(dir -> XapiProfileReader.fromDirectory(Path.of(dir)))
            .orElseGet(
                () -> XapiProfileReader.fromClasspath(CourseCatalogue.class.getClassLoader()));
    if (profiles.isEmpty()) {
      throw new IllegalStateException(
          "No xAPI profiles found in "
              + folder.orElse("the classpath folder " + XapiProfileReader.CLASSPATH_FOLDER)
              + " (ABC_XAPI_PROFILES_DIR); the course catalogue cannot be empty");
    }
    index(XapiProfileReader.read(profiles));
    LOG.info(
        () ->
            "Course catalogue: "
                + byCode.keySet()
                + " from "
                + profiles.size()
                + " xAPI profile(s)");
  }

  /** Loads at deployment, so a broken profile fails start-up rather than the first request. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    courses();
  }

  private void index(XapiProfileReader.Contents contents) {
    List<Course> courses = contents.courses();
    Map<String, Course> codes = new LinkedHashMap<>();
    Map<String, Course> activities = new HashMap<>();
    Map<String, ModuleOfCourse> modules = new HashMap<>();
    for (Course course : courses) {
      if (codes.putIfAbsent(course.code(), course) != null) {
        throw new IllegalArgumentException("course code " + course.code() + " is used twice");
      }
      activities.put(course.activityId(), course);
      for (CourseModule module : course.modules()) {
        modules.put(module.activityId(), new ModuleOfCourse(course, module));
      }
    }
    this.byCode = Map.copyOf(codes);
    this.byActivityId = Map.copyOf(activities);
    this.byModuleActivityId = Map.copyOf(modules);
    this.ordered = List.copyOf(codes.values());
    this.completionVerbs = contents.completionVerbs();
    Map<String, NationalMapping> nationalMappings = new LinkedHashMap<>();
    contents.nationalMappings().forEach(n -> nationalMappings.put(n.activityId(), n));
    this.national = java.util.Collections.unmodifiableMap(nationalMappings);
  }

  /**
   * What a national LMS's activity id is in the catalogue ({@code also-known-as} in the profile),
   * for every municipality; a municipality's own mapping of the id takes precedence.
   */
  public Optional<NationalMapping> nationalMapping(String activityId) {
    return Optional.ofNullable(national.get(activityId));
  }

  /** Every national mapping, in profile order. */
  public Collection<NationalMapping> nationalMappings() {
    return national.values();
  }

  /** Every course, in profile order. */
  public List<Course> courses() {
    return ordered;
  }

  public Optional<Course> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * @throws UnknownCourse (404) if no course has the code
   */
  public Course course(String code) {
    return find(code).orElseThrow(() -> new UnknownCourse(code));
  }

  /**
   * The verb ids whose statements complete a module (ADL completed and passed, cmi5 satisfied and
   * waived), as the profiles' module-completed template lists them.
   */
  public Set<String> completionVerbs() {
    return completionVerbs;
  }

  /** The course whose activity id this is. */
  public Optional<Course> courseByActivityId(String activityId) {
    return Optional.ofNullable(byActivityId.get(activityId));
  }

  /**
   * The course module whose activity id this is: what a completion statement's object completes.
   */
  public Optional<ModuleOfCourse> moduleByActivityId(String activityId) {
    return Optional.ofNullable(byModuleActivityId.get(activityId));
  }
}
