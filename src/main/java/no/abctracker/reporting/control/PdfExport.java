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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.abctracker.reporting.entity.ReportTable;
import no.abctracker.training.superusers.entity.Language;
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
  private static final Color INK = new Color(0x1f, 0x2a, 0x44);
  private static final Color MUTED = new Color(0x5c, 0x66, 0x7a);
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
      document.add(table(table, base, locale));
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF font " + FONT + " could not be read", e);
    }
    return pdf.toByteArray();
  }

  private static PdfPTable table(ReportTable table, BaseFont base, Locale locale) {
    List<ReportTable.Column> columns = table.columns();
    PdfPTable pdf = new PdfPTable(columns.size());
    pdf.setWidthPercentage(100);
    pdf.setHeaderRows(1);
    pdf.setSpacingBefore(6);
    float[] widths = new float[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = columns.get(c).type() == ReportTable.Type.TEXT ? 2.2f : 1.2f;
    }
    pdf.setWidths(widths);
    Font headerFont = new Font(base, 8, Font.NORMAL, INK);
    Font font = new Font(base, 8, Font.NORMAL, Color.BLACK);
    for (ReportTable.Column column : columns) {
      PdfPCell cell = new PdfPCell(new Phrase(column.header(), headerFont));
      cell.setBackgroundColor(HEADER_FILL);
      cell.setHorizontalAlignment(align(column.type()));
      cell.setPadding(3);
      pdf.addCell(cell);
    }
    NumberFormat percent = NumberFormat.getPercentInstance(locale);
    percent.setMinimumFractionDigits(1);
    percent.setMaximumFractionDigits(1);
    NumberFormat decimal = NumberFormat.getNumberInstance(locale);
    decimal.setMinimumFractionDigits(2);
    decimal.setMaximumFractionDigits(2);
    for (List<Object> row : table.rows()) {
      for (int c = 0; c < columns.size(); c++) {
        ReportTable.Type type = columns.get(c).type();
        PdfPCell cell = new PdfPCell(new Phrase(text(row.get(c), type, percent, decimal), font));
        cell.setHorizontalAlignment(align(type));
        cell.setPadding(3);
        pdf.addCell(cell);
      }
    }
    return pdf;
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
