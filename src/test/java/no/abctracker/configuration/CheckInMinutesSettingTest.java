package no.abctracker.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ABC_CHECK_IN_MINUTES is checked at start-up like every other setting. */
class CheckInMinutesSettingTest {

  @ParameterizedTest
  @ValueSource(strings = {"1", "15", " 30 ", "240"})
  void wholeMinutesFromOneTo240AreFine(String minutes) {
    assertThat(SettingsCheck.problems(settings(minutes))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "241", "15.5", "abc", "", "-5", "1000"})
  void anythingElseStopsTheStartNamingTheSetting(String minutes) {
    assertThat(SettingsCheck.problems(settings(minutes)))
        .singleElement()
        .asString()
        .startsWith("ABC_CHECK_IN_MINUTES must be a whole number of minutes from 1 to 240");
  }

  @Test
  void theDefaultIsFifteen() throws Exception {
    var defaults = new java.util.Properties();
    try (var in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
      defaults.load(in);
    }
    assertThat(defaults.getProperty("ABC_CHECK_IN_MINUTES")).isEqualTo("15");
  }

  private static Settings settings(String checkInMinutes) {
    Settings settings = ValidSettings.defaults();
    settings.checkInMinutes = checkInMinutes;
    return settings;
  }
}
