package no.abctracker.xapi.documents.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/** A document's bytes exactly as received, with the content type they were sent with. */
public record DocumentContent(String contentType, byte[] bytes) {

  public static final String JSON = "application/json";
  static final String DEFAULT_TYPE = "application/octet-stream";

  public DocumentContent {
    contentType = contentType == null || contentType.isBlank() ? DEFAULT_TYPE : contentType.strip();
    bytes = bytes == null ? new byte[0] : bytes;
  }

  /** Whether the media type (parameters such as charset aside) is {@code application/json}. */
  public boolean isJson() {
    int semicolon = contentType.indexOf(';');
    String mediaType = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return mediaType.strip().toLowerCase(Locale.ROOT).equals(JSON);
  }

  /** The SHA-1 of the bytes, lower-case hex: the ETag xAPI 1.0.3 prescribes (and 2.0 allows). */
  public String etag() {
    return DocumentScope.sha1(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentContent that
        && contentType.equals(that.contentType)
        && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contentType, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "DocumentContent[" + contentType + ", " + bytes.length + " bytes]";
  }
}
