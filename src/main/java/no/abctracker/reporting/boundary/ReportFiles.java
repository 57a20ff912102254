package no.abctracker.reporting.boundary;

import jakarta.ws.rs.core.Response;
import no.abctracker.kernel.Language;
import no.abctracker.reporting.control.CsvExport;
import no.abctracker.reporting.control.PdfExport;
import no.abctracker.reporting.control.XlsxExport;
import no.abctracker.reporting.entity.ReportTable;

/** A report table as a file download in CSV, XLSX or PDF. */
public final class ReportFiles {

  private ReportFiles() {}

  /**
   * The file of {@code table} in {@code format}, as an attachment named after the report.
   *
   * @throws IllegalArgumentException for {@link ExportFormat#JSON}, which is no file
   */
  public static Response of(
      ReportTable table, ExportFormat format, CsvExport.Delimiter delimiter, Language lang) {
    return Response.ok(render(table, format, delimiter, lang), contentType(format))
        .header("Content-Disposition", "attachment; filename=\"" + fileName(table, format) + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /**
   * The bytes of the file: what the API and the reports page download.
   *
   * @throws IllegalArgumentException for {@link ExportFormat#JSON}, which is no file
   */
  public static byte[] render(
      ReportTable table, ExportFormat format, CsvExport.Delimiter delimiter, Language lang) {
    return switch (format) {
      case CSV -> CsvExport.render(table, delimiter);
      case XLSX -> XlsxExport.render(table);
      case PDF -> PdfExport.render(table, lang);
      case JSON -> throw new IllegalArgumentException("JSON is answered by the resource");
    };
  }

  public static String contentType(ExportFormat format) {
    return format == ExportFormat.CSV
        ? CsvExport.MEDIA_TYPE + "; charset=UTF-8; header=present"
        : format.mediaType();
  }

  public static String fileName(ReportTable table, ExportFormat format) {
    return table.fileName() + "." + format.extension();
  }
}
