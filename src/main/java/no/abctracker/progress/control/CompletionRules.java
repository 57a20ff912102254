package no.abctracker.progress.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.abctracker.progress.entity.Basis;
import no.abctracker.progress.entity.Completions;
import no.abctracker.progress.entity.CourseCompletion;
import no.abctracker.progress.entity.Evidence;
import no.abctracker.progress.entity.EvidenceKind;
import no.abctracker.progress.entity.ModuleCompletion;
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
 *   <li>or by {@link Basis#REGISTERED} at the first non-voided completion statement on the course's
 *       own activity (no version);
 *   <li>the earliest basis wins (on the same instant, in the order of {@link Basis}).
 * </ul>
 *
 * Evidence for modules or courses the catalogue no longer has counts for nothing; voided evidence
 * never counts.
 */
public final class CompletionRules {

  private CompletionRules() {}

  public static Completions of(List<Evidence> evidence, CourseCatalogue catalogue) {
    Map<String, Evidence> firstPerModule = new LinkedHashMap<>();
    Map<String, Evidence> firstPerCourse = new HashMap<>();
    for (Evidence e : evidence) {
      if (e.voided() || catalogue.find(e.courseCode()).isEmpty()) {
        continue;
      }
      if (e.kind() == EvidenceKind.MODULE) {
        if (catalogue.course(e.courseCode()).module(e.moduleCode()).isPresent()) {
          firstPerModule.merge(e.courseCode() + '\n' + e.moduleCode(), e, CompletionRules::earlier);
        }
      } else {
        firstPerCourse.merge(e.courseCode(), e, CompletionRules::earlier);
      }
    }
    List<ModuleCompletion> modules = new ArrayList<>();
    firstPerModule.values().forEach(e -> modules.add(ModuleCompletion.of(e)));

    List<CourseCompletion> courses = new ArrayList<>();
    for (Course course : catalogue.courses()) {
      Optional<CourseCompletion> byModules = byModules(course, firstPerModule);
      Optional<CourseCompletion> registered =
          Optional.ofNullable(firstPerCourse.get(course.code()))
              .map(
                  e ->
                      new CourseCompletion(
                          course.code(), e.occurredAt(), Basis.REGISTERED, null, e.statementId()));
      byModules
          .map(m -> registered.map(m::earlier).orElse(m))
          .or(() -> registered)
          .ifPresent(courses::add);
    }
    return new Completions(modules, courses);
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
