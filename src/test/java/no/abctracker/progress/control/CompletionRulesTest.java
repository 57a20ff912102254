package no.abctracker.progress.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.abctracker.progress.entity.ActorKey;
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
import no.abctracker.training.courses.entity.CourseVersion.Delivery;
import org.junit.jupiter.api.Test;

/** The completion function, on a small catalogue of its own so that profile edits do not matter. */
class CompletionRulesTest {

  static final ActorKey KARI =
      new ActorKey(
          no.abctracker.training.organisation.entity.IdentityKind.MBOX, "mailto:kari@kommune.no");

  static final CourseCatalogue CATALOGUE =
      CourseCatalogue.of(
          List.of(
              course(
                  "ABC",
                  List.of(module("A", true), module("B", true), module("X", false)),
                  List.of(
                      version("2016", new CompletionRule.Attendance(5, 80)),
                      version("DIGITAL", new CompletionRule.MandatoryModules()))),
              course(
                  "GROUP-ONLY",
                  List.of(module("A", true)),
                  List.of(version("G", new CompletionRule.Attendance(4, 75)))),
              course("OPTIONAL-ONLY", List.of(module("A", false)), List.of())),
          Set.of("http://adlnet.gov/expapi/verbs/completed"));

  long seq;

  static Course course(String code, List<CourseModule> modules, List<CourseVersion> versions) {
    return new Course(
        code,
        "https://example.no/courses/" + code,
        Map.of("nb-NO", code),
        Optional.empty(),
        List.of(),
        modules,
        versions,
        "https://example.no/profile");
  }

  static CourseModule module(String code, boolean mandatory) {
    return new CourseModule(
        code, "https://example.no/modules/" + code, Map.of("nb-NO", code), mandatory);
  }

  static CourseVersion version(String code, CompletionRule rule) {
    Delivery delivery =
        rule instanceof CompletionRule.Attendance ? Delivery.GROUP : Delivery.E_LEARNING;
    return new CourseVersion(code, Map.of("nb-NO", code), delivery, rule);
  }

  Evidence module(String course, String module, String at) {
    seq++;
    return new Evidence(
        seq, "s" + seq, EvidenceKind.MODULE, KARI, course, module, Instant.parse(at), false);
  }

  Evidence courseStatement(String course, String at) {
    seq++;
    return new Evidence(
        seq, "s" + seq, EvidenceKind.COURSE, KARI, course, null, Instant.parse(at), false);
  }

  static Evidence voided(Evidence e) {
    return new Evidence(
        e.seq(),
        e.statementId(),
        e.kind(),
        e.actor(),
        e.courseCode(),
        e.moduleCode(),
        e.occurredAt(),
        true);
  }

  @Test
  void noEvidenceNoCompletions() {
    assertThat(CompletionRules.of(List.of(), CATALOGUE)).isEqualTo(Completions.NONE);
  }

  @Test
  void aModuleIsCompletedAtItsEarliestStatementWhateverTheOrderStored() {
    Evidence later = module("ABC", "A", "2024-05-04T10:00:00Z");
    Evidence earlier = module("ABC", "A", "2024-05-01T10:00:00Z");

    Completions done = CompletionRules.of(List.of(later, earlier), CATALOGUE);

    assertThat(done.modules())
        .containsExactly(
            new ModuleCompletion("ABC", "A", Instant.parse("2024-05-01T10:00:00Z"), "s2"));
    assertThat(done.courses()).isEmpty();
  }

  @Test
  void onTheSameTimestampTheStatementStoredFirstIsTheEvidence() {
    Evidence first = module("ABC", "A", "2024-05-01T10:00:00Z");
    Evidence second = module("ABC", "A", "2024-05-01T10:00:00Z");

    assertThat(CompletionRules.of(List.of(second, first), CATALOGUE).modules())
        .extracting(ModuleCompletion::statementId)
        .containsExactly("s1");
  }

  @Test
  void voidedEvidenceNeverCountsAndTheNextStatementTakesOver() {
    Evidence first = module("ABC", "A", "2024-05-01T10:00:00Z");
    Evidence second = module("ABC", "A", "2024-06-01T10:00:00Z");

    assertThat(CompletionRules.of(List.of(voided(first), second), CATALOGUE).modules())
        .extracting(ModuleCompletion::statementId)
        .containsExactly("s2");
    assertThat(CompletionRules.of(List.of(voided(first)), CATALOGUE)).isEqualTo(Completions.NONE);
  }

  @Test
  void aCourseIsCompletedByModulesAtTheLatestMandatoryModuleWithTheMandatoryModulesVersion() {
    Evidence a = module("ABC", "A", "2024-05-03T10:00:00Z");
    Evidence b = module("ABC", "B", "2024-05-01T10:00:00Z");

    Completions done = CompletionRules.of(List.of(a, b), CATALOGUE);

    assertThat(done.course("ABC"))
        .hasValue(
            new CourseCompletion(
                "ABC", Instant.parse("2024-05-03T10:00:00Z"), Basis.MODULES, "DIGITAL", "s1"));
  }

  @Test
  void optionalModulesAreNotNeededAndMissingMandatoryOnesAre() {
    Evidence a = module("ABC", "A", "2024-05-03T10:00:00Z");
    Evidence x = module("ABC", "X", "2024-05-04T10:00:00Z");

    Completions done = CompletionRules.of(List.of(a, x), CATALOGUE);

    assertThat(done.modules()).hasSize(2);
    assertThat(done.course("ABC")).isEmpty();
  }

  @Test
  void aCourseWithoutAMandatoryModulesVersionIsCompletedByModulesWithoutAVersion() {
    Evidence a = module("GROUP-ONLY", "A", "2024-05-03T10:00:00Z");

    assertThat(CompletionRules.of(List.of(a), CATALOGUE).course("GROUP-ONLY"))
        .map(c -> c.basis() + "/" + c.version().orElse("-"))
        .hasValue("MODULES/-");
  }

  @Test
  void aCourseWithNoMandatoryModuleIsNeverCompletedByModules() {
    Evidence a = module("OPTIONAL-ONLY", "A", "2024-05-03T10:00:00Z");

    assertThat(CompletionRules.of(List.of(a), CATALOGUE).courses()).isEmpty();
  }

  @Test
  void aStatementOnTheCourseActivityRegistersTheCourseWithoutAnyModule() {
    Evidence course = courseStatement("ABC", "2016-11-30T11:00:00Z");

    Completions done = CompletionRules.of(List.of(course), CATALOGUE);

    assertThat(done.modules()).isEmpty();
    assertThat(done.course("ABC"))
        .hasValue(
            new CourseCompletion(
                "ABC", Instant.parse("2016-11-30T11:00:00Z"), Basis.REGISTERED, null, "s1"));
  }

  @Test
  void theEarliestBasisWins() {
    Evidence a = module("ABC", "A", "2024-05-03T10:00:00Z");
    Evidence b = module("ABC", "B", "2024-05-04T10:00:00Z");
    Evidence registeredBefore = courseStatement("ABC", "2020-01-01T12:00:00Z");
    Evidence registeredAfter = courseStatement("ABC", "2025-01-01T12:00:00Z");

    assertThat(CompletionRules.of(List.of(a, b, registeredBefore), CATALOGUE).course("ABC"))
        .map(CourseCompletion::basis)
        .hasValue(Basis.REGISTERED);
    assertThat(CompletionRules.of(List.of(a, b, registeredAfter), CATALOGUE).course("ABC"))
        .map(CourseCompletion::basis)
        .hasValue(Basis.MODULES);
  }

  @Test
  void voidingAModuleWithdrawsTheCourseItCompleted() {
    Evidence a = module("ABC", "A", "2024-05-03T10:00:00Z");
    Evidence b = module("ABC", "B", "2024-05-04T10:00:00Z");

    Completions done = CompletionRules.of(List.of(a, voided(b)), CATALOGUE);

    assertThat(done.modules()).extracting(ModuleCompletion::moduleCode).containsExactly("A");
    assertThat(done.courses()).isEmpty();
  }

  @Test
  void evidenceForModulesOrCoursesNoLongerInTheCatalogueCountsForNothing() {
    Evidence gone = module("ABC", "Z", "2024-05-03T10:00:00Z");
    Evidence goneCourse = courseStatement("OLD", "2024-05-03T10:00:00Z");

    assertThat(CompletionRules.of(List.of(gone, goneCourse), CATALOGUE))
        .isEqualTo(Completions.NONE);
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheEvidence() {
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      evidence.add(module("ABC", i % 2 == 0 ? "A" : "B", "2024-05-" + (10 + i) + "T10:00:00Z"));
      evidence.add(courseStatement("ABC", "2024-06-" + (10 + i) + "T10:00:00Z"));
    }
    Completions expected = CompletionRules.of(evidence, CATALOGUE);
    for (int round = 0; round < 10; round++) {
      Collections.shuffle(evidence, new java.util.Random(round));
      assertThat(CompletionRules.of(evidence, CATALOGUE)).isEqualTo(expected);
    }
    assertThat(expected.course("ABC").orElseThrow().completedAt())
        .isEqualTo(Instant.parse("2024-05-11T10:00:00Z"));
  }
}
