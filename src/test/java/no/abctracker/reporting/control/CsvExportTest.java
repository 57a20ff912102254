package no.abctracker.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import no.abctracker.kernel.Language;
import no.abctracker.reporting.entity.ReportTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** CSV exports, read back with Commons CSV as a script (or Excel) would read them. */
class CsvExportTest {

  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Checks the byte order mark, then parses the rest with the header. */
  static CSVParser parse(byte[] csv, char delimiter) throws IOException {
    assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte order mark").isEqualTo(BOM);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    return CSVParser.parse(
        new StringReader(text),
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .get());
  }

  @Test
  void commaSeparatedWithDecimalPointsAndIsoDates() throws IOException {
    ReportTable table = ReportTables.of(Reports.trend(), Language.NB);

    try (CSVParser csv = parse(CsvExport.render(table, CsvExport.Delimiter.COMMA), ',')) {
      assertThat(csv.getHeaderNames())
          .startsWith("Dato", "Nøkkel", "Betegnelse", "Personer", "Fullført", "Dekning");
      List<CSVRecord> records = csv.getRecords();
      assertThat(records).hasSize(9);
      CSVRecord total = records.get(6);
      assertThat(total.get("Dato")).isEqualTo("2026-11-29");
      assertThat(total.get("Betegnelse")).isEqualTo("Totalt");
      assertThat(total.get("Personer")).isEqualTo("10");
      assertThat(total.get("Dekning")).isEqualTo("0.6");
      assertThat(total.get("Årsverk")).isEqualTo("8.5");
      assertThat(total.get("Dekning årsverk")).isEqualTo("0.5647");
    }
  }

  @Test
  void semicolonSeparatedWithDecimalCommasAndNorwegianDatesForNorwegianExcel() throws IOException {
    ReportTable table = ReportTables.of(Reports.trend(), Language.NB);

    try (CSVParser csv = parse(CsvExport.render(table, CsvExport.Delimiter.SEMICOLON), ';')) {
      CSVRecord total = csv.getRecords().get(6);
      assertThat(total.get("Dato")).isEqualTo("29.11.2026");
      assertThat(total.get("Dekning")).isEqualTo("0,6");
      assertThat(total.get("Årsverk fullført")).isEqualTo("4,8");
      assertThat(total.get("Dekning årsverk")).isEqualTo("0,5647");
    }
  }

  @Test
  void suppressedFiguresAreEmptyAndTheNoteSaysWhy() throws IOException {
    ReportTable table = ReportTables.of(Reports.byUnit(), Language.NB);

    try (CSVParser csv = parse(CsvExport.render(table, CsvExport.Delimiter.SEMICOLON), ';')) {
      CSVRecord hidden = csv.getRecords().get(3);
      assertThat(hidden.get("Betegnelse")).isEqualTo("Ørnebo bofellesskap");
      assertThat(hidden.get("Personer")).isEmpty();
      assertThat(hidden.get("Dekning")).isEmpty();
      assertThat(hidden.get("Merknad")).isEqualTo("Skjult: under 3 personer");
    }
  }

  @Test
  void namesWithTheDelimiterOrQuotesSurviveTheRoundTrip() throws IOException {
    ReportTable table =
        new ReportTable(
            "t",
            List.of(),
            List.of(new ReportTable.Column("Navn", ReportTable.Type.TEXT)),
            List.of(List.of("Dahl; \"Åse\", jr.")),
            java.util.Optional.empty(),
            "t");

    for (CsvExport.Delimiter delimiter : CsvExport.Delimiter.values()) {
      try (CSVParser csv = parse(CsvExport.render(table, delimiter), delimiter.character())) {
        assertThat(csv.getRecords().get(0).get("Navn")).isEqualTo("Dahl; \"Åse\", jr.");
      }
    }
  }

  @Test
  void thePeopleListKeepsIdsAsTextAndPercentsAsFractions() throws IOException {
    ReportTable table = ReportTables.of(Reports.completed(), Language.NB);

    try (CSVParser csv = parse(CsvExport.render(table, CsvExport.Delimiter.COMMA), ',')) {
      CSVRecord kari = csv.getRecords().get(0);
      assertThat(kari.get("Ansattnummer")).isEqualTo("E9");
      assertThat(kari.get("Stillingsprosent")).isEqualTo("1");
      assertThat(kari.get("Kurs fullført")).isEqualTo("2026-03-01");
    }
  }

  @Test
  void delimitersByNameOrCharacter() {
    assertThat(CsvExport.Delimiter.parse("semicolon")).contains(CsvExport.Delimiter.SEMICOLON);
    assertThat(CsvExport.Delimiter.parse(";")).contains(CsvExport.Delimiter.SEMICOLON);
    assertThat(CsvExport.Delimiter.parse("Comma")).contains(CsvExport.Delimiter.COMMA);
    assertThat(CsvExport.Delimiter.parse(",")).contains(CsvExport.Delimiter.COMMA);
    assertThat(CsvExport.Delimiter.parse("tab")).isEmpty();
  }

  @Test
  void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() throws IOException {
    List<String> names =
        List.of(
            "=HYPERLINK(\"http://evil.example\",\"Klikk\")",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1:A9)",
            "\tTab",
            "\rRetur",
            "Åse Ødegård",
            "a=b");
    List<List<Object>> rows = new java.util.ArrayList<>();
    for (String name : names) {
      rows.add(java.util.Arrays.asList(name, -1L, 0.5));
    }
    ReportTable table =
        new ReportTable(
            "Navn",
            List.of(),
            List.of(
                new ReportTable.Column("=Navn", ReportTable.Type.TEXT),
                new ReportTable.Column("Antall", ReportTable.Type.INTEGER),
                new ReportTable.Column("Andel", ReportTable.Type.PERCENT)),
            rows,
            java.util.Optional.empty(),
            "navn");

    try (CSVParser csv = parse(CsvExport.render(table, CsvExport.Delimiter.COMMA), ',')) {
      assertThat(csv.getHeaderNames()).startsWith("'=Navn");
      List<CSVRecord> records = csv.getRecords();
      assertThat(records)
          .extracting(r -> r.get(0))
          .containsExactly(
              "'=HYPERLINK(\"http://evil.example\",\"Klikk\")",
              "'+cmd|' /C calc'!A0",
              "'-2+3",
              "'@SUM(A1:A9)",
              "'\tTab",
              "'\rRetur",
              "Åse Ødegård",
              "a=b");
      // numbers stay numbers, also negative ones
      assertThat(records.get(0).get(1)).isEqualTo("-1");
      assertThat(records.get(0).get(2)).isEqualTo("0.5");
    }
  }
}
