package no.abctracker.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bokmål unless English is asked for; anything else is not a language we write. */
class LanguageTest {

  @Test
  void bokmaalIsTheDefault() {
    assertThat(Language.parse(null)).contains(Language.NB);
    assertThat(Language.parse("")).contains(Language.NB);
    assertThat(Language.parse("nb")).contains(Language.NB);
    assertThat(Language.parse("nb-NO")).contains(Language.NB);
  }

  @Test
  void englishInAnyRegion() {
    assertThat(Language.parse("en")).contains(Language.EN);
    assertThat(Language.parse("EN-gb")).contains(Language.EN);
  }

  @Test
  void otherLanguagesAreRefused() {
    assertThat(Language.parse("sv")).isEmpty();
    assertThat(Language.parse("english")).isEmpty();
  }

  @Test
  void aTextFallsBackToBokmaal() {
    assertThat(Language.EN.of(Map.of("nb-NO", "natt"))).isEqualTo("natt");
    assertThat(Language.EN.of(Map.of("nb-NO", "natt", "en", "night"))).isEqualTo("night");
  }
}
