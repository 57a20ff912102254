package no.abctracker.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Messages;
import org.junit.jupiter.api.Test;

class PageInputTest {

  @Test
  void datesAreTypedTheNorwegianWay() {
    assertThat(PageInput.date(" 02.03.2026 ")).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(PageInput.optionalDate("")).isNull();
  }

  @Test
  void aBadOrMissingDateQuotesWhatWasTypedAndSaysHowToWriteIt() {
    assertThatThrownBy(() -> PageInput.date("31.02.2026"))
        .isInstanceOf(BadRequest.class)
        .satisfies(
            e ->
                assertThat(((BadRequest) e).detail(Messages.BOKMAL))
                    .isEqualTo(
                        "«31.02.2026» er ikke en dato. Skriv datoen som dd.mm.åååå, for eksempel"
                            + " 01.06.2026."))
        .hasMessageContaining("'31.02.2026' is not a date");
    assertThatThrownBy(() -> PageInput.date("2026-03-02")).isInstanceOf(BadRequest.class);
    assertThatThrownBy(() -> PageInput.date(" ")).hasMessageContaining("dd.mm.yyyy");
  }

  @Test
  void timesTakeAColonOrAPoint() {
    assertThat(PageInput.time("9:00")).isEqualTo(LocalTime.of(9, 0));
    assertThat(PageInput.time("14.30")).isEqualTo(LocalTime.of(14, 30));
    assertThatThrownBy(() -> PageInput.time("25:00"))
        .isInstanceOf(BadRequest.class)
        .satisfies(
            e ->
                assertThat(((BadRequest) e).detail(Messages.BOKMAL))
                    .startsWith("«25:00» er ikke et klokkeslett."))
        .hasMessageContaining("'25:00' is not a time");
  }
}
