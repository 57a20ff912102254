package no.abctracker.training.organisation.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.abctracker.problems.InvalidLines.LineError;
import no.abctracker.problems.Message;
import no.abctracker.problems.MessageKey;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An HR export as the contract has it: UTF-8 (a BOM is allowed), a header row, comma or semicolon
 * as separator (whichever the header uses). Reading collects every problem with its line number
 * instead of stopping at the first, so a coordinator can fix the whole file in one go.
 */
public final class CsvFile {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final char separator;
  private final List<Row> rows;

  private CsvFile(char separator, List<Row> rows) {
    this.separator = separator;
    this.rows = rows;
  }

  /** One data line: its number in the file (the header is line 1) and its values by column. */
  public record Row(long line, Map<String, String> values) {
    public String get(String column) {
      return values.getOrDefault(column, "");
    }
  }

  public char separator() {
    return separator;
  }

  public List<Row> rows() {
    return rows;
  }

  /**
   * Reads {@code bytes} expecting exactly {@code columns} (in any order); problems go to {@code
   * errors}. Returns empty rows when the file cannot be read at all (encoding, header).
   */
  public static CsvFile read(byte[] bytes, List<String> columns, List<LineError> errors) {
    return read(bytes, columns, List.of(), errors);
  }

  /**
   * Reads {@code bytes} expecting {@code columns} and any of {@code optionalColumns} (in any
   * order); a row of a file without an optional column has it empty.
   */
  public static CsvFile read(
      byte[] bytes, List<String> columns, List<String> optionalColumns, List<LineError> errors) {
    int start = startsWithBom(bytes) ? BOM.length : 0;
    String text = decodeStrictly(bytes, start, errors);
    if (!errors.isEmpty()) {
      return new CsvFile(',', List.of());
    }
    String headerLine = text.lines().findFirst().orElse("");
    if (headerLine.isBlank()) {
      errors.add(new LineError(1, null, MessageKey.CSV_EMPTY_FILE, String.join(",", columns)));
      return new CsvFile(',', List.of());
    }
    char separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
    List<Row> rows = new ArrayList<>();
    LineStarts lines = new LineStarts(text);
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = null;
      for (CSVRecord record : parser) {
        if (header == null) {
          header = header(record, columns, optionalColumns, separator, errors);
          if (header == null) {
            return new CsvFile(separator, List.of());
          }
          continue;
        }
        long line = lines.lineOf(firstNonBreak(text, record.getCharacterPosition()));
        if (isBlank(record)) {
          continue;
        }
        if (record.size() != header.size()) {
          errors.add(
              new LineError(
                  line,
                  null,
                  MessageKey.CSV_FIELD_COUNT,
                  record.size(),
                  header.size(),
                  String.valueOf(separator)));
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          values.put(header.get(i), record.get(i).strip());
        }
        rows.add(new Row(line, values));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
      errors.add(new LineError(lineOf(malformed, text), null, MessageKey.CSV_UNREADABLE));
    }
    return new CsvFile(separator, rows);
  }

  private static List<String> header(
      CSVRecord record,
      List<String> columns,
      List<String> optionalColumns,
      char separator,
      List<LineError> errors) {
    List<String> header = new ArrayList<>();
    record.forEach(name -> header.add(name.strip().toLowerCase(Locale.ROOT)));
    Set<String> seen = new LinkedHashSet<>();
    List<String> duplicate = new ArrayList<>();
    header.forEach(
        name -> {
          if (!seen.add(name)) {
            duplicate.add(name);
          }
        });
    List<String> missing = new ArrayList<>(columns);
    missing.removeAll(seen);
    List<String> unknown = new ArrayList<>(seen);
    unknown.removeAll(columns);
    unknown.removeAll(optionalColumns);
    if (missing.isEmpty() && unknown.isEmpty() && duplicate.isEmpty()) {
      return header;
    }
    String expected = String.join(String.valueOf(separator), columns);
    errors.add(
        new LineError(
            1,
            null,
            MessageKey.CSV_HEADER_WRONG,
            part(MessageKey.CSV_HEADER_MISSING, missing),
            part(MessageKey.CSV_HEADER_UNKNOWN, unknown),
            part(MessageKey.CSV_HEADER_REPEATED, duplicate),
            optionalColumns.isEmpty()
                ? expected
                : Message.of(
                    MessageKey.CSV_HEADER_OPTIONAL,
                    expected,
                    String.join(String.valueOf(separator), optionalColumns))));
    return null;
  }

  /**
   * One part of a wrong header's message ("missing a, b;"), or nothing when {@code names} is empty.
   */
  private static Object part(MessageKey key, List<String> names) {
    return names.isEmpty() ? "" : Message.of(key, String.join(", ", names));
  }

  /** Decodes UTF-8, reporting each line with bytes that are not UTF-8 instead of replacing them. */
  private static String decodeStrictly(byte[] bytes, int start, List<LineError> errors) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    long lastBadLine = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      int position = in.position();
      long line = lineAt(bytes, position);
      if (line != lastBadLine) {
        errors.add(
            new LineError(
                line,
                null,
                MessageKey.CSV_NOT_UTF8,
                String.format("%02X", bytes[position] & 0xFF)));
        lastBadLine = line;
      }
      in.position(position + Math.max(1, result.length()));
    }
    out.flip();
    return out.toString();
  }

  /** Where each line of the text starts, to number a record by its first character. */
  private static final class LineStarts {
    private final int[] starts;

    LineStarts(String text) {
      int[] found = new int[16];
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          if (count == found.length) {
            found = java.util.Arrays.copyOf(found, count * 2);
          }
          found[count++] = i + 1;
        }
      }
      this.starts = java.util.Arrays.copyOf(found, count);
    }

    long lineOf(long position) {
      int index = java.util.Arrays.binarySearch(starts, (int) position);
      return (index >= 0 ? index : -index - 2) + 1;
    }
  }

  /** A record's position includes the empty lines skipped before it. */
  private static long firstNonBreak(String text, long position) {
    int i = (int) position;
    while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
      i++;
    }
    return i;
  }

  private static long lineAt(byte[] bytes, int position) {
    long line = 1;
    for (int i = 0; i < position; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static long lineOf(Exception malformed, String text) {
    String message = String.valueOf(malformed.getMessage());
    java.util.regex.Matcher number =
        java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
    return number.find() ? Long.parseLong(number.group(1)) : text.lines().count();
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static long count(String text, char c) {
    return text.chars().filter(ch -> ch == c).count();
  }
}
