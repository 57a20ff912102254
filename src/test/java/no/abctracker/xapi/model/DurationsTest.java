package no.abctracker.xapi.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest
  @ValueSource(strings = {"PT1H0M0.1S", "P1Y2M3DT4H5M6S", "P3W", "PT0.12345S", "P1D", "PT36H"})
  void acceptsIso8601Durations(String value) {
    assertThat(Durations.isDuration(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PA1H0M0S", "P", "PT", "1H", "P1.5DT1H", "PT1H ", "P1WT1H"})
  void rejectsOthers(String value) {
    assertThat(Durations.isDuration(value)).isFalse();
  }

  @Test
  void truncatesToHundredthsForComparison() {
    assertThat(Durations.toHundredths("PT1.23456S")).isEqualTo("PT1.23S");
    assertThat(Durations.toHundredths("PT1H0.10S")).isEqualTo("PT1H0.1S");
    assertThat(Durations.toHundredths("P1D")).isEqualTo("P1D");
  }
}
