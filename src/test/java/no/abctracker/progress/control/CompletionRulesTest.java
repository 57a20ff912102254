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
import no.abctracker.progress.entity.ScheduledSession;
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
    return e.asVoided();
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

  // --- the attendance rule of a group-based version ---

  static final long SPRING = 1;
  static final long AUTUMN = 2;

  /** Sessions 1..n of a cohort of the ABC course's 2016 version (attendance, 80 %). */
  static Map<String, ScheduledSession> cohort(long cohortId, String version, int sessions) {
    Map<String, ScheduledSession> scheduled = new java.util.HashMap<>();
    for (int n = 1; n <= sessions; n++) {
      String activity = session(cohortId, n);
      scheduled.put(activity, new ScheduledSession(activity, cohortId, "ABC", version, sessions));
    }
    return scheduled;
  }

  static String session(long cohortId, int n) {
    return "https://abc-tracker.no/xapi/cohorts/" + cohortId + "/sessions/" + n;
  }

  Evidence attended(long cohortId, int n, String at) {
    seq++;
    return Evidence.attendance(
        seq, "s" + seq, KARI, session(cohortId, n), Instant.parse(at), false);
  }

  static Map<String, ScheduledSession> both(
      Map<String, ScheduledSession> a, Map<String, ScheduledSession> b) {
    Map<String, ScheduledSession> all = new java.util.HashMap<>(a);
    all.putAll(b);
    return all;
  }

  @Test
  void fourOfFiveSessionsCompleteTheCourseAtTheAttendanceThatReachedFourInTimeOrder() {
    List<Evidence> evidence =
        List.of(
            attended(SPRING, 4, "2024-04-04T07:00:00Z"),
            attended(SPRING, 1, "2024-01-04T08:00:00Z"),
            attended(SPRING, 3, "2024-03-04T08:00:00Z"),
            attended(SPRING, 2, "2024-02-04T08:00:00Z"));

    Completions done = CompletionRules.of(evidence, cohort(SPRING, "2016", 5), CATALOGUE);

    assertThat(done.course("ABC"))
        .hasValue(
            new CourseCompletion(
                "ABC", Instant.parse("2024-04-04T07:00:00Z"), Basis.ATTENDANCE, "2016", "s1"));
    assertThat(done.modules()).isEmpty();
  }

  @Test
  void threeOfFiveSessionsAreNotEnoughAndTheSameSessionTwiceCountsOnce() {
    List<Evidence> evidence =
        List.of(
            attended(SPRING, 1, "2024-01-04T08:00:00Z"),
            attended(SPRING, 2, "2024-02-04T08:00:00Z"),
            attended(SPRING, 3, "2024-03-04T08:00:00Z"),
            attended(SPRING, 3, "2024-03-04T08:00:00Z"));

    assertThat(CompletionRules.of(evidence, cohort(SPRING, "2016", 5), CATALOGUE).courses())
        .isEmpty();
  }

  @Test
  void theThresholdFollowsTheCohortsNumberOfSessionsRoundedUp() {
    List<Evidence> four = new ArrayList<>();
    for (int n = 1; n <= 4; n++) {
      four.add(attended(SPRING, n, "2024-0" + n + "-04T08:00:00Z"));
    }
    // 80 % of 6 = 4.8: five needed; of 4 = 3.2: four needed; of 3 = 2.4: three needed.
    assertThat(CompletionRules.of(four, cohort(SPRING, "2016", 6), CATALOGUE).courses()).isEmpty();
    assertThat(CompletionRules.of(four, cohort(SPRING, "2016", 4), CATALOGUE).course("ABC"))
        .map(CourseCompletion::completedAt)
        .hasValue(Instant.parse("2024-04-04T08:00:00Z"));
    assertThat(
            CompletionRules.of(four.subList(0, 3), cohort(SPRING, "2016", 3), CATALOGUE)
                .course("ABC"))
        .map(CourseCompletion::completedAt)
        .hasValue(Instant.parse("2024-03-04T08:00:00Z"));
    assertThat(
            AttendanceRule.required(cohort(SPRING, "2016", 5).get(session(SPRING, 1)), CATALOGUE))
        .hasValue(4);
  }

  @Test
  void voidedAttendanceAndSessionsNoLongerScheduledDoNotCount() {
    List<Evidence> evidence =
        List.of(
            attended(SPRING, 1, "2024-01-04T08:00:00Z"),
            attended(SPRING, 2, "2024-02-04T08:00:00Z"),
            attended(SPRING, 3, "2024-03-04T08:00:00Z"),
            voided(attended(SPRING, 4, "2024-04-04T08:00:00Z")),
            attended(SPRING, 6, "2024-06-04T08:00:00Z"));

    assertThat(CompletionRules.of(evidence, cohort(SPRING, "2016", 5), CATALOGUE).courses())
        .isEmpty();
    assertThat(CompletionRules.of(evidence, Map.of(), CATALOGUE)).isEqualTo(Completions.NONE);
  }

  @Test
  void aCohortOfAVersionCompletedByModulesOrUnknownToTheCatalogueGivesNothing() {
    List<Evidence> evidence = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      evidence.add(attended(SPRING, n, "2024-0" + n + "-04T08:00:00Z"));
    }

    assertThat(CompletionRules.of(evidence, cohort(SPRING, "DIGITAL", 5), CATALOGUE).courses())
        .isEmpty();
    assertThat(CompletionRules.of(evidence, cohort(SPRING, "1999", 5), CATALOGUE).courses())
        .isEmpty();
  }

  @Test
  void sessionsOfTwoCohortsAreNotAddedUpAndTheEarlierCohortWins() {
    List<Evidence> evidence = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      evidence.add(attended(SPRING, n, "2024-0" + n + "-04T08:00:00Z"));
    }
    for (int n = 1; n <= 4; n++) {
      evidence.add(attended(AUTUMN, n, "2024-0" + (n + 4) + "-04T08:00:00Z"));
    }
    Map<String, ScheduledSession> sessions =
        both(cohort(SPRING, "2016", 5), cohort(AUTUMN, "2016", 5));

    assertThat(CompletionRules.of(evidence, sessions, CATALOGUE).course("ABC"))
        .map(CourseCompletion::completedAt)
        .hasValue(Instant.parse("2024-08-04T08:00:00Z"));
    assertThat(
            CompletionRules.of(evidence, both(sessions, cohort(SPRING, "2016", 3)), CATALOGUE)
                .course("ABC"))
        .map(CourseCompletion::completedAt)
        .hasValue(Instant.parse("2024-03-04T08:00:00Z"));
  }

  @Test
  void attendanceCompetesWithTheOtherBasesAndTheEarliestWins() {
    List<Evidence> evidence = new ArrayList<>();
    for (int n = 1; n <= 4; n++) {
      evidence.add(attended(SPRING, n, "2024-0" + n + "-04T08:00:00Z"));
    }
    evidence.add(module("ABC", "A", "2024-05-03T10:00:00Z"));
    evidence.add(module("ABC", "B", "2024-05-04T10:00:00Z"));
    Map<String, ScheduledSession> sessions = cohort(SPRING, "2016", 5);

    assertThat(CompletionRules.of(evidence, sessions, CATALOGUE).course("ABC"))
        .map(c -> c.basis() + " " + c.version().orElse("-"))
        .hasValue("ATTENDANCE 2016");
    evidence.add(courseStatement("ABC", "2024-04-04T08:00:00Z"));
    assertThat(CompletionRules.of(evidence, sessions, CATALOGUE).course("ABC"))
        .map(CourseCompletion::basis)
        .as("on the same instant attendance comes before a registration")
        .hasValue(Basis.ATTENDANCE);
    evidence.add(courseStatement("ABC", "2023-01-01T12:00:00Z"));
    assertThat(CompletionRules.of(evidence, sessions, CATALOGUE).course("ABC"))
        .map(CourseCompletion::basis)
        .hasValue(Basis.REGISTERED);
  }

  // --- adding statements to what a person completed ---

  @Test
  void addedStatementsMoveCompletionsEarlierFromTheCurrentOnes() {
    Evidence a = module("ABC", "A", "2024-05-03T10:00:00Z");
    Evidence b = module("ABC", "B", "2024-05-04T10:00:00Z");
    Completions done = CompletionRules.of(List.of(a, b), CATALOGUE);

    assertThat(
            CompletionRules.withAdded(
                done, List.of(module("ABC", "A", "2024-06-01T10:00:00Z")), CATALOGUE))
        .as("later: nothing changes")
        .hasValue(done);
    Evidence earlierB = module("ABC", "B", "2024-05-01T10:00:00Z");
    assertThat(CompletionRules.withAdded(done, List.of(earlierB), CATALOGUE))
        .hasValue(CompletionRules.of(List.of(a, b, earlierB), CATALOGUE));
    Evidence registered = courseStatement("ABC", "2020-01-01T10:00:00Z");
    assertThat(CompletionRules.withAdded(done, List.of(registered), CATALOGUE))
        .map(c -> c.course("ABC").orElseThrow().basis())
        .hasValue(Basis.REGISTERED);
  }

  @Test
  void whatTheCurrentCompletionsCannotTellIsLeftToTheFullRecompute() {
    Evidence a = module("ABC", "A", "2024-05-03T10:00:00Z");
    Evidence b = module("ABC", "B", "2024-05-04T10:00:00Z");
    Completions done = CompletionRules.of(List.of(a, b), CATALOGUE);

    assertThat(
            CompletionRules.withAdded(
                done, List.of(module("ABC", "A", "2024-05-03T10:00:00Z")), CATALOGUE))
        .as("a tie with the current completion is decided by the order stored")
        .isEmpty();
    assertThat(
            CompletionRules.withAdded(
                done, List.of(module("ABC", "B", "2024-05-03T10:00:00Z")), CATALOGUE))
        .as("two mandatory modules at the latest instant")
        .isEmpty();
    assertThat(
            CompletionRules.withAdded(
                done, List.of(voided(module("ABC", "A", "2024-06-01T10:00:00Z"))), CATALOGUE))
        .isEmpty();
    assertThat(
            CompletionRules.withAdded(
                done, List.of(attended(SPRING, 1, "2024-06-01T10:00:00Z")), CATALOGUE))
        .isEmpty();
  }

  @Test
  void addingToTheCurrentCompletionsGivesWhatAllTheEvidenceGives() {
    java.util.Random random = new java.util.Random(42);
    Map<String, ScheduledSession> sessions =
        both(cohort(SPRING, "2016", 3), cohort(AUTUMN, "DIGITAL", 3));
    String[] modules = {"A", "B", "X"};
    int folded = 0;
    for (int round = 0; round < 5000; round++) {
      // Half the time the added statements were stored first (a transaction that committed late).
      boolean storedFirst = random.nextBoolean();
      List<Evidence> added = new ArrayList<>();
      if (storedFirst) {
        addRandom(added, random, modules);
      }
      List<Evidence> before = new ArrayList<>();
      int size = random.nextInt(12);
      for (int i = 0; i < size; i++) {
        before.add(randomEvidence(random, modules, true));
      }
      if (!storedFirst) {
        addRandom(added, random, modules);
      }
      Completions current = CompletionRules.of(before, sessions, CATALOGUE);
      Optional<Completions> result = CompletionRules.withAdded(current, added, CATALOGUE);
      if (result.isPresent()) {
        folded++;
        List<Evidence> all = new ArrayList<>(before);
        all.addAll(added);
        assertThat(result.get())
            .as("adding %s to %s", added, before)
            .isEqualTo(CompletionRules.of(all, sessions, CATALOGUE));
      }
    }
    assertThat(folded).as("cases decided from the current completions").isGreaterThan(2500);
  }

  void addRandom(List<Evidence> added, java.util.Random random, String[] modules) {
    for (int i = 0; i <= random.nextInt(3); i++) {
      added.add(randomEvidence(random, modules, random.nextInt(10) == 0));
    }
  }

  /** Few distinct instants, so that ties happen; attendance and voids only when {@code any}. */
  Evidence randomEvidence(java.util.Random random, String[] modules, boolean any) {
    String at = "2024-05-" + (10 + random.nextInt(12)) + "T10:00:00Z";
    int pick = random.nextInt(any ? 5 : 4);
    Evidence e =
        switch (pick) {
          case 0 -> courseStatement(random.nextBoolean() ? "ABC" : "GROUP-ONLY", at);
          case 4 -> attended(random.nextBoolean() ? SPRING : AUTUMN, 1 + random.nextInt(3), at);
          default ->
              module(
                  random.nextInt(3) == 0 ? "GROUP-ONLY" : "ABC",
                  modules[random.nextInt(modules.length)],
                  at);
        };
    return any && random.nextInt(8) == 0 ? voided(e) : e;
  }
}
