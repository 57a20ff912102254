package no.abctracker.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** MariaDB's text for DATE and DATETIME(6) becomes the same java.time value, exactly. */
class SqlTimesTest {

  @Test
  void datesAndTimesWithOrWithoutFractionsAndNulls() {
    assertThat(SqlTimes.date("2026-03-10")).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(SqlTimes.dateTime("2026-03-10 09:00:00.123456"))
        .isEqualTo(LocalDateTime.of(2026, 3, 10, 9, 0, 0, 123_456_000));
    assertThat(SqlTimes.dateTime("2026-03-10 09:00:00.000000"))
        .isEqualTo(LocalDateTime.of(2026, 3, 10, 9, 0));
    assertThat(SqlTimes.dateTime("2026-03-10 09:00:00"))
        .isEqualTo(LocalDateTime.of(2026, 3, 10, 9, 0));
    assertThat(SqlTimes.date((String) null)).isNull();
    assertThat(SqlTimes.dateTime((String) null)).isNull();
  }
}
