package no.abctracker.access.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import no.abctracker.access.control.RecordViews;
import no.abctracker.reporting.control.CsvExport;
import no.abctracker.xapi.model.Timestamps;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The log of who viewed whose records as CSV for a privacy officer's spreadsheet: UTF-8 with a byte
 * order mark (Excel reads æøå right only with it), a header row, one row per view, times in UTC as
 * the JSON has them. Text that a spreadsheet would run as a formula is neutralised as in every CSV
 * the application writes ({@link CsvExport#neutralised}): a user name is chosen by a coordinator.
 */
public final class RecordViewsCsv {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private RecordViewsCsv() {}

  public static byte[] render(List<RecordViews.View> views) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    try (CSVPrinter csv =
        new CSVPrinter(
            new OutputStreamWriter(out, StandardCharsets.UTF_8),
            CSVFormat.DEFAULT
                .builder()
                .setHeader("viewed_at", "viewed_by", "employee_id", "request")
                .build())) {
      for (RecordViews.View view : views) {
        csv.printRecord(
            Timestamps.format(view.viewedAt().atOffset(ZoneOffset.UTC)),
            CsvExport.neutralised(view.viewedBy()),
            CsvExport.neutralised(view.employeeId().orElse("")),
            CsvExport.neutralised(view.request()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
