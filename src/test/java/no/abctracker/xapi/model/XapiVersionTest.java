package no.abctracker.xapi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class XapiVersionTest {

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1.0.0", "1.0.1", "1.0.2", "1.0.3", "1.0.9"})
  void acceptsEveryOnePointZeroPatchAs103(String header) {
    assertThat(XapiVersion.fromHeader(header)).isEqualTo(XapiVersion.V1_0_3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.0", "2.0.0", "2.0.1"})
  void acceptsTwoPointZero(String header) {
    assertThat(XapiVersion.fromHeader(header)).isEqualTo(XapiVersion.V2_0_0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.95", "0.9.9", "1.1.0", "1", "2", "3.0.0", "1.0.x", "should fail"})
  void rejectsOtherVersionsNamingTheHeader(String header) {
    assertThatThrownBy(() -> XapiVersion.fromHeader(header))
        .isInstanceOf(UnsupportedVersion.class)
        .hasMessageContaining("X-Experience-API-Version")
        .hasMessageContaining(header);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void rejectsAMissingHeader(String header) {
    assertThatThrownBy(() -> XapiVersion.fromHeader(header))
        .isInstanceOf(UnsupportedVersion.class)
        .hasMessageContaining("X-Experience-API-Version header is required");
  }

  @org.junit.jupiter.api.Test
  void headerValues() {
    assertThat(XapiVersion.V1_0_3.header()).isEqualTo("1.0.3");
    assertThat(XapiVersion.V2_0_0.header()).isEqualTo("2.0.0");
  }
}
