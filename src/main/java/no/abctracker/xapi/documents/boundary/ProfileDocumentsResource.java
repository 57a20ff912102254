package no.abctracker.xapi.documents.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.abctracker.xapi.credentials.boundary.RequiresScope;
import no.abctracker.xapi.credentials.entity.Scope;
import no.abctracker.xapi.documents.control.Documents;
import no.abctracker.xapi.documents.entity.DocumentScope;

/**
 * The two profile resources (activity and agent): documents by {@code profileId} about one activity
 * or agent, which differ only in what the request names; subclasses say which.
 */
@Consumes(MediaType.WILDCARD)
public abstract class ProfileDocumentsResource {

  @Inject Documents documents;

  /** Whose documents the request names: its activity's or its agent's. */
  abstract DocumentScope scope(DocumentRequest request);

  /** One document by {@code profileId}, else the ids of the documents ({@code since}). */
  @GET
  @RequiresScope({Scope.PROFILE, Scope.ALL_READ})
  public Response get(@BeanParam DocumentRequest request) {
    if (request.namesProfile()) {
      return DocumentResponses.document(documents.get(scope(request), request.profileId()));
    }
    return DocumentResponses.ids(documents.ids(scope(request), request.since()));
  }

  @PUT
  @RequiresScope(Scope.PROFILE)
  public Response put(@BeanParam DocumentRequest request, byte[] body) {
    documents.put(
        scope(request),
        request.profileId(),
        request.content(body),
        request.preconditions(),
        request.version());
    return DocumentResponses.noContent();
  }

  @POST
  @RequiresScope(Scope.PROFILE)
  public Response post(@BeanParam DocumentRequest request, byte[] body) {
    documents.post(
        scope(request),
        request.profileId(),
        request.content(body),
        request.preconditions(),
        request.version());
    return DocumentResponses.noContent();
  }

  @DELETE
  @RequiresScope(Scope.PROFILE)
  public Response delete(@BeanParam DocumentRequest request) {
    documents.delete(
        scope(request), request.profileId(), request.preconditions(), request.version());
    return DocumentResponses.noContent();
  }
}
