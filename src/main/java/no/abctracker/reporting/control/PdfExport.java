package no.abctracker.reporting.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.abctracker.kernel.Language;
import no.abctracker.reporting.entity.ReportTable;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Renders a report table as a PDF with OpenPDF: title, subtitle lines, the chart (JFreeChart drawn
 * as vectors, so it prints sharp), then the table with its header repeated on every page. A4,
 * turned to landscape when the table has many columns. Text is set in Liberation Sans embedded from
 * the OpenPDF jar (as certificates do), so æøå and Sámi letters print on any reader.
 */
public final class PdfExport {

  public static final String MEDIA_TYPE = "application/pdf";

  /** More columns than this do not fit a portrait A4 page at a readable size. */
  static final int PORTRAIT_MAX_COLUMNS = 7;

  private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
  private static final float FONT_SIZE = 8;
  private static final float PADDING = 3;
  private static final int CHUNK_ROWS = 200;

  /** A name or unit longer than this (in points) wraps rather than widening its column. */
  private static final float MAX_TEXT_WIDTH = 150;

  private static final Color INK = new Color(0x1f, 0x2a, 0x44);
  private static final Color MUTED = new Color(0x5c, 0x66, 0x7a);
  private static final Color[] SERIES = {new Color(0x2b, 0x59, 0xc3), new Color(0xe0, 0x8a, 0x1e)};
  private static final Color HEADER_FILL = new Color(0xdd, 0xe3, 0xec);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private PdfExport() {}

  public static byte[] render(ReportTable table, Language lang) {
    Locale locale = lang == Language.EN ? Locale.UK : Locale.forLanguageTag("nb-NO");
    Rectangle page =
        table.columns().size() > PORTRAIT_MAX_COLUMNS ? PageSize.A4.rotate() : PageSize.A4;
    Document document = new Document(page, 36, 36, 36, 36);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try {
      BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      PdfWriter writer = PdfWriter.getInstance(document, pdf);
      document.addTitle(table.title());
      document.addCreator("ABC Tracker");
      document.open();
      document.add(new Paragraph(table.title(), new Font(base, 16, Font.NORMAL, INK)));
      Font small = new Font(base, 9, Font.NORMAL, MUTED);
      for (String line : table.subtitle()) {
        document.add(new Paragraph(line, small));
      }
      float width = page.getWidth() - document.leftMargin() - document.rightMargin();
      if (table.chart().isPresent() && !table.chart().get().categories().isEmpty()) {
        Image chart = chart(writer, table.chart().get(), locale, width, page.getHeight() * 0.38f);
        chart.setSpacingBefore(8);
        chart.setSpacingAfter(8);
        document.add(chart);
      }
      addTable(document, table, base, locale, width);
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF font " + FONT + " could not be read", e);
    }
    return pdf.toByteArray();
  }

  /**
   * The table, handed to the document every {@value #CHUNK_ROWS} rows (OpenPDF's large-table mode):
   * rows laid out are written and dropped, so a list of 10,000 persons (about 290 pages, some 4 s)
   * does not hold every cell in memory until the end.
   */
  private static void addTable(
      Document document, ReportTable table, BaseFont base, Locale locale, float width) {
    List<ReportTable.Column> columns = table.columns();
    NumberFormat percent = NumberFormat.getPercentInstance(locale);
    percent.setMinimumFractionDigits(1);
    percent.setMaximumFractionDigits(1);
    NumberFormat decimal = NumberFormat.getNumberInstance(locale);
    decimal.setMinimumFractionDigits(2);
    decimal.setMaximumFractionDigits(2);
    List<List<String>> texts =
        table.rows().stream()
            .map(
                row -> {
                  List<String> cells = new ArrayList<>(columns.size());
                  for (int c = 0; c < columns.size(); c++) {
                    cells.add(text(row.get(c), columns.get(c).type(), percent, decimal));
                  }
                  return cells;
                })
            .toList();

    PdfPTable pdf = new PdfPTable(columns.size());
    pdf.setWidthPercentage(100);
    pdf.setHeaderRows(1);
    pdf.setSpacingBefore(6);
    pdf.setComplete(false);
    pdf.setWidths(widths(columns, texts, base, width));
    Font headerFont = new Font(base, FONT_SIZE, Font.NORMAL, INK);
    Font font = new Font(base, FONT_SIZE, Font.NORMAL, Color.BLACK);
    for (ReportTable.Column column : columns) {
      PdfPCell cell = new PdfPCell(new Phrase(column.header(), headerFont));
      cell.setBackgroundColor(HEADER_FILL);
      cell.setHorizontalAlignment(align(column.type()));
      cell.setPadding(PADDING);
      pdf.addCell(cell);
    }
    int added = 0;
    for (List<String> row : texts) {
      for (int c = 0; c < columns.size(); c++) {
        PdfPCell cell = new PdfPCell(new Phrase(row.get(c), font));
        cell.setHorizontalAlignment(align(columns.get(c).type()));
        cell.setPadding(PADDING);
        pdf.addCell(cell);
      }
      if (++added % CHUNK_ROWS == 0) {
        document.add(pdf);
      }
    }
    pdf.setComplete(true);
    document.add(pdf);
  }

  /**
   * Each column as wide as its longest value and the longest word of its header, so that numbers,
   * dates and header words never break; when that is wider than the page, the text columns give up
   * room (their long values wrap between words).
   */
  static float[] widths(
      List<ReportTable.Column> columns, List<List<String>> texts, BaseFont base, float available) {
    float[] widths = new float[columns.size()];
    float[] minimum = new float[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      float word = 0;
      for (String part : columns.get(c).header().split("\\s+")) {
        word = Math.max(word, base.getWidthPoint(part, FONT_SIZE));
      }
      float value = 0;
      for (List<String> row : texts) {
        value = Math.max(value, base.getWidthPoint(row.get(c), FONT_SIZE));
      }
      minimum[c] = word + 2 * PADDING + 1;
      widths[c] = Math.max(word, Math.min(value, MAX_TEXT_WIDTH)) + 2 * PADDING + 1;
    }
    float total = 0;
    float text = 0;
    for (int c = 0; c < widths.length; c++) {
      total += widths[c];
      if (columns.get(c).type() == ReportTable.Type.TEXT) {
        text += widths[c] - minimum[c];
      }
    }
    if (total > available && text > 0) {
      float share = Math.min(1, (total - available) / text);
      for (int c = 0; c < widths.length; c++) {
        if (columns.get(c).type() == ReportTable.Type.TEXT) {
          widths[c] -= (widths[c] - minimum[c]) * share;
        }
      }
    }
    return widths;
  }

  private static String text(
      Object value, ReportTable.Type type, NumberFormat percent, NumberFormat decimal) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate date) {
      return DATE.format(date);
    }
    if (value instanceof Number number && type == ReportTable.Type.PERCENT) {
      return percent.format(number.doubleValue());
    }
    if (value instanceof Number number && type == ReportTable.Type.DECIMAL) {
      return decimal.format(number.doubleValue());
    }
    return value.toString();
  }

  private static int align(ReportTable.Type type) {
    return switch (type) {
      case TEXT, DATE -> Element.ALIGN_LEFT;
      case INTEGER, DECIMAL, PERCENT -> Element.ALIGN_RIGHT;
    };
  }

  /** The chart drawn by JFreeChart onto a PDF template, its text as outlines. */
  private static Image chart(
      PdfWriter writer, ReportTable.Chart chart, Locale locale, float width, float height) {
    JFreeChart drawn = jfreeChart(chart, locale);
    PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
    Graphics2D graphics = template.createGraphicsShapes(width, height);
    try {
      drawn.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      graphics.dispose();
    }
    try {
      return Image.getInstance(template);
    } catch (com.lowagie.text.BadElementException e) {
      throw new IllegalStateException("The chart could not be placed in the PDF", e);
    }
  }

  static JFreeChart jfreeChart(ReportTable.Chart chart, Locale locale) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    // Two groups may share a label (two units named "Natt"): the dataset needs distinct keys.
    List<String> categories = distinct(chart.categories());
    for (ReportTable.Series series : chart.series()) {
      for (int i = 0; i < categories.size(); i++) {
        data.addValue(series.values().get(i), series.name(), categories.get(i));
      }
    }
    JFreeChart jfree =
        chart.kind() == ReportTable.Chart.Kind.BAR
            ? ChartFactory.createBarChart(chart.title(), null, null, data)
            : ChartFactory.createLineChart(chart.title(), null, null, data);
    theme().apply(jfree);
    CategoryPlot plot = jfree.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    values.setRange(0, 1);
    values.setNumberFormatOverride(NumberFormat.getPercentInstance(locale));
    if (categories.size() > 6) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    plot.getRenderer().setSeriesPaint(0, SERIES[0]);
    plot.getRenderer().setSeriesPaint(1, SERIES[1]);
    if (plot.getRenderer() instanceof BarRenderer bars) {
      bars.setBarPainter(new StandardBarPainter());
      bars.setShadowVisible(false);
    }
    if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
      lines.setDefaultShapesVisible(true);
    }
    return jfree;
  }

  private static List<String> distinct(List<String> labels) {
    Set<String> seen = new HashSet<>();
    return labels.stream()
        .map(
            label -> {
              String key = label == null ? "" : label;
              for (int n = 2; !seen.add(key); n++) {
                key = label + " (" + n + ")";
              }
              return key;
            })
        .toList();
  }

  /** The chart's text in the same embedded-quality font as the table, at every size. */
  private static StandardChartTheme theme() {
    java.awt.Font font = ChartFont.LIBERATION_SANS;
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(font.deriveFont(java.awt.Font.PLAIN, 13f));
    theme.setLargeFont(font.deriveFont(java.awt.Font.PLAIN, 11f));
    theme.setRegularFont(font.deriveFont(java.awt.Font.PLAIN, 9f));
    theme.setSmallFont(font.deriveFont(java.awt.Font.PLAIN, 8f));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    return theme;
  }

  /** Liberation Sans loaded once from the OpenPDF jar, so charts need no fonts on the server. */
  private static final class ChartFont {
    static final java.awt.Font LIBERATION_SANS = load();

    private static java.awt.Font load() {
      try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IllegalStateException("The font " + FONT + " is not on the class path");
        }
        return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
      } catch (IOException | FontFormatException e) {
        throw new IllegalStateException("The chart font " + FONT + " could not be read", e);
      }
    }
  }
}
