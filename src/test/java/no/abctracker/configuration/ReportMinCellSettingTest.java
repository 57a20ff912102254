package no.abctracker.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ABC_REPORT_MIN_CELL is a whole number of persons, checked at start-up. */
class ReportMinCellSettingTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "5", " 10 ", "9999"})
  void wholeNumbersAreFine(String minCell) {
    assertThat(SettingsCheck.problems(settings(minCell))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "5.5", "fem", "", "10000"})
  void anythingElseStopsTheStartNamingTheSetting(String minCell) {
    assertThat(SettingsCheck.problems(settings(minCell)))
        .singleElement()
        .asString()
        .startsWith("ABC_REPORT_MIN_CELL must be a whole number of persons from 0 to 9999");
  }

  private static Settings settings(String minCell) {
    Settings settings = ValidSettings.defaults();
    settings.reportMinCell = minCell;
    return settings;
  }
}
