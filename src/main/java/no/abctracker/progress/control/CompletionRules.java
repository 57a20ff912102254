package no.abctracker.progress.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.abctracker.progress.entity.ActorKey;
import no.abctracker.progress.entity.Basis;
import no.abctracker.progress.entity.Completions;
import no.abctracker.progress.entity.CourseCompletion;
import no.abctracker.progress.entity.Evidence;
import no.abctracker.progress.entity.EvidenceKind;
import no.abctracker.progress.entity.ModuleCompletion;
import no.abctracker.progress.entity.ScheduledSession;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.CompletionRule;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.CourseModule;
import no.abctracker.training.courses.entity.CourseVersion;

/**
 * The completion rules, as a pure function from one person's evidence to their completions; the
 * projector applies it to each affected person, so the incremental path and a replay agree by
 * construction.
 *
 * <ul>
 *   <li>A module is completed at the timestamp of the first non-voided statement that counts for it
 *       (earliest timestamp; on a tie, the one stored first).
 *   <li>A course is completed by {@link Basis#MODULES} when every mandatory module is completed (a
 *       course with no mandatory module never is), at the latest of those completions, with that
 *       module's statement as evidence and the first version whose rule is mandatory modules as
 *       version;
 *   <li>or by {@link Basis#ATTENDANCE} when the attendance rule of a cohort's group-based version
 *       is met ({@link AttendanceRule});
 *   <li>or by {@link Basis#REGISTERED} at the first non-voided completion statement on the course's
 *       own activity (no version);
 *   <li>or by {@link Basis#LMS} at the first non-voided completion statement on an LMS activity
 *       mapped to the course itself (no version);
 *   <li>the earliest basis wins (on the same instant, in the order of {@link Basis}).
 * </ul>
 *
 * Evidence for modules or courses the catalogue no longer has counts for nothing; voided evidence
 * never counts.
 */
public final class CompletionRules {

  private CompletionRules() {}

  public static Completions of(List<Evidence> evidence, CourseCatalogue catalogue) {
    return of(evidence, Map.of(), catalogue);
  }

  /**
   * @param sessions the scheduled cohort sessions the person's attendance evidence names, by
   *     activity id (attendance at any other activity counts for nothing)
   */
  public static Completions of(
      List<Evidence> evidence, Map<String, ScheduledSession> sessions, CourseCatalogue catalogue) {
    Map<String, Evidence> firstPerModule = new LinkedHashMap<>();
    Map<String, Evidence> firstPerCourse = new HashMap<>();
    Map<String, Evidence> firstPerLmsCourse = new HashMap<>();
    for (Evidence e : evidence) {
      if (e.voided()
          || e.kind() == EvidenceKind.ATTENDANCE
          || catalogue.find(e.courseCode()).isEmpty()) {
        continue;
      }
      if (e.kind() == EvidenceKind.MODULE) {
        if (catalogue.course(e.courseCode()).module(e.moduleCode()).isPresent()) {
          firstPerModule.merge(e.courseCode() + '\n' + e.moduleCode(), e, CompletionRules::earlier);
        }
      } else if (e.kind() == EvidenceKind.LMS_COURSE) {
        firstPerLmsCourse.merge(e.courseCode(), e, CompletionRules::earlier);
      } else {
        firstPerCourse.merge(e.courseCode(), e, CompletionRules::earlier);
      }
    }
    List<ModuleCompletion> modules = new ArrayList<>();
    firstPerModule.values().forEach(e -> modules.add(ModuleCompletion.of(e)));

    Map<String, CourseCompletion> byAttendance =
        AttendanceRule.completions(evidence, sessions, catalogue);
    List<CourseCompletion> courses = new ArrayList<>();
    for (Course course : catalogue.courses()) {
      Stream.of(
              byModules(course, firstPerModule),
              Optional.ofNullable(byAttendance.get(course.code())),
              Optional.ofNullable(firstPerCourse.get(course.code()))
                  .map(
                      e ->
                          new CourseCompletion(
                              course.code(),
                              e.occurredAt(),
                              Basis.REGISTERED,
                              null,
                              e.statementId())),
              Optional.ofNullable(firstPerLmsCourse.get(course.code()))
                  .map(
                      e ->
                          new CourseCompletion(
                              course.code(), e.occurredAt(), Basis.LMS, null, e.statementId())))
          .flatMap(Optional::stream)
          .reduce(CourseCompletion::earlier)
          .ifPresent(courses::add);
    }
    return new Completions(modules, courses);
  }

  /**
   * The completions after adding statements to the evidence whose completions are {@code current},
   * computed from those completions instead of all the evidence — or empty when that cannot be told
   * exactly, and the person must be recomputed from all their evidence.
   *
   * <p>Exact because adding only moves things earlier: a module's first statement is the earlier of
   * its current completion and the added ones; a course by modules follows from the modules; a
   * course's registration or attendance that did not win before cannot win now, since what beat it
   * only got earlier. So the current module completions stand in for the module evidence (each is
   * that module's first statement), and the current course completion competes with what the added
   * statements give. Empty when an added statement is voided or attendance (the attendance rule
   * needs the sessions), or when a tie on the instant would be decided by the order stored, which
   * the completion tables do not keep.
   */
  public static Optional<Completions> withAdded(
      Completions current, List<Evidence> added, CourseCatalogue catalogue) {
    List<Evidence> evidence = new ArrayList<>();
    for (Evidence e : added) {
      if (e.voided() || e.kind() == EvidenceKind.ATTENDANCE) {
        return Optional.empty();
      }
      Optional<Instant> now =
          e.kind() == EvidenceKind.MODULE
              ? current.module(e.courseCode(), e.moduleCode()).map(ModuleCompletion::completedAt)
              : current.course(e.courseCode()).map(CourseCompletion::completedAt);
      if (now.filter(e.occurredAt()::equals).isPresent()) {
        return Optional.empty();
      }
      evidence.add(e);
    }
    // Stand-ins for the current module completions: stored before anything added, so seq 0.
    for (ModuleCompletion m : current.modules()) {
      evidence.add(
          new Evidence(
              0,
              m.statementId(),
              EvidenceKind.MODULE,
              STAND_IN,
              m.courseCode(),
              m.moduleCode(),
              m.completedAt(),
              false));
    }
    Completions folded = of(evidence, Map.of(), catalogue);
    if (modulesTieAtTheLatest(folded, catalogue)) {
      return Optional.empty();
    }
    List<CourseCompletion> courses = new ArrayList<>();
    for (Course course : catalogue.courses()) {
      Optional<CourseCompletion> was = current.course(course.code());
      Optional<CourseCompletion> is = folded.course(course.code());
      if (was.isPresent()
          && is.isPresent()
          && was.get().completedAt().equals(is.get().completedAt())
          && !was.get().equals(is.get())) {
        return Optional.empty();
      }
      Stream.of(was, is)
          .flatMap(Optional::stream)
          .reduce(CourseCompletion::earlier)
          .ifPresent(courses::add);
    }
    return Optional.of(new Completions(folded.modules(), courses));
  }

  /** The actor of stand-in evidence: completions are per person, whichever identity gave them. */
  private static final ActorKey STAND_IN =
      new ActorKey(no.abctracker.training.organisation.entity.IdentityKind.ACCOUNT, "-");

  /**
   * Whether two mandatory modules of a course share the latest completion instant: which of them
   * completed the course is then decided by the order stored.
   */
  private static boolean modulesTieAtTheLatest(Completions folded, CourseCatalogue catalogue) {
    for (Course course : catalogue.courses()) {
      List<Instant> times = new ArrayList<>();
      for (CourseModule module : course.mandatoryModules()) {
        folded
            .module(course.code(), module.code())
            .ifPresent(done -> times.add(done.completedAt()));
      }
      if (times.size() == course.mandatoryModules().size() && !times.isEmpty()) {
        Instant latest = times.stream().max(Instant::compareTo).orElseThrow();
        if (times.stream().filter(latest::equals).count() > 1) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<CourseCompletion> byModules(
      Course course, Map<String, Evidence> firstPerModule) {
    List<CourseModule> mandatory = course.mandatoryModules();
    if (mandatory.isEmpty()) {
      return Optional.empty();
    }
    Evidence last = null;
    for (CourseModule module : mandatory) {
      Evidence done = firstPerModule.get(course.code() + '\n' + module.code());
      if (done == null) {
        return Optional.empty();
      }
      if (last == null || last.isBefore(done)) {
        last = done;
      }
    }
    String version =
        course.versions().stream()
            .filter(v -> v.completion() instanceof CompletionRule.MandatoryModules)
            .map(CourseVersion::code)
            .findFirst()
            .orElse(null);
    return Optional.of(
        new CourseCompletion(
            course.code(), last.occurredAt(), Basis.MODULES, version, last.statementId()));
  }

  private static Evidence earlier(Evidence a, Evidence b) {
    return b.isBefore(a) ? b : a;
  }
}
