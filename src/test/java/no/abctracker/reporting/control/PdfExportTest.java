package no.abctracker.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.abctracker.kernel.Language;
import no.abctracker.reporting.entity.ReportTable;
import org.junit.jupiter.api.Test;

/** PDF exports, read back with OpenPDF's text extractor. */
class PdfExportTest {

  /** The text of each page. */
  static List<String> pages(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        pages.add(flat(extractor.getTextFromPage(page)));
      }
      return pages;
    } finally {
      reader.close();
    }
  }

  /**
   * The sizes of the drawings (form XObjects: the chart, drawn by JFreeChart with its text as
   * outlines) on a page, in bytes of content; empty when the page has none.
   */
  static List<Integer> drawings(byte[] pdf, int page) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      List<Integer> sizes = new ArrayList<>();
      PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
      PdfDictionary xobjects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
      if (xobjects != null) {
        for (PdfName name : xobjects.getKeys()) {
          if (PdfReader.getPdfObject(xobjects.get(name)) instanceof PRStream stream
              && PdfName.FORM.equals(stream.getAsName(PdfName.SUBTYPE))) {
            sizes.add(PdfReader.getStreamBytes(stream).length);
          }
        }
      }
      return sizes;
    } finally {
      reader.close();
    }
  }

  /** Cells wrap and the extractor breaks lines where the PDF does: compare words only. */
  static String flat(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
  }

  @Test
  void showsTitleMunicipalityDateAndTheRowsInNorwegian() throws IOException {
    byte[] pdf = PdfExport.render(ReportTables.of(Reports.byUnit(), Language.NB), Language.NB);
    String text = pages(pdf).get(0);

    assertThat(text)
        .contains(
            "Dekning Velferdsteknologiens ABC etter enhet",
            "Kommune: Bergen (4601)",
            "Per 29.11.2026",
            "Grupper under 3 personer er skjult",
            "Åsen sykehjem",
            "Ørnebo bofellesskap",
            "Skjult: under 3 personer");
    assertThat(text).contains("75,0 %", "3,20");
    assertThat(drawings(pdf, 1))
        .as("the chart above the table, drawn (bars, axes, labels as outlines)")
        .singleElement()
        .satisfies(size -> assertThat(size).isGreaterThan(5_000));
  }

  @Test
  void inEnglishNumbersAreEnglish() throws IOException {
    byte[] pdf = PdfExport.render(ReportTables.of(Reports.byUnit(), Language.EN), Language.EN);

    assertThat(pages(pdf).get(0)).contains("Municipality: Bergen (4601)", "75.0%", "3.20");
  }

  @Test
  void manyColumnsTurnThePageToLandscapeFewKeepItPortrait() throws IOException {
    ReportTable wide = ReportTables.of(Reports.byUnit(), Language.NB);
    ReportTable narrow =
        new ReportTable(
            "Smal",
            List.of(),
            wide.columns().subList(0, 3),
            List.of(),
            java.util.Optional.empty(),
            "smal");

    assertThat(drawings(PdfExport.render(narrow, Language.NB), 1))
        .as("no chart in a table without one")
        .isEmpty();
    PdfReader landscape = new PdfReader(PdfExport.render(wide, Language.NB));
    PdfReader portrait = new PdfReader(PdfExport.render(narrow, Language.NB));
    try {
      assertThat(landscape.getPageSizeWithRotation(1).getWidth())
          .isGreaterThan(landscape.getPageSizeWithRotation(1).getHeight());
      assertThat(portrait.getPageSizeWithRotation(1).getWidth())
          .isLessThan(portrait.getPageSizeWithRotation(1).getHeight());
    } finally {
      landscape.close();
      portrait.close();
    }
  }

  @Test
  void aLongListRepeatsTheHeaderOnEveryPageAndLosesNoRow() throws IOException {
    // More rows than one chunk handed to the document (200), so the chunks join up too.
    List<String> pages =
        pages(PdfExport.render(ReportTables.of(Reports.gaps(450), Language.NB), Language.NB));

    assertThat(pages).hasSizeGreaterThan(5);
    assertThat(pages)
        .allSatisfy(page -> assertThat(page).contains("Ansattnummer", "Moduler fullført"));
    String all = String.join(" ", pages);
    assertThat(all)
        .contains(
            "Åse Ødegård",
            "E199 Person 199",
            "E200 Person 200",
            "E201 Person 201",
            "E450 Person 450");
    assertThat(all.split("Helsefagarbeider", -1)).hasSize(451);
  }

  @Test
  void trendAndPeopleRenderWithTheirCharts() throws IOException {
    byte[] trend = PdfExport.render(ReportTables.of(Reports.trend(), Language.NB), Language.NB);
    assertThat(pages(trend).get(0))
        .contains("Utvikling i dekning", "30.09.2026", "Årstad distrikt");
    assertThat(drawings(trend, 1))
        .singleElement()
        .satisfies(s -> assertThat(s).isGreaterThan(5_000));
    byte[] completed =
        PdfExport.render(ReportTables.of(Reports.completed(), Language.EN), Language.EN);
    assertThat(pages(completed).get(0))
        .contains("Completed – Velferdsteknologiens ABC", "Kari Nordmann", "01.03.2026");
    assertThat(drawings(completed, 1))
        .singleElement()
        .satisfies(s -> assertThat(s).isGreaterThan(5_000));
  }
}
