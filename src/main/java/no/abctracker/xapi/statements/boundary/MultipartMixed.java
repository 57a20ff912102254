package no.abctracker.xapi.statements.boundary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.abctracker.problems.BadRequest;
import no.abctracker.xapi.statements.control.AttachmentPart;
import no.abctracker.xapi.statements.control.StatementResults.StoredAttachment;

/**
 * Reads and writes the {@code multipart/mixed} bodies of statements with attachments: the first
 * part is the JSON, each further part one attachment with its {@code X-Experience-API-Hash}.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#multipart-mixed">xAPI
 *     2.0 Communication 1.5.2 multipart/mixed</a>
 */
final class MultipartMixed {

  private static final Pattern BOUNDARY =
      Pattern.compile("(?i);\\s*boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
  private static final byte[] CRLF = {'\r', '\n'};

  /** The parts of a request: the first (JSON) part's bytes, then the attachments. */
  record Parts(byte[] json, List<AttachmentPart> attachments) {}

  private MultipartMixed() {}

  static boolean isMultipartMixed(String contentType) {
    return contentType != null
        && contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/mixed");
  }

  static Parts read(byte[] body, String contentType) {
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      throw new BadRequest("Content-Type: multipart/mixed needs a boundary parameter");
    }
    byte[] delimiter =
        ("--" + (m.group(1) != null ? m.group(1) : m.group(2))).getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(body, delimiter, 0);
    if (at < 0 || (at > 0 && !precededByCrlf(body, at))) {
      throw new BadRequest("multipart body: no part starts with the boundary of the Content-Type");
    }
    List<Map<String, String>> headers = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    int position = at + delimiter.length;
    while (true) {
      if (startsWith(body, position, new byte[] {'-', '-'})) {
        break;
      }
      position = skipLineEnd(body, position);
      int headerEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, position);
      int next = indexOf(body, concat(CRLF, delimiter), position);
      if (next < 0) {
        throw new BadRequest("multipart body: the last part is not closed by the boundary");
      }
      Map<String, String> partHeaders = new HashMap<>();
      int contentStart;
      if (startsWith(body, position, CRLF)) {
        contentStart = position + 2;
      } else if (headerEnd < 0 || headerEnd > next) {
        throw new BadRequest("multipart body: a part has no blank line after its headers");
      } else {
        String text = new String(body, position, headerEnd - position, StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
          int colon = line.indexOf(':');
          if (colon > 0) {
            partHeaders.put(
                line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                line.substring(colon + 1).trim());
          }
        }
        contentStart = headerEnd + 4;
      }
      byte[] content = new byte[next - contentStart];
      System.arraycopy(body, contentStart, content, 0, content.length);
      headers.add(partHeaders);
      contents.add(content);
      position = next + 2 + delimiter.length;
    }
    if (contents.isEmpty()) {
      throw new BadRequest("multipart body: has no parts");
    }
    String firstType = headers.get(0).getOrDefault("content-type", "");
    if (!firstType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new BadRequest(
          "multipart body: the first part must be the statements with Content-Type"
              + " application/json, not \""
              + firstType
              + "\"");
    }
    List<AttachmentPart> attachments = new ArrayList<>();
    for (int i = 1; i < contents.size(); i++) {
      attachments.add(new AttachmentPart(headers.get(i), contents.get(i)));
    }
    return new Parts(contents.get(0), attachments);
  }

  /** A response body: the JSON first, then each attachment once. */
  static Written write(String json, List<StoredAttachment> attachments) {
    String boundary = "abc-" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length() + 256);
    ascii(out, "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n");
    out.writeBytes(json.getBytes(StandardCharsets.UTF_8));
    for (StoredAttachment attachment : attachments) {
      ascii(
          out,
          "\r\n--"
              + boundary
              + "\r\nContent-Type: "
              + attachment.contentType()
              + "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: "
              + attachment.sha2()
              + "\r\n\r\n");
      out.writeBytes(attachment.content());
    }
    ascii(out, "\r\n--" + boundary + "--\r\n");
    return new Written("multipart/mixed; boundary=" + boundary, out.toByteArray());
  }

  record Written(String contentType, byte[] body) {}

  private static void ascii(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static int skipLineEnd(byte[] body, int position) {
    while (position < body.length && (body[position] == ' ' || body[position] == '\t')) {
      position++;
    }
    return startsWith(body, position, CRLF) ? position + 2 : position;
  }

  private static boolean precededByCrlf(byte[] body, int at) {
    return at >= 2 && body[at - 2] == '\r' && body[at - 1] == '\n';
  }

  private static boolean startsWith(byte[] body, int position, byte[] prefix) {
    if (position + prefix.length > body.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (body[position + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static int indexOf(byte[] body, byte[] needle, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= body.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (body[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
