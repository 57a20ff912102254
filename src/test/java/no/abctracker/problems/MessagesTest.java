package no.abctracker.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message catalogue has a Bokmål and an English text for every message key and for every
 * problem type; the types are found by scanning the compiled classes, so a new {@link Problem}
 * without texts fails here.
 */
class MessagesTest {

  static final Locale NB = Messages.BOKMAL;

  final Properties nb = load("nb");
  final Properties en = load("en");

  @Test
  void everyMessageKeyHasABokmalAndAnEnglishText() {
    for (MessageKey key : MessageKey.values()) {
      for (Properties texts : List.of(nb, en)) {
        String text = texts.getProperty(key.name());
        assertThat(text).as(key.name()).isNotBlank();
        new MessageFormat(text, Locale.ROOT);
      }
      int englishArguments =
          new MessageFormat(en.getProperty(key.name())).getFormatsByArgumentIndex().length;
      assertThat(new MessageFormat(nb.getProperty(key.name())).getFormatsByArgumentIndex())
          .as("%s names no value the English text is not given", key)
          .hasSizeLessThanOrEqualTo(englishArguments);
    }
  }

  @Test
  void everyProblemTypeHasABokmalAndAnEnglishTitle() throws Exception {
    Set<String> types = new TreeSet<>();
    for (Class<?> type : compiledClasses()) {
      if (Problem.class.isAssignableFrom(type)) {
        types.add(type.getSimpleName());
      }
    }
    assertThat(types).contains("Problem", "BadRequest", "Forbidden", "InvalidLines", "Unexpected");
    for (String type : types) {
      assertThat(nb.getProperty("type." + type)).as("Bokmål type." + type).isNotBlank();
      assertThat(en.getProperty("type." + type)).as("English type." + type).isNotBlank();
    }
  }

  @Test
  void theCatalogueHoldsNothingButKeysAndTypes() throws Exception {
    Set<String> expected = new TreeSet<>();
    for (MessageKey key : MessageKey.values()) {
      expected.add(key.name());
    }
    for (Class<?> type : compiledClasses()) {
      if (Problem.class.isAssignableFrom(type)) {
        expected.add("type." + type.getSimpleName());
      }
    }
    assertThat(new TreeSet<>(nb.stringPropertyNames())).isEqualTo(expected);
    assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(expected);
  }

  @Test
  void bokmalTextsAreWrittenForAPersonNotWithFieldNames() {
    for (MessageKey key : MessageKey.values()) {
      assertThat(nb.getProperty(key.name()))
          .as(key.name())
          .doesNotMatch("^[a-z]+[A-Z][A-Za-z]*:.*")
          .doesNotContain("Exception");
    }
  }

  @Test
  void aProblemIsToldInTheReadersLanguageWithNorwegianDatesAndLists() {
    BadRequest unknown = new BadRequest(MessageKey.EMPLOYEES_UNKNOWN, List.of("99999", "99998"));
    assertThat(unknown.detail(NB))
        .isEqualTo("Ingen ansatt med nummer 99999, 99998 i denne kommunen. Ingenting ble endret.");
    assertThat(unknown.detail()).startsWith("No employee with the number 99999, 99998");
    assertThat(unknown.detail(Locale.forLanguageTag("nn-NO"))).startsWith("Ingen ansatt");
    assertThat(unknown.detail(Locale.GERMAN)).isEqualTo(unknown.detail());
    assertThat(unknown.title(NB)).isEqualTo("Kunne ikke lagre");
    assertThat(unknown.title(Locale.ENGLISH)).isEqualTo("Could not save");
    assertThat(
            Messages.text(
                NB,
                MessageKey.ROSTER_END_BEFORE_START,
                java.time.LocalDate.of(2026, 1, 2),
                java.time.LocalDate.of(2026, 3, 4)))
        .isEqualTo("Sluttdatoen 02.01.2026 er før startdatoen 04.03.2026.");
    InvalidLines lines =
        new InvalidLines(
            MessageKey.FILE_ROSTER,
            List.of(
                new InvalidLines.LineError(
                    12345, "email", MessageKey.ROSTER_EMAIL_DIFFERS, 1234L)));
    assertThat(lines.detail(NB))
        .isEqualTo(
            "Personallisten ble avvist, og ingenting ble endret: 1 feil på 1 linje. Se feilene"
                + " under.");
    assertThat(lines.errors().get(0).text(NB)).contains("linje 1234 ");
  }

  @Test
  void theApiAnswersInTheFirstLanguageItAsksForThatTheCatalogueHas() {
    assertThat(Messages.preferred(List.of())).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.preferred(List.of(Locale.FRENCH, Locale.forLanguageTag("nb-NO"))))
        .isEqualTo(NB);
    assertThat(Messages.preferred(List.of(Locale.forLanguageTag("no")))).isEqualTo(NB);
    assertThat(Messages.preferred(List.of(Locale.ENGLISH, NB))).isEqualTo(Locale.ENGLISH);
  }

  /** Every class compiled from src/main, loaded without initialising it. */
  static List<Class<?>> compiledClasses() throws IOException, URISyntaxException {
    Path root = Path.of(Problem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".class"))
          .map(f -> root.relativize(f).toString())
          .filter(f -> !f.endsWith("module-info.class") && !f.endsWith("package-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .map(MessagesTest::loadClass)
          .filter(type -> !type.isAnonymousClass() && !Modifier.isInterface(type.getModifiers()))
          .toList();
    }
  }

  private static Class<?> loadClass(String name) {
    try {
      return Class.forName(name, false, MessagesTest.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new AssertionError("cannot load " + name, e);
    }
  }

  private static Properties load(String language) {
    Properties texts = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream(
            "/no/abctracker/problems/messages_" + language + ".properties")) {
      texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return texts;
  }
}
