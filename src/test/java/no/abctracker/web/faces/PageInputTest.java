package no.abctracker.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import no.abctracker.problems.BadRequest;
import org.junit.jupiter.api.Test;

class PageInputTest {

  @Test
  void datesAreTypedTheNorwegianWay() {
    assertThat(PageInput.date("from", " 02.03.2026 ")).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(PageInput.optionalDate("to", "")).isNull();
  }

  @Test
  void aBadOrMissingDateNamesTheField() {
    assertThatThrownBy(() -> PageInput.date("startDate", "31.02.2026"))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("startDate")
        .hasMessageContaining("31.02.2026");
    assertThatThrownBy(() -> PageInput.date("from", "2026-03-02")).isInstanceOf(BadRequest.class);
    assertThatThrownBy(() -> PageInput.date("from", " ")).hasMessageContaining("required");
  }

  @Test
  void timesTakeAColonOrAPoint() {
    assertThat(PageInput.time("startsAt", "9:00")).isEqualTo(LocalTime.of(9, 0));
    assertThat(PageInput.time("startsAt", "14.30")).isEqualTo(LocalTime.of(14, 30));
    assertThatThrownBy(() -> PageInput.time("startsAt", "25:00"))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("startsAt");
  }
}
