package no.abctracker.reporting.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.BiFunction;
import java.util.function.Function;
import no.abctracker.kernel.Language;
import no.abctracker.problems.BadRequest;
import no.abctracker.reporting.control.CsvExport;
import no.abctracker.reporting.entity.ReportTable;

/**
 * How a report request wants its answer: JSON or a file, the CSV delimiter and the language of a
 * file — the query parameters every report shares, read as a {@code @BeanParam}. No OpenAPI
 * {@code @Parameter} here: Payara's OpenAPI scanner fails on it outside a resource method. {@link
 * #check} before the report is made, so a bad {@code format} costs no query.
 */
public class Export {

  /** json (default), csv, xlsx or pdf; wins over Accept. */
  @QueryParam("format")
  String format;

  /** CSV: comma (default) or semicolon (Norwegian Excel). */
  @QueryParam("delimiter")
  String delimiter;

  /** Files: nb (default) or en. */
  @QueryParam("lang")
  String lang;

  @Context HttpHeaders headers;

  private ExportFormat chosenFormat;
  private CsvExport.Delimiter chosenDelimiter;
  private Language language;

  /**
   * @throws BadRequest for an unknown format, delimiter or language
   */
  Export check() {
    chosenFormat = ExportFormat.negotiate(format, headers.getAcceptableMediaTypes());
    chosenDelimiter = ExportFormat.delimiter(delimiter);
    language =
        Language.parse(lang)
            .orElseThrow(() -> new BadRequest("lang: nb (default) or en, not '" + lang + "'"));
    return this;
  }

  /** The report as JSON, or laid out as a table and rendered as the file asked for. */
  <R> Response answer(
      R report, Function<R, JsonObject> json, BiFunction<R, Language, ReportTable> table) {
    if (chosenFormat == ExportFormat.JSON) {
      return Response.ok(json.apply(report), MediaType.APPLICATION_JSON_TYPE).build();
    }
    return ReportFiles.of(table.apply(report, language), chosenFormat, chosenDelimiter, language);
  }
}
