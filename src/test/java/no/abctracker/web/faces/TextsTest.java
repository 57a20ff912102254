package no.abctracker.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.abctracker.training.organisation.entity.ShiftPattern;
import no.abctracker.web.signin.control.Page;
import org.junit.jupiter.api.Test;

/** Every text of the pages exists in Bokmål and English, and every text a page names exists. */
class TextsTest {

  static Properties load(String language) {
    Properties texts = new Properties();
    try (InputStream in =
        TextsTest.class.getResourceAsStream(
            "/no/abctracker/web/texts_" + language + ".properties")) {
      texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  final Properties nb = load("nb");
  final Properties en = load("en");

  @Test
  void bokmalAndEnglishHaveTheSameKeys() {
    assertThat(new TreeSet<>(en.stringPropertyNames()))
        .isEqualTo(new TreeSet<>(nb.stringPropertyNames()));
  }

  @Test
  void everyTextIsAValidMessageFormatAndNotEmpty() {
    for (Properties texts : new Properties[] {nb, en}) {
      texts.forEach(
          (key, value) -> {
            assertThat(value.toString()).as(key.toString()).isNotBlank();
            new MessageFormat(value.toString(), Locale.ROOT);
          });
    }
  }

  @Test
  void everyKeyAPageOrBeanNamesExists() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern inPage = Pattern.compile("t\\['([A-Za-z0-9.]+)'\\]");
    Pattern inJava = Pattern.compile("Texts\\.get\\(\"([A-Za-z0-9.]+)\"[,)]");
    collect(Path.of("src/main/webapp"), ".xhtml", inPage, used);
    collect(Path.of("src/main/java/no/abctracker/web"), ".java", inJava, used);
    for (Page page : Page.values()) {
      if (page.navKey() != null) {
        used.add(page.navKey());
      }
    }
    for (int status : new int[] {400, 403, 404, 409}) {
      used.add("error.title." + status);
      used.add("error.text." + status);
    }
    assertThat(used).hasSizeGreaterThan(100);
    assertThat(nb.stringPropertyNames()).containsAll(used);
  }

  /**
   * Enums of the entity packages that no page shows by label (internal states, codes written as
   * they are). Every other entity enum is found by scanning the classes and must have a label per
   * value, so a new enum, or one whose labels are deleted, fails here.
   */
  static final Set<String> SHOWN_AS_THEY_ARE =
      Set.of(
          "no.abctracker.certificates.entity.Certificate$Validity",
          "no.abctracker.progress.entity.EvidenceKind",
          "no.abctracker.progress.entity.PendingKind",
          "no.abctracker.reporting.entity.EmploymentBand",
          "no.abctracker.reporting.entity.Grouping",
          "no.abctracker.reporting.entity.PersonStatus",
          "no.abctracker.reporting.entity.ReportTable$Type",
          "no.abctracker.reporting.entity.ReportTable$Chart$Kind",
          "no.abctracker.training.cohorts.entity.CheckInCode$State",
          "no.abctracker.training.courses.entity.CourseVersion$Delivery",
          "no.abctracker.training.organisation.entity.AccountName",
          "no.abctracker.training.superusers.entity.Shift",
          "no.abctracker.xapi.credentials.entity.Scope",
          "no.abctracker.xapi.documents.entity.DocumentKind");

  @Test
  void everyEnumOfTheEntitiesHasALabelPerValueInBothLanguages() {
    Set<String> labelled = new TreeSet<>();
    Set<String> missing = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.abctracker")) {
      if (!type.isEnum()
          || !type.getPackageName().contains(".entity")
          || SHOWN_AS_THEY_ARE.contains(type.getName())) {
        continue;
      }
      labelled.add(type.getSimpleName());
      for (Object value : type.reflect().getEnumConstants()) {
        String key = "enum." + type.getSimpleName() + "." + ((Enum<?>) value).name();
        if (!nb.containsKey(key) || !en.containsKey(key)) {
          missing.add(key);
        }
      }
    }
    assertThat(labelled)
        .contains(
            "Role",
            "ShiftPattern",
            "EmploymentKind",
            "UnitType",
            "IdentityKind",
            "State",
            "SessionKind",
            "AttendanceMethod",
            "Basis");
    assertThat(missing).as("labels missing").isEmpty();
  }

  @Test
  void enumLabelsAreLookedUpByTypeAndName() {
    assertThat(Texts.label(Locale.forLanguageTag("nb"), ShiftPattern.NIGHT)).isEqualTo("Natt");
    assertThat(Texts.label(Locale.forLanguageTag("en"), ShiftPattern.NIGHT)).isEqualTo("Night");
    assertThat(Texts.get(Locale.forLanguageTag("nb"), "login.wait", 31)).contains("31 sekunder");
  }

  @Test
  void aBokmalPageIsNeverAnsweredInEnglishWhateverTheJvmLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      java.util.ResourceBundle.clearCache();
      assertThat(Texts.get(Locale.forLanguageTag("nb"), "login.title")).isEqualTo("Logg inn");
    } finally {
      Locale.setDefault(before);
    }
  }

  private static void collect(Path root, String suffix, Pattern pattern, Set<String> into)
      throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
          into.add(m.group(1));
        }
      }
    }
  }
}
