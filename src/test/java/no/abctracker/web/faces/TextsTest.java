package no.abctracker.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

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
import no.abctracker.access.entity.Role;
import no.abctracker.access.entity.SignInLink;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.IdentityKind;
import no.abctracker.training.organisation.entity.ShiftPattern;
import no.abctracker.training.organisation.entity.UnitType;
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
    for (Class<? extends Enum<?>> type :
        java.util.List.of(
            Role.class,
            ShiftPattern.class,
            EmploymentKind.class,
            UnitType.class,
            IdentityKind.class,
            SignInLink.State.class)) {
      for (Enum<?> value : type.getEnumConstants()) {
        used.add("enum." + type.getSimpleName() + "." + value.name());
      }
    }
    assertThat(used).hasSizeGreaterThan(100);
    assertThat(nb.stringPropertyNames()).containsAll(used);
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
