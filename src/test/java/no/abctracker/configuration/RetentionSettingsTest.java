package no.abctracker.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The retention periods are whole numbers in range, or the start stops naming the setting. */
class RetentionSettingsTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "five", "-1", ""})
  void aRetentionOutsideOneToAHundredYearsStopsTheStart(String years) {
    Settings settings = ValidSettings.defaults();
    settings.retentionYears = years;
    assertThat(SettingsCheck.problems(settings))
        .singleElement()
        .asString()
        .startsWith("ABC_RETENTION_YEARS must be a whole number from 1 to 100");
  }

  @ParameterizedTest
  @ValueSource(strings = {"36501", "a year", "-5"})
  void anUnknownActorPeriodOutOfRangeStopsTheStart(String days) {
    Settings settings = ValidSettings.defaults();
    settings.unknownActorRetentionDays = days;
    assertThat(SettingsCheck.problems(settings))
        .singleElement()
        .asString()
        .startsWith("ABC_UNKNOWN_ACTOR_RETENTION_DAYS must be a whole number from 0 to 36500");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", " 5 ", "100"})
  void aWholeNumberOfYearsIsTaken(String years) {
    Settings settings = ValidSettings.defaults();
    settings.retentionYears = years;
    assertThat(SettingsCheck.problems(settings)).isEmpty();
    assertThat(settings.retentionYears()).isEqualTo(Integer.parseInt(years.strip()));
  }
}
