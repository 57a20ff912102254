package no.abctracker.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.abctracker.problems.BadRequest;
import no.abctracker.reporting.control.CsvExport;
import org.junit.jupiter.api.Test;

/** Which format a report request gets: format= first, then Accept, then JSON. */
class ExportFormatTest {

  static final MediaType CSV = new MediaType("text", "csv");
  static final MediaType XLSX =
      new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType PDF = new MediaType("application", "pdf");
  static final MediaType JSON = new MediaType("application", "json");
  static final MediaType ANY = new MediaType("*", "*");

  @Test
  void theFormatParameterWinsOverAccept() {
    assertThat(ExportFormat.negotiate("csv", List.of(PDF))).isEqualTo(ExportFormat.CSV);
    assertThat(ExportFormat.negotiate("XLSX", List.of(JSON))).isEqualTo(ExportFormat.XLSX);
    assertThat(ExportFormat.negotiate("pdf", List.of())).isEqualTo(ExportFormat.PDF);
    assertThat(ExportFormat.negotiate("json", List.of(CSV))).isEqualTo(ExportFormat.JSON);
  }

  @Test
  void withoutItTheFirstAcceptableTypeOfOursDecides() {
    assertThat(ExportFormat.negotiate(null, List.of(CSV))).isEqualTo(ExportFormat.CSV);
    assertThat(ExportFormat.negotiate(null, List.of(XLSX))).isEqualTo(ExportFormat.XLSX);
    assertThat(ExportFormat.negotiate("", List.of(PDF, JSON))).isEqualTo(ExportFormat.PDF);
    assertThat(ExportFormat.negotiate(null, List.of(new MediaType("image", "png"), PDF)))
        .isEqualTo(ExportFormat.PDF);
    assertThat(ExportFormat.negotiate(null, List.of(new MediaType("text", "*"))))
        .isEqualTo(ExportFormat.CSV);
  }

  @Test
  void jsonByDefault() {
    assertThat(ExportFormat.negotiate(null, List.of())).isEqualTo(ExportFormat.JSON);
    assertThat(ExportFormat.negotiate(null, List.of(ANY))).isEqualTo(ExportFormat.JSON);
    assertThat(ExportFormat.negotiate(null, List.of(JSON, CSV))).isEqualTo(ExportFormat.JSON);
    assertThat(ExportFormat.negotiate(null, List.of(new MediaType("image", "png"))))
        .isEqualTo(ExportFormat.JSON);
  }

  @Test
  void anUnknownFormatIsABadRequestNamingTheChoices() {
    assertThatThrownBy(() -> ExportFormat.negotiate("doc", List.of(JSON)))
        .isInstanceOf(BadRequest.class)
        .hasMessage("format=doc is not a report format; use one of json, csv, xlsx, pdf")
        .satisfies(e -> assertThat(((BadRequest) e).status()).isEqualTo(400));
  }

  @Test
  void csvDelimiterIsCommaUnlessSemicolonIsAskedFor() {
    assertThat(ExportFormat.delimiter(null)).isEqualTo(CsvExport.Delimiter.COMMA);
    assertThat(ExportFormat.delimiter("comma")).isEqualTo(CsvExport.Delimiter.COMMA);
    assertThat(ExportFormat.delimiter(",")).isEqualTo(CsvExport.Delimiter.COMMA);
    assertThat(ExportFormat.delimiter("semicolon")).isEqualTo(CsvExport.Delimiter.SEMICOLON);
    assertThat(ExportFormat.delimiter(";")).isEqualTo(CsvExport.Delimiter.SEMICOLON);
    assertThatThrownBy(() -> ExportFormat.delimiter("tab"))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("delimiter=tab");
  }
}
