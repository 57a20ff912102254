package no.abctracker.reporting.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.BiFunction;
import java.util.function.Function;
import no.abctracker.problems.BadRequest;
import no.abctracker.reporting.control.CsvExport;
import no.abctracker.reporting.entity.ReportTable;
import no.abctracker.training.superusers.entity.Language;

/**
 * How a report request wants its answer: JSON or a file, the CSV delimiter and the language of a
 * file. Read before the report is made, so a bad {@code format} costs no query.
 */
record Export(ExportFormat format, CsvExport.Delimiter delimiter, Language language) {

  /**
   * @throws BadRequest for an unknown format, delimiter or language
   */
  static Export of(String format, String delimiter, String lang, HttpHeaders headers) {
    return new Export(
        ExportFormat.negotiate(format, headers.getAcceptableMediaTypes()),
        ExportFormat.delimiter(delimiter),
        Language.parse(lang)
            .orElseThrow(() -> new BadRequest("lang: nb (default) or en, not '" + lang + "'")));
  }

  /** The report as JSON, or laid out as a table and rendered as the file asked for. */
  <R> Response answer(
      R report, Function<R, JsonObject> json, BiFunction<R, Language, ReportTable> table) {
    if (format == ExportFormat.JSON) {
      return Response.ok(json.apply(report), MediaType.APPLICATION_JSON_TYPE).build();
    }
    return ReportFiles.of(table.apply(report, language), format, delimiter, language);
  }
}
