package no.abctracker.xapi.statements.control;

import java.util.Map;

/**
 * One part after the first of a {@code multipart/mixed} statement request: the raw attachment with
 * its part headers (names lower-cased).
 */
public record AttachmentPart(Map<String, String> headers, byte[] content) {

  public String header(String lowerCaseName) {
    return headers.get(lowerCaseName);
  }

  public String contentType() {
    String type = header("content-type");
    return type == null ? "application/octet-stream" : type;
  }
}
