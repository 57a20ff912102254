package no.abctracker.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatsTest {

  static final Locale NB = Locale.forLanguageTag("nb");
  static final Locale EN = Locale.forLanguageTag("en");

  final Formats formats = new Formats();

  @Test
  void datesAreNorwegian() {
    assertThat(formats.date(LocalDate.of(2026, 3, 2))).isEqualTo("02.03.2026");
    assertThat(formats.date(null)).isEmpty();
  }

  @Test
  void timesAreOsloTime() {
    assertThat(formats.dateTime(Instant.parse("2026-07-01T22:30:00Z")))
        .isEqualTo("02.07.2026 00:30");
    assertThat(formats.dateTime(Instant.parse("2026-01-15T08:05:00Z")))
        .isEqualTo("15.01.2026 09:05");
  }

  @Test
  void percentagesHaveADecimalCommaAndASpaceInBokmal() {
    assertThat(Formats.percent(NB, 0.725)).isEqualTo("72,5\u00a0%");
    assertThat(Formats.percent(NB, 1)).isEqualTo("100\u00a0%");
    assertThat(Formats.percent(EN, 0.725)).isEqualTo("72.5%");
  }

  @Test
  void numbersHaveADecimalCommaAndSpacedThousandsInBokmal() {
    assertThat(Formats.number(NB, new BigDecimal("72.50"))).isEqualTo("72,5");
    assertThat(Formats.number(NB, 12345)).isEqualTo("12\u00a0345");
    assertThat(Formats.number(EN, 12345.5)).isEqualTo("12,345.5");
  }

  @Test
  void dayAndTimeOfAnInstantAreOsloTime() {
    Instant lateEvening = Instant.parse("2026-07-01T22:30:00Z");
    assertThat(formats.day(lateEvening)).isEqualTo("02.07.2026");
    assertThat(formats.time(lateEvening)).isEqualTo("00:30");
    assertThat(formats.time(null)).isEmpty();
  }

  @Test
  void languageMapsAnswerInThePagesLanguageElseBokmal() {
    Map<String, String> title = new LinkedHashMap<>();
    title.put("en", "The ABC of welfare technology");
    title.put("nb-NO", "Velferdsteknologiens ABC");
    assertThat(Formats.text(NB, title)).isEqualTo("Velferdsteknologiens ABC");
    assertThat(Formats.text(EN, title)).isEqualTo("The ABC of welfare technology");
    assertThat(Formats.text(Locale.GERMAN, title)).isEqualTo("Velferdsteknologiens ABC");
    assertThat(Formats.text(EN, Map.of("se", "ABC"))).isEqualTo("ABC");
    assertThat(Formats.text(NB, Map.of())).isEmpty();
  }
}
