package no.abctracker;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure of docs/architecture.md, executable: boundary/control/entity layering, one owner of
 * the completion tables, and no cycles between components beyond the ones listed (and documented)
 * below, so that no new one can appear.
 */
class ArchitectureTest {

  static final String ROOT = "no.abctracker";

  /**
   * Dependencies that close a cycle between components today (issue 17 item 5). Each is a {@code
   * origin -> target} pair of top-level components; the cycle rule ignores exactly these, so a
   * dependency that closes any other cycle fails. Remove a line when its cycle is broken.
   */
  static final List<String> KNOWN_BACK_EDGES =
      List.of(
          // Start-up bootstrap (first admin, municipality, LRS client) lives in configuration.
          "configuration -> access",
          "configuration -> municipalities",
          "configuration -> xapi",
          // Strict JSON request bodies use the LRS's strict reader; its validators throw
          // BadRequest.
          "problems -> xapi.model",
          // access (users, sign-in, the access log) is used by every feature and uses some back.
          "access -> municipalities",
          "access -> training",
          "access -> reporting",
          "access -> web",
          // super-user qualification reads certificates' course completions.
          "training -> certificates");

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void controlAndEntityNeverDependOnABoundary() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("..control..", "..entity..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..boundary..")
            .because("a boundary adapts HTTP or pages to controls, never the other way round");
    rule.check(classes);
  }

  @Test
  void entitiesNeverDependOnControls() {
    noClasses()
        .that()
        .resideInAPackage("..entity..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..control..")
        .because("entities are the data controls work on")
        .check(classes);
  }

  @Test
  void theXapiModelIsPlainValues() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".xapi.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "jakarta.ws.rs..", "jakarta.faces..")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".access..",
            ROOT + ".certificates..",
            ROOT + ".municipalities..",
            ROOT + ".privacy..",
            ROOT + ".progress..",
            ROOT + ".reporting..",
            ROOT + ".training..",
            ROOT + ".web..",
            ROOT + ".xapi.statements..",
            ROOT + ".xapi.credentials..")
        .because("xapi.model holds immutable xAPI value types and validators (house style)")
        .check(classes);
  }

  /**
   * A text scan, since SQL is in strings ArchUnit cannot see: outside {@code progress} only the
   * readers listed here name a completion table, and they are to become callers of progress's read
   * API (issue 17 item 1). No new one may appear.
   */
  @Test
  void onlyProgressNamesTheCompletionTablesInSql() throws IOException {
    Pattern table =
        Pattern.compile(
            "\"[^\"]*\\b(course_completion|module_completion|progress_evidence|progress_pending"
                + "|progress_projector)\\b");
    Set<String> found = new TreeSet<>();
    Path sources = Path.of("src/main/java/no/abctracker");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String relative = sources.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith("progress/") || relative.endsWith("package-info.java")) {
          continue;
        }
        if (table.matcher(Files.readString(file)).find()) {
          found.add(relative);
        }
      }
    }
    assertThat(found)
        .as("classes outside progress whose SQL names a completion table")
        .isSubsetOf(
            "certificates/control/CourseCompletions.java", "reporting/control/ReportData.java");
  }

  @Test
  void noCyclesBetweenComponentsBeyondTheKnownOnes() {
    var rule = slices().assignedFrom(COMPONENTS).should().beFreeOfCycles();
    for (String edge : KNOWN_BACK_EDGES) {
      String[] ends = edge.split(" -> ");
      rule =
          rule.ignoreDependency(
              describe(ends[0], (JavaClass c) -> component(c).equals(ends[0])),
              describe(ends[1], (JavaClass c) -> component(c).equals(ends[1])));
    }
    rule.check(classes);
  }

  /**
   * The component of a class: its top-level package under the root, except that {@code xapi.model}
   * (plain xAPI values and rules, used by many components) is a component of its own.
   */
  static String component(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(ROOT + ".")) {
      return "";
    }
    String rest = name.substring(ROOT.length() + 1);
    if (rest.equals("xapi.model") || rest.startsWith("xapi.model.")) {
      return "xapi.model";
    }
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  static final SliceAssignment COMPONENTS =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
          String component = component(type);
          return component.isEmpty() ? SliceIdentifier.ignore() : SliceIdentifier.of(component);
        }

        @Override
        public String getDescription() {
          return "components of " + ROOT;
        }
      };
}
