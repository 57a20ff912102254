package no.abctracker.reporting.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import no.abctracker.reporting.entity.ReportTable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a report table as an Excel workbook with fastexcel: the title and subtitle lines on top,
 * then a bold header row that stays in view when scrolling (frozen) and has a filter, then typed
 * cells: numbers as numbers, shares as numbers formatted as percent, dates as dates.
 */
public final class XlsxExport {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Excel format codes: shown with the reader's own decimal separator. */
  static final String PERCENT_FORMAT = "0.0%";

  static final String DECIMAL_FORMAT = "0.00";
  static final String DATE_FORMAT = "dd.mm.yyyy";

  private XlsxExport() {}

  /** The row (0-based) of the header: below the title, the subtitle lines and one blank row. */
  public static int headerRow(ReportTable table) {
    return table.subtitle().size() + 2;
  }

  public static byte[] render(ReportTable table) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(bytes, "ABC Tracker", "1.0");
      workbook.properties().setTitle(table.title());
      Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
      sheet.value(0, 0, table.title());
      sheet.style(0, 0).bold().fontSize(14).set();
      for (int i = 0; i < table.subtitle().size(); i++) {
        sheet.value(1 + i, 0, table.subtitle().get(i));
      }
      int header = headerRow(table);
      List<ReportTable.Column> columns = table.columns();
      for (int c = 0; c < columns.size(); c++) {
        sheet.value(header, c, columns.get(c).header());
      }
      sheet.range(header, 0, header, columns.size() - 1).style().bold().fillColor("DDE3EC").set();
      int r = header + 1;
      for (List<Object> row : table.rows()) {
        for (int c = 0; c < columns.size(); c++) {
          cell(sheet, r, c, row.get(c), columns.get(c).type());
        }
        r++;
      }
      sheet.freezePane(0, header + 1);
      sheet.setAutoFilter(header, 0, columns.size() - 1);
      for (int c = 0; c < columns.size(); c++) {
        sheet.width(c, width(table, c));
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing XLSX to memory failed", e);
    }
    return bytes.toByteArray();
  }

  private static void cell(Worksheet sheet, int r, int c, Object value, ReportTable.Type type) {
    if (value == null) {
      return;
    }
    if (value instanceof LocalDate date) {
      sheet.value(r, c, date);
      sheet.style(r, c).format(DATE_FORMAT).set();
    } else if (value instanceof Number number) {
      sheet.value(r, c, number);
      if (type == ReportTable.Type.PERCENT) {
        sheet.style(r, c).format(PERCENT_FORMAT).set();
      } else if (type == ReportTable.Type.DECIMAL) {
        sheet.style(r, c).format(DECIMAL_FORMAT).set();
      }
    } else {
      sheet.value(r, c, value.toString());
    }
  }

  /** Wide enough for the header and the longest value, within reason. */
  private static double width(ReportTable table, int c) {
    int longest = table.columns().get(c).header().length();
    boolean percent = table.columns().get(c).type() == ReportTable.Type.PERCENT;
    for (List<Object> row : table.rows()) {
      Object value = row.get(c);
      int length =
          value == null
              ? 0
              : value instanceof LocalDate
                  ? 10
                  : percent && value instanceof Double d
                      ? String.format("%.1f", d * 100).length() + 2
                      : value.toString().length();
      longest = Math.max(longest, Math.min(length, 60));
    }
    return Math.max(8, longest + 2);
  }

  /** Excel allows 31 characters and none of {@code []:*?/\} in a sheet name. */
  static String sheetName(String title) {
    String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    return name.length() > 31 ? name.substring(0, 31).strip() : name;
  }
}
