package no.abctracker.xapi.documents.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.abctracker.problems.BadRequest;
import no.abctracker.xapi.documents.entity.DocumentContent;
import no.abctracker.xapi.model.StrictJson;

/**
 * The merge rule of a document POST: with nothing stored the posted document is stored as a PUT
 * would store it; otherwise both must be JSON objects sent as {@code application/json}, and the
 * posted object's top-level properties replace or add to the stored ones (one level deep: a nested
 * object is replaced whole).
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#json-procedure-with-requirements">xAPI
 *     2.0 Communication 2.2 JSON Procedure with Requirements</a>
 */
public final class JsonMerge {

  private JsonMerge() {}

  /**
   * The document to store after POSTing {@code posted} onto {@code stored}.
   *
   * @throws BadRequest when either is not a JSON object or a posted {@code application/json} body
   *     is not a JSON object
   */
  public static DocumentContent merge(Optional<DocumentContent> stored, DocumentContent posted) {
    if (posted.isJson()) {
      JsonObject postedObject = jsonObject(posted, "The posted document");
      if (stored.isEmpty()) {
        return posted;
      }
      if (!stored.get().isJson()) {
        throw new BadRequest(
            "The stored document is "
                + stored.get().contentType()
                + ", not application/json, so a JSON document cannot be merged into it; PUT to"
                + " replace it");
      }
      JsonObject storedObject = jsonObject(stored.get(), "The stored document");
      return new DocumentContent(
          DocumentContent.JSON,
          merge(storedObject, postedObject).toString().getBytes(StandardCharsets.UTF_8));
    }
    if (stored.isPresent()) {
      throw new BadRequest(
          "Only JSON objects sent as application/json merge into a stored document, and the posted"
              + " document is "
              + posted.contentType()
              + "; PUT to replace the document");
    }
    return posted;
  }

  /** Top-level merge: properties of {@code posted} win. */
  public static JsonObject merge(JsonObject stored, JsonObject posted) {
    JsonObjectBuilder merged = JSON.createObjectBuilder(stored);
    posted.forEach(merged::add);
    return merged.build();
  }

  /** The whole body as one JSON object: trailing content after it is not valid JSON either. */
  static JsonObject jsonObject(DocumentContent content, String what) {
    JsonValue value = StrictJson.read(content.bytes(), what);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new BadRequest(
          what + " must be a JSON object to be merged, not " + value.getValueType());
    }
    return value.asJsonObject();
  }
}
