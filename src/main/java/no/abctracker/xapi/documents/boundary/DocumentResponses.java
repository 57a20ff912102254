package no.abctracker.xapi.documents.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import no.abctracker.xapi.documents.control.DocumentTable.DocumentIds;
import no.abctracker.xapi.documents.entity.DocumentContent;
import no.abctracker.xapi.documents.entity.StoredDocument;

/** The answers of the document resources: the document byte-exact, or a list of ids. */
final class DocumentResponses {

  private DocumentResponses() {}

  /** One document with its own content type, quoted SHA-1 ETag and Last-Modified. */
  static Response document(StoredDocument document) {
    return Response.ok(document.content().bytes(), document.content().contentType())
        .tag(new EntityTag(document.etag()))
        .lastModified(date(document.updated()))
        .build();
  }

  /** The ids of a multiple-document GET as a JSON array; Last-Modified of the newest. */
  static Response ids(DocumentIds ids) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    ids.ids().forEach(array::add);
    byte[] body = array.build().toString().getBytes(StandardCharsets.UTF_8);
    Response.ResponseBuilder response =
        Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
            .tag(new EntityTag(new DocumentContent(MediaType.APPLICATION_JSON, body).etag()));
    ids.newest().ifPresent(newest -> response.lastModified(date(newest)));
    return response.build();
  }

  static Response noContent() {
    return Response.noContent().build();
  }

  private static Date date(LocalDateTime utc) {
    return Date.from(utc.toInstant(ZoneOffset.UTC));
  }
}
