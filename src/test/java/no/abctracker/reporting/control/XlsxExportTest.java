package no.abctracker.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;
import no.abctracker.kernel.Language;
import no.abctracker.reporting.entity.ReportTable;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** XLSX exports, read back with fastexcel-reader: typed cells, formats, the frozen header. */
class XlsxExportTest {

  static List<Row> rows(byte[] xlsx) throws IOException {
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      return workbook.getFirstSheet().read();
    }
  }

  static Row row(List<Row> rows, int number) {
    return rows.stream().filter(r -> r.getRowNum() == number + 1).findFirst().orElseThrow();
  }

  @Test
  void titleAndSubtitleAboveABoldHeader() throws IOException {
    ReportTable table = ReportTables.of(Reports.byUnit(), Language.NB);
    List<Row> rows = rows(XlsxExport.render(table));

    assertThat(row(rows, 0).getCell(0).asString())
        .isEqualTo("Dekning Velferdsteknologiens ABC etter enhet");
    assertThat(row(rows, 1).getCell(0).asString()).isEqualTo("Kommune: Bergen (4601)");
    Row header = row(rows, XlsxExport.headerRow(table));
    assertThat(header.getCell(0).asString()).isEqualTo("Nøkkel");
    assertThat(header.getCell(6).asString()).isEqualTo("Dekning");
  }

  @Test
  void figuresAreNumbersAndCoveragesArePercentFormatted() throws IOException {
    ReportTable table = ReportTables.of(Reports.byUnit(), Language.NB);
    List<Row> rows = rows(XlsxExport.render(table));
    Row sykehjem = row(rows, XlsxExport.headerRow(table) + 3);

    assertThat(sykehjem.getCell(1).asString()).isEqualTo("Åsen sykehjem");
    Cell headcount = sykehjem.getCell(4);
    assertThat(headcount.getType()).isEqualTo(CellType.NUMBER);
    assertThat(headcount.asNumber()).isEqualByComparingTo("4");
    Cell coverage = sykehjem.getCell(6);
    assertThat(coverage.getType()).isEqualTo(CellType.NUMBER);
    assertThat(coverage.asNumber()).isEqualByComparingTo(new BigDecimal("0.75"));
    assertThat(coverage.getDataFormatString()).isEqualTo("0.0%");
    assertThat(sykehjem.getCell(7).asNumber()).isEqualByComparingTo(new BigDecimal("3.2"));
    assertThat(sykehjem.getCell(7).getDataFormatString()).isEqualTo("0.00");
  }

  @Test
  void suppressedFiguresAreEmptyCells() throws IOException {
    ReportTable table = ReportTables.of(Reports.byUnit(), Language.NB);
    Row hidden = row(rows(XlsxExport.render(table)), XlsxExport.headerRow(table) + 4);

    assertThat(hidden.getCell(1).asString()).isEqualTo("Ørnebo bofellesskap");
    assertThat(hidden.getOptionalCell(4).map(Cell::getType).orElse(CellType.EMPTY))
        .isEqualTo(CellType.EMPTY);
    assertThat(hidden.getCell(10).asString()).isEqualTo("Skjult: under 3 personer");
  }

  @Test
  void datesAreDates() throws IOException {
    ReportTable table = ReportTables.of(Reports.trend(), Language.NB);
    Row first = row(rows(XlsxExport.render(table)), XlsxExport.headerRow(table) + 1);

    assertThat(first.getCell(0).getType()).isEqualTo(CellType.NUMBER);
    assertThat(first.getCell(0).asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(first.getCell(0).getDataFormatString()).isEqualTo("dd.mm.yyyy");
  }

  @Test
  void theHeaderIsFrozenAndFiltered() throws IOException {
    ReportTable table = ReportTables.of(Reports.byUnit(), Language.NB);
    String sheet = sheetXml(XlsxExport.render(table));
    int firstDataRow = XlsxExport.headerRow(table) + 2;

    assertThat(sheet)
        .contains("topLeftCell=\"A" + firstDataRow + "\"")
        .contains("state=\"frozen\"");
    assertThat(sheet).contains("<autoFilter");
  }

  /** fastexcel-reader does not read panes: look at the sheet's XML itself. */
  static String sheetXml(byte[] xlsx) throws IOException {
    Path file = Files.createTempFile("export", ".xlsx");
    try {
      Files.write(file, xlsx);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        return new String(
            zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
            StandardCharsets.UTF_8);
      }
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void sheetNamesFollowExcelsRules() {
    assertThat(XlsxExport.sheetName("Dekning: ABC/2 [test]")).isEqualTo("Dekning  ABC 2  test");
    assertThat(XlsxExport.sheetName("Dekning Velferdsteknologiens ABC etter enhet"))
        .hasSizeLessThanOrEqualTo(31);
  }
}
