package no.abctracker.training.courses.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every profile in the repository's {@code xapi-profiles/} follows the xAPI Profiles structural
 * rules, and each rule rejects a profile that breaks it (one fixture per case under {@code
 * src/test/resources/xapi-profiles-broken/}, named {@code <rule>--<case>.jsonld}).
 */
class XapiProfilesTest {

  static final Path PROFILES = Path.of("xapi-profiles");
  static final Path BROKEN = Path.of("src/test/resources/xapi-profiles-broken");
  static final Path VALID_FIXTURE =
      Path.of("src/test/resources/xapi-profiles-valid/fixture.jsonld");

  static List<ProfileDocument> shipped() {
    return XapiProfileReader.fromDirectory(PROFILES);
  }

  static Stream<Path> shippedFiles() throws IOException {
    return files(PROFILES);
  }

  static Stream<Path> brokenFiles() throws IOException {
    return files(BROKEN);
  }

  private static Stream<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".jsonld")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedFiles")
  void shippedProfileFollowsTheStructuralRules(Path file) {
    List<Violation> violations = ProfileStructure.check(shipped());

    assertThat(violations)
        .filteredOn(v -> v.source().equals(file.getFileName().toString()))
        .isEmpty();
  }

  @Test
  void shippedProfilesTogetherDescribeTheAbcCourseAndASuperUserCourse() {
    assertThat(XapiProfileReader.courses(shipped()))
        .extracting(c -> c.code())
        .contains("ABC", "SB-MEDISINDISPENSER");
  }

  @Test
  void theValidFixtureIsValid() {
    assertThat(ProfileStructure.check(withShipped(ProfileDocument.read(VALID_FIXTURE)))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void brokenProfileIsRejectedForTheRuleItBreaks(Path file) {
    String name = file.getFileName().toString();
    Violation.Rule expected =
        Violation.Rule.valueOf(
            name.substring(0, name.indexOf("--")).replace('-', '_').toUpperCase(Locale.ROOT));

    List<Violation> violations;
    try {
      violations = ProfileStructure.check(withShipped(ProfileDocument.read(file)));
    } catch (InvalidProfiles unreadable) {
      violations = unreadable.violations();
    }

    assertThat(violations).as("violations of %s", name).isNotEmpty();
    assertThat(violations)
        .as("every violation names %s and the broken file", expected)
        .allSatisfy(
            v -> {
              assertThat(v.rule()).isEqualTo(expected);
              assertThat(v.source()).isEqualTo(name);
            });
  }

  @Test
  void readerRefusesInvalidProfilesListingEveryViolationWithItsFile() {
    ProfileDocument broken = ProfileDocument.read(BROKEN.resolve("reference--unknown-verb.jsonld"));

    assertThatThrownBy(() -> XapiProfileReader.courses(withShipped(broken)))
        .isInstanceOf(InvalidProfiles.class)
        .hasMessageContaining("reference--unknown-verb.jsonld")
        .hasMessageContaining("https://example.org/xapi/verbs/finished");
  }

  /** Broken fixtures use the shared extensions of the ABC profile, as real profiles do. */
  private static List<ProfileDocument> withShipped(ProfileDocument extra) {
    List<ProfileDocument> all = new ArrayList<>(shipped());
    all.add(extra);
    return all;
  }
}
