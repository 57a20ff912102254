package no.abctracker.reporting.boundary;

import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.abctracker.problems.BadRequest;
import no.abctracker.reporting.control.CsvExport;
import no.abctracker.reporting.control.PdfExport;
import no.abctracker.reporting.control.XlsxExport;

/**
 * What a report answers in: JSON, or a file. The {@code format} query parameter wins over {@code
 * Accept}, so that a plain link in a page or an e-mail downloads a file; without it the first
 * acceptable type (by q-value) that is one of ours decides, and JSON when none is.
 */
public enum ExportFormat {
  JSON(MediaType.APPLICATION_JSON, "json"),
  CSV(CsvExport.MEDIA_TYPE, "csv"),
  XLSX(XlsxExport.MEDIA_TYPE, "xlsx"),
  PDF(PdfExport.MEDIA_TYPE, "pdf");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /**
   * Built without {@code MediaType.valueOf}, which needs a JAX-RS runtime (unit tests have none).
   */
  private MediaType type() {
    String[] parts = mediaType.split("/");
    return new MediaType(parts[0], parts[1]);
  }

  /**
   * The format of {@code format} if given, else of the acceptable media types (sorted by
   * preference, as {@code HttpHeaders.getAcceptableMediaTypes()} gives them).
   *
   * @throws BadRequest when {@code format} is not one of json, csv, xlsx, pdf
   */
  public static ExportFormat negotiate(String format, List<MediaType> acceptable) {
    if (format != null && !format.isBlank()) {
      String wanted = format.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values())
          .filter(f -> f.extension.equals(wanted))
          .findFirst()
          .orElseThrow(
              () ->
                  new BadRequest(
                      "format="
                          + format
                          + " is not a report format; use one of "
                          + Arrays.stream(values())
                              .map(ExportFormat::extension)
                              .collect(Collectors.joining(", "))));
    }
    for (MediaType type : acceptable) {
      // In our order, so that */* and application/* answer JSON, text/* CSV.
      for (ExportFormat candidate : values()) {
        if (candidate.type().isCompatible(type)) {
          return candidate;
        }
      }
    }
    return JSON;
  }

  /**
   * The CSV delimiter of {@code delimiter}: comma when absent.
   *
   * @throws BadRequest when it is not comma, semicolon, {@code ,} or {@code ;}
   */
  public static CsvExport.Delimiter delimiter(String delimiter) {
    if (delimiter == null || delimiter.isEmpty()) {
      return CsvExport.Delimiter.COMMA;
    }
    return CsvExport.Delimiter.parse(delimiter)
        .orElseThrow(
            () ->
                new BadRequest(
                    "delimiter="
                        + delimiter
                        + " is not a CSV delimiter; use comma (,) or semicolon (;)"));
  }
}
