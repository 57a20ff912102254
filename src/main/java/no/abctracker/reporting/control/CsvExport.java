package no.abctracker.reporting.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.abctracker.reporting.entity.ReportTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a report table as CSV with Apache Commons CSV: UTF-8 with a byte order mark (without it
 * Excel reads UTF-8 as Windows-1252 and garbles æøå), a header row, then the rows; no title lines,
 * so that any tool reads the file as a table (the title, municipality and date are in the file
 * name, the XLSX and the PDF).
 *
 * <p>Numbers are written as Excel expects them for the delimiter chosen. {@link
 * Delimiter#SEMICOLON} is what Excel with Norwegian settings reads: decimal comma ({@code 0,75})
 * and dates {@code dd.MM.yyyy}. {@link Delimiter#COMMA} is for English settings and scripts:
 * decimal point and ISO dates. Percentages are fractions ({@code 0.75} = 75 %), not text such as
 * "75 %", so that Excel reads them as numbers to sort, sum and format as percent.
 *
 * <p>This is the one CSV writer of the application (reports from the API and the pages), and text
 * cells that a spreadsheet would run as a formula are neutralised ({@link #neutralised}).
 */
public final class CsvExport {

  public static final String MEDIA_TYPE = "text/csv";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String FORMULA_PREFIXES = "=+-@\t\r";
  private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** The field separator, and with it the number and date style. */
  public enum Delimiter {
    COMMA(','),
    SEMICOLON(';');

    private final char character;

    Delimiter(char character) {
      this.character = character;
    }

    public char character() {
      return character;
    }

    /** {@code comma}, {@code ,}, {@code semicolon} or {@code ;} (any case); empty otherwise. */
    public static Optional<Delimiter> parse(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      return switch (v) {
        case "comma", "," -> Optional.of(COMMA);
        case "semicolon", ";" -> Optional.of(SEMICOLON);
        default -> Optional.empty();
      };
    }
  }

  private CsvExport() {}

  public static byte[] render(ReportTable table, Delimiter delimiter) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter.character())
            .setHeader(
                table.columns().stream().map(c -> neutralised(c.header())).toArray(String[]::new))
            .get();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(BOM);
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, format)) {
      for (List<Object> row : table.rows()) {
        List<String> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
          cells.add(cell(row.get(i), table.columns().get(i).type(), delimiter));
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Writing CSV to memory failed", e);
    }
    return bytes.toByteArray();
  }

  static String cell(Object value, ReportTable.Type type, Delimiter delimiter) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate date) {
      return delimiter == Delimiter.SEMICOLON ? NORWEGIAN_DATE.format(date) : date.toString();
    }
    if (value instanceof Double number) {
      // Shares to 4 places (75.13 %), FTE to 2 places (one hundredth of a full-time job).
      int scale = type == ReportTable.Type.PERCENT ? 4 : 2;
      String plain =
          BigDecimal.valueOf(number)
              .setScale(scale, RoundingMode.HALF_UP)
              .stripTrailingZeros()
              .toPlainString();
      return delimiter == Delimiter.SEMICOLON ? plain.replace('.', ',') : plain;
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    return neutralised(value.toString());
  }

  /**
   * A text cell starting with {@code = + - @}, a tab or a carriage return gets a leading {@code '}:
   * Excel and LibreOffice run such a cell as a formula ({@code =HYPERLINK(…)}, {@code +cmd|…},
   * {@code @SUM(…)}), and names and titles come from rosters and clients, not from us.
   *
   * @see <a href="https://owasp.org/www-community/attacks/CSV_Injection">OWASP CSV Injection</a>
   */
  public static String neutralised(String text) {
    if (!text.isEmpty() && FORMULA_PREFIXES.indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
