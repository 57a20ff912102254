package no.abctracker.training.courses.control;

import static no.abctracker.training.courses.control.ProfileStructure.isArray;
import static no.abctracker.training.courses.control.ProfileStructure.objects;
import static no.abctracker.training.courses.control.ProfileStructure.string;
import static no.abctracker.training.courses.control.Violation.Rule.COURSE_DATA;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.abctracker.training.courses.entity.CompletionRule;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.CourseModule;
import no.abctracker.training.courses.entity.CourseVersion;
import no.abctracker.training.courses.entity.CourseVersion.Delivery;
import no.abctracker.training.courses.entity.NationalMapping;
import no.abctracker.xapi.model.validation.Iris;

/**
 * The catalogue's own rules on top of the Profiles spec: a course Activity carries its code and
 * versions, a module Activity its code, mandatory flag and course, as activity definition
 * extensions under {@code https://abc-tracker.no/xapi/extensions/}. Reads the courses while
 * checking, so the rules and the reading cannot drift apart.
 */
final class CourseData {

  static final String COURSE_TYPE = "http://adlnet.gov/expapi/activities/course";
  static final String MODULE_TYPE = "http://adlnet.gov/expapi/activities/module";
  static final String EXTENSIONS = "https://abc-tracker.no/xapi/extensions/";
  static final String COURSE_CODE = EXTENSIONS + "course-code";
  static final String COURSE_VERSIONS = EXTENSIONS + "course-versions";
  static final String TECHNOLOGY = EXTENSIONS + "technology";
  static final String PREREQUISITES = EXTENSIONS + "prerequisites";
  static final String MODULE_CODE = EXTENSIONS + "module-code";
  static final String MANDATORY = EXTENSIONS + "mandatory";
  static final String COURSE = EXTENSIONS + "course";
  static final String ALSO_KNOWN_AS = EXTENSIONS + "also-known-as";

  private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$");

  /** The template whose verbs complete a module; the progress projection counts these verbs. */
  static final String MODULE_COMPLETED = "https://abc-tracker.no/xapi/templates/module-completed";

  /** What reading found (only trustworthy when there are no violations). */
  record Read(
      List<Course> courses,
      Set<String> completionVerbs,
      List<NationalMapping> nationalMappings,
      List<Violation> violations) {}

  private record Activity(
      String source, String where, String profileId, String id, JsonObject definition) {
    String at() {
      return where + ".activityDefinition";
    }

    JsonObject extensions() {
      JsonValue value = definition.get("extensions");
      return value != null && value.getValueType() == ValueType.OBJECT
          ? value.asJsonObject()
          : JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  private CourseData() {}

  static List<Violation> check(List<ProfileDocument> profiles) {
    return read(profiles).violations();
  }

  static Read read(List<ProfileDocument> profiles) {
    List<Violation> violations = new ArrayList<>();
    List<Activity> courses = new ArrayList<>();
    List<Activity> modules = new ArrayList<>();
    for (ProfileDocument profile : profiles) {
      String profileId = string(profile.json(), "id").orElse(profile.source());
      List<JsonObject> concepts = objects(profile.json(), "concepts");
      for (int i = 0; i < concepts.size(); i++) {
        JsonObject concept = concepts.get(i);
        JsonValue definition = concept.get("activityDefinition");
        Optional<String> id = string(concept, "id");
        if (!"Activity".equals(string(concept, "type").orElse(""))
            || id.isEmpty()
            || definition == null
            || definition.getValueType() != ValueType.OBJECT) {
          continue;
        }
        Activity activity =
            new Activity(
                profile.source(),
                "$.concepts[" + i + "]",
                profileId,
                id.get(),
                definition.asJsonObject());
        String type = string(activity.definition(), "type").orElse("");
        if (type.equals(COURSE_TYPE)) {
          courses.add(activity);
        } else if (type.equals(MODULE_TYPE)) {
          modules.add(activity);
        }
      }
    }
    Reader reader = new Reader(violations);
    Set<String> courseIds = new HashSet<>();
    courses.forEach(c -> courseIds.add(c.id()));
    Map<String, List<CourseModule>> modulesByCourse = new LinkedHashMap<>();
    for (Activity module : modules) {
      reader
          .module(module, courseIds)
          .ifPresent(
              entry -> {
                List<CourseModule> siblings =
                    modulesByCourse.computeIfAbsent(entry.getKey(), k -> new ArrayList<>());
                if (siblings.stream().anyMatch(m -> m.code().equals(entry.getValue().code()))) {
                  reader.fail(
                      module,
                      MODULE_CODE,
                      "module code " + entry.getValue().code() + " is used twice in its course");
                } else {
                  siblings.add(entry.getValue());
                }
              });
    }
    List<Course> result = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (Activity course : courses) {
      List<CourseModule> courseModules = modulesByCourse.getOrDefault(course.id(), List.of());
      reader
          .course(course, courseModules, courseIds)
          .ifPresent(
              c -> {
                if (codes.add(c.code())) {
                  result.add(c);
                } else {
                  reader.fail(
                      course,
                      COURSE_CODE,
                      "course code " + c.code() + " is used by another course");
                }
              });
    }
    Map<String, String> sources = new HashMap<>();
    courses.forEach(c -> sources.put(c.id(), c.source() + " " + c.at()));
    List<Course> ordered = prerequisitesFirst(result, sources, violations);
    Set<String> verbs = completionVerbs(profiles);
    if (verbs.isEmpty() && !profiles.isEmpty()) {
      violations.add(
          new Violation(
              profiles.get(0).source(),
              "$.templates",
              COURSE_DATA,
              "no loaded profile defines the template "
                  + MODULE_COMPLETED
                  + " naming the verbs that complete a module (the Velferdsteknologiens ABC profile does)"));
    }
    List<NationalMapping> national = nationalMappings(courses, modules, ordered, reader);
    return new Read(ordered, verbs, national, List.copyOf(violations));
  }

  /**
   * The {@code also-known-as} activity ids of the courses and modules read: absolute IRIs, each
   * naming one course or module, never one of the profiles' own activities.
   */
  private static List<NationalMapping> nationalMappings(
      List<Activity> courses, List<Activity> modules, List<Course> read, Reader reader) {
    Map<String, Course> courseById = new HashMap<>();
    Map<String, CourseModule> moduleById = new HashMap<>();
    Map<String, Course> courseOfModule = new HashMap<>();
    for (Course course : read) {
      courseById.put(course.activityId(), course);
      for (CourseModule module : course.modules()) {
        moduleById.put(module.activityId(), module);
        courseOfModule.put(module.activityId(), course);
      }
    }
    Map<String, NationalMapping> mappings = new LinkedHashMap<>();
    List<Activity> all = new ArrayList<>(courses);
    all.addAll(modules);
    for (Activity activity : all) {
      JsonValue value = activity.extensions().get(ALSO_KNOWN_AS);
      if (value == null) {
        continue;
      }
      Course course =
          courseById.containsKey(activity.id())
              ? courseById.get(activity.id())
              : courseOfModule.get(activity.id());
      String moduleCode =
          moduleById.containsKey(activity.id()) ? moduleById.get(activity.id()).code() : null;
      if (!isArray(value)) {
        reader.fail(activity, ALSO_KNOWN_AS, "also-known-as must be an array of activity ids");
        continue;
      }
      for (JsonValue id : value.asJsonArray()) {
        if (!(id instanceof JsonString iri) || !Iris.isIri(iri.getString())) {
          reader.fail(activity, ALSO_KNOWN_AS, "also-known-as must list absolute IRIs, has " + id);
        } else if (courseById.containsKey(iri.getString())
            || moduleById.containsKey(iri.getString())) {
          reader.fail(
              activity,
              ALSO_KNOWN_AS,
              iri.getString() + " is a profile's own activity, not another LMS's id");
        } else if (mappings.containsKey(iri.getString())) {
          reader.fail(
              activity, ALSO_KNOWN_AS, iri.getString() + " is also known as another activity");
        } else if (course != null) {
          mappings.put(
              iri.getString(), new NationalMapping(iri.getString(), course.code(), moduleCode));
        }
      }
    }
    return List.copyOf(mappings.values());
  }

  /** The verb, or the verbs a {@code $.verb.id} rule allows, of the module-completed template. */
  private static Set<String> completionVerbs(List<ProfileDocument> profiles) {
    Set<String> verbs = new HashSet<>();
    for (ProfileDocument profile : profiles) {
      for (JsonObject template : objects(profile.json(), "templates")) {
        if (!string(template, "id").filter(MODULE_COMPLETED::equals).isPresent()) {
          continue;
        }
        string(template, "verb").ifPresent(verbs::add);
        for (JsonObject rule : objects(template, "rules")) {
          if (!string(rule, "location").filter("$.verb.id"::equals).isPresent()) {
            continue;
          }
          for (String key : List.of("all", "any")) {
            if (isArray(rule.get(key))) {
              rule.getJsonArray(key).stream()
                  .filter(JsonString.class::isInstance)
                  .map(v -> ((JsonString) v).getString())
                  .forEach(verbs::add);
            }
          }
        }
      }
    }
    return Set.copyOf(verbs);
  }

  /**
   * Lists a course after the courses it requires (ABC before a super-user course), else in file
   * order.
   */
  private static List<Course> prerequisitesFirst(
      List<Course> courses, Map<String, String> sources, List<Violation> violations) {
    Map<String, Course> byId = new LinkedHashMap<>();
    courses.forEach(c -> byId.put(c.activityId(), c));
    List<Course> ordered = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Course course : courses) {
      place(course, byId, done, new HashSet<>(), ordered, sources, violations);
    }
    return List.copyOf(ordered);
  }

  private static void place(
      Course course,
      Map<String, Course> byId,
      Set<String> done,
      Set<String> visiting,
      List<Course> ordered,
      Map<String, String> sources,
      List<Violation> violations) {
    if (done.contains(course.activityId())) {
      return;
    }
    if (!visiting.add(course.activityId())) {
      String[] source = sources.get(course.activityId()).split(" ", 2);
      violations.add(
          new Violation(
              source[0],
              source[1] + ".extensions['" + PREREQUISITES + "']",
              COURSE_DATA,
              "course " + course.code() + " is its own prerequisite through " + visiting));
      return;
    }
    for (String prerequisite : course.prerequisites()) {
      Course required = byId.get(prerequisite);
      if (required != null) {
        place(required, byId, done, visiting, ordered, sources, violations);
      }
    }
    visiting.remove(course.activityId());
    if (done.add(course.activityId())) {
      ordered.add(course);
    }
  }

  private static final class Reader {
    private final List<Violation> violations;

    Reader(List<Violation> violations) {
      this.violations = violations;
    }

    void fail(Activity activity, String extension, String message) {
      violations.add(
          new Violation(
              activity.source(),
              activity.at() + ".extensions['" + extension + "']",
              COURSE_DATA,
              message));
    }

    void fail(Activity activity, String message) {
      violations.add(new Violation(activity.source(), activity.at(), COURSE_DATA, message));
    }

    Optional<Map.Entry<String, CourseModule>> module(Activity module, Set<String> courseIds) {
      JsonObject extensions = module.extensions();
      Optional<String> course = string(extensions, COURSE);
      if (course.isEmpty() || !courseIds.contains(course.get())) {
        fail(
            module,
            COURSE,
            "a module must name the id of a course activity in a loaded profile, has "
                + course.orElse("none"));
      }
      Optional<String> code = code(module, extensions, MODULE_CODE);
      JsonValue mandatory = extensions.get(MANDATORY);
      boolean flag = mandatory == JsonValue.TRUE;
      if (mandatory != JsonValue.TRUE && mandatory != JsonValue.FALSE) {
        fail(module, MANDATORY, "a module must say whether it is mandatory (true or false)");
      }
      Optional<Map<String, String>> title = name(module);
      if (course.isEmpty() || code.isEmpty() || title.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          Map.entry(course.get(), new CourseModule(code.get(), module.id(), title.get(), flag)));
    }

    Optional<Course> course(Activity course, List<CourseModule> modules, Set<String> courseIds) {
      JsonObject extensions = course.extensions();
      Optional<String> code = code(course, extensions, COURSE_CODE);
      Optional<Map<String, String>> title = name(course);
      Optional<String> technology = Optional.empty();
      if (extensions.containsKey(TECHNOLOGY)) {
        technology = string(extensions, TECHNOLOGY);
        if (technology.isEmpty()) {
          fail(course, TECHNOLOGY, "technology must be a string code");
        }
      }
      List<String> prerequisites = new ArrayList<>();
      if (extensions.containsKey(PREREQUISITES)) {
        JsonValue value = extensions.get(PREREQUISITES);
        List<JsonValue> values = isArray(value) ? List.copyOf(value.asJsonArray()) : List.of(value);
        for (JsonValue v : values) {
          if (v instanceof JsonString s
              && courseIds.contains(s.getString())
              && !s.getString().equals(course.id())) {
            prerequisites.add(s.getString());
          } else {
            fail(
                course,
                PREREQUISITES,
                "a prerequisite must be the id of another course activity, has " + v);
          }
        }
      }
      List<CourseVersion> versions = versions(course, extensions, modules);
      if (code.isEmpty() || title.isEmpty() || versions.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new Course(
              code.get(),
              course.id(),
              title.get(),
              technology,
              prerequisites,
              modules,
              versions,
              course.profileId()));
    }

    List<CourseVersion> versions(
        Activity course, JsonObject extensions, List<CourseModule> modules) {
      JsonValue value = extensions.get(COURSE_VERSIONS);
      if (!isArray(value) || value.asJsonArray().isEmpty()) {
        fail(course, COURSE_VERSIONS, "a course needs a non-empty array of versions");
        return List.of();
      }
      List<CourseVersion> versions = new ArrayList<>();
      Set<String> codes = new HashSet<>();
      for (JsonValue item : value.asJsonArray()) {
        if (item.getValueType() != ValueType.OBJECT) {
          fail(course, COURSE_VERSIONS, "a version must be an object");
          continue;
        }
        JsonObject version = item.asJsonObject();
        Optional<String> code = string(version, "code").filter(c -> CODE.matcher(c).matches());
        Optional<Map<String, String>> title = languageMap(version.get("title"));
        Optional<Delivery> delivery =
            string(version, "delivery").flatMap(d -> enumValue(Delivery.class, d));
        Optional<CompletionRule> completion = completion(course, version, modules);
        if (code.isEmpty()) {
          fail(course, COURSE_VERSIONS, "a version needs a code (letters, digits, - and _)");
        } else if (!codes.add(code.get())) {
          fail(course, COURSE_VERSIONS, "version code " + code.get() + " is used twice");
        }
        if (title.isEmpty()) {
          fail(
              course,
              COURSE_VERSIONS,
              "version " + code.orElse("?") + " needs a title language map");
        }
        if (delivery.isEmpty()) {
          fail(
              course,
              COURSE_VERSIONS,
              "version " + code.orElse("?") + " needs delivery GROUP or E_LEARNING");
        }
        if (code.isPresent()
            && title.isPresent()
            && delivery.isPresent()
            && completion.isPresent()) {
          versions.add(
              new CourseVersion(code.get(), title.get(), delivery.get(), completion.get()));
        }
      }
      return versions;
    }

    Optional<CompletionRule> completion(
        Activity course, JsonObject version, List<CourseModule> modules) {
      String code = string(version, "code").orElse("?");
      String completion = string(version, "completion").orElse("");
      if (completion.equals("MANDATORY_MODULES")) {
        if (modules.stream().noneMatch(CourseModule::mandatory)) {
          fail(
              course,
              COURSE_VERSIONS,
              "version " + code + " completes by mandatory modules, but the course has none");
          return Optional.empty();
        }
        return Optional.of(new CompletionRule.MandatoryModules());
      }
      if (completion.equals("ATTENDANCE")) {
        Optional<Integer> sessions = integer(version, "sessions").filter(n -> n >= 1);
        Optional<Integer> percent =
            integer(version, "minimumAttendancePercent").filter(n -> n >= 1 && n <= 100);
        if (sessions.isEmpty() || percent.isEmpty()) {
          fail(
              course,
              COURSE_VERSIONS,
              "version "
                  + code
                  + " completes by attendance: it needs sessions (at least 1) and minimumAttendancePercent (1-100)");
          return Optional.empty();
        }
        return Optional.of(new CompletionRule.Attendance(sessions.get(), percent.get()));
      }
      fail(
          course,
          COURSE_VERSIONS,
          "version " + code + " needs completion MANDATORY_MODULES or ATTENDANCE");
      return Optional.empty();
    }

    Optional<String> code(Activity activity, JsonObject extensions, String key) {
      Optional<String> code = string(extensions, key).filter(c -> CODE.matcher(c).matches());
      if (code.isEmpty()) {
        fail(
            activity,
            key,
            "needs a code of letters, digits, - and _ (at most 40), has " + extensions.get(key));
      }
      return code;
    }

    Optional<Map<String, String>> name(Activity activity) {
      Optional<Map<String, String>> name = languageMap(activity.definition().get("name"));
      if (name.isEmpty()) {
        fail(activity, "a course or module needs a name (a language map), used as its title");
      }
      return name;
    }
  }

  private static Optional<Map<String, String>> languageMap(JsonValue value) {
    if (value == null
        || value.getValueType() != ValueType.OBJECT
        || value.asJsonObject().isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
      if (!(entry.getValue() instanceof JsonString s)) {
        return Optional.empty();
      }
      map.put(entry.getKey(), s.getString());
    }
    return Optional.of(map);
  }

  private static Optional<Integer> integer(JsonObject object, String key) {
    return object.get(key) instanceof JsonNumber n && n.isIntegral()
        ? Optional.of(n.intValue())
        : Optional.empty();
  }

  private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
    try {
      return Optional.of(Enum.valueOf(type, name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
