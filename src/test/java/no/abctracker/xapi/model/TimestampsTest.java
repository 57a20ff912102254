package no.abctracker.xapi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2008-09-15T15:53:00.601Z",
        "2008-09-15T15:53:00.601+00:00",
        "2008-09-15T15:53:00+0100",
        "2008-09-15T15:53:00+01",
        "2008-09-15T15:53Z",
        "2008-09-15T15:53:00.123456789Z",
        "2008-09-15T15:53:00"
      })
  void acceptsIso8601DateTimes(String value) {
    assertThat(Timestamps.isTimestamp(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2008-09-15T15:53:00.601-00",
        "2008-09-15T15:53:00.601-0000",
        "2008-09-15T15:53:00.601-00:00",
        "01/011/2015",
        "2008-09-15",
        "2008-13-15T15:53:00Z",
        "2008-02-30T15:53:00Z",
        "should fail",
        ""
      })
  void rejectsWhatTheSpecRejects(String value) {
    assertThatThrownBy(() -> Timestamps.parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(value);
  }

  @Test
  void noZoneMeansUtc() {
    assertThat(Timestamps.parse("2023-05-04T12:00:00").getOffset()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void normalisesToUtcMilliseconds() {
    assertThat(Timestamps.normalise("2023-05-04T12:00:00-05:00"))
        .isEqualTo("2023-05-04T17:00:00.000Z");
    assertThat(Timestamps.normalise("2023-05-04T12:00:00.1234+02:00"))
        .isEqualTo("2023-05-04T10:00:00.123Z");
  }

  @Test
  void formatsStoredInUtc() {
    OffsetDateTime time = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 6_000_000, ZoneOffset.ofHours(1));
    assertThat(Timestamps.format(time)).isEqualTo("2024-01-02T02:04:05.006Z");
  }
}
