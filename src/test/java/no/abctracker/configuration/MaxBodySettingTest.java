package no.abctracker.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ABC_MAX_BODY_MB is a whole number of megabytes, checked at start-up. */
class MaxBodySettingTest {

  @ParameterizedTest
  @ValueSource(strings = {"1", "8", " 12 ", "1024"})
  void wholeMegabytesAreFine(String mb) {
    Settings settings = settings(mb);
    assertThat(SettingsCheck.problems(settings)).isEmpty();
    assertThat(settings.maxBodyBytes()).isEqualTo(Long.parseLong(mb.strip()) * 1024 * 1024);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "8.5", "åtte", "", "1025", "99999"})
  void anythingElseStopsTheStartNamingTheSetting(String mb) {
    assertThat(SettingsCheck.problems(settings(mb)))
        .singleElement()
        .asString()
        .startsWith("ABC_MAX_BODY_MB must be a whole number of megabytes from 1 to 1024");
  }

  private static Settings settings(String mb) {
    Settings settings = ValidSettings.defaults();
    settings.maxBodyMb = mb;
    return settings;
  }
}
