package no.abctracker.reporting.boundary;

import jakarta.ws.rs.core.Response;
import no.abctracker.reporting.control.CsvExport;
import no.abctracker.reporting.control.PdfExport;
import no.abctracker.reporting.control.XlsxExport;
import no.abctracker.reporting.entity.ReportTable;
import no.abctracker.training.superusers.entity.Language;

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
    byte[] body =
        switch (format) {
          case CSV -> CsvExport.render(table, delimiter);
          case XLSX -> XlsxExport.render(table);
          case PDF -> PdfExport.render(table, lang);
          case JSON -> throw new IllegalArgumentException("JSON is answered by the resource");
        };
    String type =
        format == ExportFormat.CSV
            ? CsvExport.MEDIA_TYPE + "; charset=UTF-8; header=present"
            : format.mediaType();
    return Response.ok(body, type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + table.fileName() + "." + format.extension() + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
