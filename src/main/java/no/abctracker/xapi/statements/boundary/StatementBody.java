package no.abctracker.xapi.statements.boundary;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import no.abctracker.problems.BadRequest;
import no.abctracker.xapi.model.StrictJson;
import no.abctracker.xapi.statements.control.AttachmentPart;

/**
 * The body of a PUT or POST: statements as JSON ({@code application/json}) or as the first part of
 * {@code multipart/mixed}, followed by the raw attachments.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#15-content-types">xAPI
 *     2.0 Communication 1.5 Content Types</a>
 */
record StatementBody(JsonValue json, List<AttachmentPart> attachments) {

  static StatementBody read(String contentType, byte[] body) {
    if (MultipartMixed.isMultipartMixed(contentType)) {
      MultipartMixed.Parts parts = MultipartMixed.read(body, contentType);
      return new StatementBody(json(parts.json()), parts.attachments());
    }
    if (contentType == null
        || !contentType.trim().toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new BadRequest(
          "Content-Type: statements must be sent as application/json or multipart/mixed, not \""
              + contentType
              + "\"");
    }
    return new StatementBody(json(body), List.of());
  }

  private static JsonValue json(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new BadRequest("The body is empty; send a statement or an array of statements");
    }
    return StrictJson.read(bytes, "The body");
  }
}
