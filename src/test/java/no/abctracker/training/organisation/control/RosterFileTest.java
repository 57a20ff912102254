package no.abctracker.training.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.abctracker.problems.InvalidLines;
import no.abctracker.problems.InvalidLines.LineError;
import no.abctracker.training.organisation.control.RosterFile.RosterLine;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.ShiftPattern;
import org.junit.jupiter.api.Test;

class RosterFileTest {

  static final String HEADER =
      "employee_id,full_name,email,unit_code,position_code,position_title,employment_percent,"
          + "shift_pattern,employment_kind,start_date,end_date\n";
  static final String OLA =
      "1001,Ola Nordmann,Ola@Kommune.no,HS-1,7174,Helsefagarbeider,75,THREE_SHIFT,PERMANENT,2020-01-01,\n";
  static final Set<String> OPEN = Set.of("HS-1", "HS-2");
  static final Set<String> CLOSED = Set.of("OLD");

  static List<RosterLine> parse(String csv) {
    return RosterFile.parse(csv.getBytes(StandardCharsets.UTF_8), OPEN, CLOSED);
  }

  static List<LineError> errorsOf(String csv) {
    return errorsOf(csv.getBytes(StandardCharsets.UTF_8));
  }

  static List<LineError> errorsOf(byte[] csv) {
    InvalidLines invalid =
        catchThrowableOfType(InvalidLines.class, () -> RosterFile.parse(csv, OPEN, CLOSED));
    assertThat(invalid).as("expected the roster to be rejected").isNotNull();
    return invalid.errors();
  }

  @Test
  void readsAValidRosterWithCommas() {
    List<RosterLine> lines =
        parse(
            HEADER
                + OLA
                + "1001,Ola Nordmann,ola@kommune.no,HS-2,7174,Helsefagarbeider,20,WEEKEND,"
                + "TEMPORARY,2021-05-01,2021-12-31\n"
                + "1002,Kari Nordmann,,HS-2,6671,Ergoterapeut,0,day,on_call,01.02.2023,\n");
    assertThat(lines).hasSize(3);
    RosterLine ola = lines.get(0);
    assertThat(ola.line()).isEqualTo(2);
    assertThat(ola.email()).isEqualTo("ola@kommune.no");
    assertThat(ola.percent()).isEqualByComparingTo("75");
    assertThat(ola.shiftPattern()).isEqualTo(ShiftPattern.THREE_SHIFT);
    assertThat(ola.end()).isNull();
    assertThat(lines.get(1).end()).isEqualTo(LocalDate.of(2021, 12, 31));
    RosterLine kari = lines.get(2);
    assertThat(kari.email()).isNull();
    assertThat(kari.kind()).isEqualTo(EmploymentKind.ON_CALL);
    assertThat(kari.percent()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(kari.start()).isEqualTo(LocalDate.of(2023, 2, 1));
  }

  @Test
  void readsSemicolonsWithDecimalCommaAndABom() {
    String csv =
        "\uFEFF"
            + HEADER.replace(',', ';')
            + "1001;Åse Ødegård;ase@kommune.no;HS-1;7174;Helsefagarbeider;72,5;NIGHT;PERMANENT;2020-01-01;\n";
    List<RosterLine> lines = parse(csv);
    assertThat(lines)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.fullName()).isEqualTo("Åse Ødegård");
              assertThat(l.percent()).isEqualByComparingTo("72.5");
              assertThat(l.employeeId()).isEqualTo("1001");
            });
  }

  @Test
  void quotedFieldsMayHoldTheSeparator() {
    List<RosterLine> lines =
        parse(HEADER + OLA.replace("Helsefagarbeider", "\"Helsefagarbeider, natt\""));
    assertThat(lines.get(0).positionTitle()).isEqualTo("Helsefagarbeider, natt");
  }

  @Test
  void everyBadLineIsNumberedAndExplained() {
    List<LineError> errors =
        errorsOf(
            HEADER
                + OLA
                + "1002,Kari,kari@kommune.no,NOPE,7174,Hjelpepleier,50,DAY,PERMANENT,2020-01-01,\n"
                + "1003,Per,per@kommune.no,HS-1,7174,Hjelpepleier,120,DAY,PERMANENT,2020-01-01,\n"
                + "1004,Liv,liv@kommune.no,HS-1,7174,Hjelpepleier,50,DAY,PERMANENT,2020-13-01,\n"
                + "1005,Nils,nils@kommune.no,HS-1,7174,Hjelpepleier,50,EVENING,PERMANENT,2020-01-01,\n"
                + "1006,Eva,eva@kommune.no,HS-1,7174,Hjelpepleier,50,DAY,FREELANCE,2020-01-01,\n"
                + OLA
                + "1007,Ida,ida@kommune.no,OLD,7174,Hjelpepleier,50,DAY,PERMANENT,2020-01-01,\n"
                + "1008,Tor,tor@kommune.no,HS-1,71,Hjelpepleier,abc,DAY,PERMANENT,2020-01-01,2019-01-01\n");
    assertThat(errors)
        .extracting(LineError::line)
        .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 10L, 10L);
    assertThat(errors.get(0).column()).isEqualTo("unit_code");
    assertThat(errors.get(0).text(Locale.ENGLISH)).contains("Unknown unit_code NOPE");
    assertThat(errors.get(1).column()).isEqualTo("employment_percent");
    assertThat(errors.get(1).text(Locale.ENGLISH)).contains("between 0 and 100");
    assertThat(errors.get(2).text(Locale.ENGLISH)).contains("'2020-13-01' is not a date");
    assertThat(errors.get(3).text(Locale.ENGLISH))
        .contains("Unknown shift_pattern 'EVENING'", "THREE_SHIFT");
    assertThat(errors.get(4).text(Locale.ENGLISH))
        .contains("Unknown employment_kind 'FREELANCE'", "ON_CALL");
    assertThat(errors.get(5).text(Locale.ENGLISH)).contains("Duplicate employment", "line 2");
    assertThat(errors.get(6).text(Locale.ENGLISH)).contains("Unit OLD is closed");
    assertThat(errors.subList(7, 10))
        .extracting(LineError::column)
        .containsExactly("position_code", "employment_percent", "end_date");
  }

  @Test
  void percentMustBeANumberFrom0To100WithTwoDecimalsAtMost() {
    assertThat(errorsOf(HEADER + OLA.replace(",75,", ",-1,")).get(0).text(Locale.ENGLISH))
        .contains("between 0 and 100");
    assertThat(errorsOf(HEADER + OLA.replace(",75,", ",33.333,")).get(0).text(Locale.ENGLISH))
        .contains("two decimals");
    assertThat(errorsOf(HEADER + OLA.replace(",75,", ",,")).get(0).text(Locale.ENGLISH))
        .contains("empty");
    assertThat(parse(HEADER + OLA.replace(",75,", ",100,")).get(0).percent())
        .isEqualByComparingTo("100");
    assertThat(parse(HEADER + OLA.replace(",75,", ",\"72,5\",")).get(0).percent())
        .isEqualByComparingTo("72.5");
  }

  @Test
  void percentIsAPlainNumberNotScientificNotation() {
    for (String percent : new String[] {"1e2", "5E1", "+50", "0x10", "50%"}) {
      assertThat(
              errorsOf(HEADER + OLA.replace(",75,", "," + percent + ","))
                  .get(0)
                  .text(Locale.ENGLISH))
          .as(percent)
          .contains("is not a number");
    }
  }

  @Test
  void datesOutside1900To2199AreALineErrorNotADatabaseFailure() {
    for (String date :
        new String[] {"+999999999-01-01", "1899-12-31", "2200-01-01", "01.01.0001"}) {
      List<LineError> errors = errorsOf(HEADER + OLA.replace("2020-01-01", date));
      assertThat(errors)
          .as(date)
          .singleElement()
          .extracting(LineError::column)
          .isEqualTo("start_date");
      assertThat(errors.get(0).text(Locale.ENGLISH)).contains("between 1900 and 2199");
    }
    assertThat(parse(HEADER + OLA.replace("2020-01-01", "1900-01-01")).get(0).start())
        .hasYear(1900);
    assertThat(parse(HEADER + OLA.replace("2020-01-01", "31.12.2199"))).hasSize(1);
  }

  @Test
  void aPersonKeepsOneNameAndEmailAndAnEmailBelongsToOnePerson() {
    List<LineError> errors =
        errorsOf(
            HEADER
                + OLA
                + OLA.replace("HS-1", "HS-2").replace("Ola Nordmann", "Ola Normann")
                + OLA.replace("1001", "1009"));
    assertThat(errors).extracting(LineError::line).containsExactly(3L, 4L);
    assertThat(errors.get(0).text(Locale.ENGLISH)).contains("full_name differs from line 2");
    assertThat(errors.get(1).text(Locale.ENGLISH)).contains("also belongs to employee 1001");
  }

  @Test
  void wrongHeaderIsLine1AndNamesTheColumns() {
    List<LineError> errors =
        errorsOf(HEADER.replace("shift_pattern", "turnus").replace(",end_date", "") + OLA);
    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.text(Locale.ENGLISH))
                  .contains("missing shift_pattern, end_date", "unknown turnus");
            });
  }

  @Test
  void fieldCountMustMatchTheHeader() {
    List<LineError> errors = errorsOf(HEADER + "1001,Ola\n");
    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.text(Locale.ENGLISH)).contains("Has 2 fields, the header has 11");
            });
  }

  @Test
  void emptyFileIsRejected() {
    assertThat(errorsOf(""))
        .singleElement()
        .satisfies(e -> assertThat(e.text(Locale.ENGLISH)).contains("empty"));
  }

  @Test
  void notUtf8IsRejectedWithTheLineOfTheFirstBadByte() {
    byte[] latin1 =
        (HEADER + OLA + OLA.replace("Ola Nordmann", "Åse").replace("HS-1", "HS-2"))
            .getBytes(StandardCharsets.ISO_8859_1);
    List<LineError> errors = errorsOf(latin1);
    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.text(Locale.ENGLISH)).contains("Not UTF-8", "0xC5");
            });
  }

  @Test
  void blankLinesAreSkippedAndLaterLinesKeepTheirNumbers() {
    List<LineError> errors =
        errorsOf(HEADER + OLA + "\n\n" + OLA.replace("1001", "1002").replace("HS-1", "NOPE"));
    assertThat(errors).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(5));
  }
}
