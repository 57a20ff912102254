package no.abctracker.xapi.documents.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.xapi.credentials.boundary.RequiresScope;
import no.abctracker.xapi.credentials.entity.Scope;
import no.abctracker.xapi.documents.control.Documents;

/**
 * The State Resource: documents of an activity + agent (+ registration), by {@code stateId}.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#23-state-resource">xAPI
 *     2.0 Communication 2.3 State Resource</a>
 */
@RequestScoped
@Path("activities/state")
@Consumes(MediaType.WILDCARD)
public class StateResource {

  @Inject Documents documents;

  /** One document by {@code stateId}, else the ids of the scope's documents ({@code since}). */
  @GET
  @PersonalData
  @RequiresScope({Scope.STATE, Scope.ALL_READ})
  public Response get(@BeanParam DocumentRequest request) {
    if (request.namesState()) {
      return DocumentResponses.document(documents.get(request.stateScope(), request.stateId()));
    }
    return DocumentResponses.ids(documents.ids(request.stateScope(), request.since()));
  }

  @PUT
  @RequiresScope(Scope.STATE)
  public Response put(@BeanParam DocumentRequest request, byte[] body) {
    documents.put(
        request.stateScope(),
        request.stateId(),
        request.content(body),
        request.preconditions(),
        request.version());
    return DocumentResponses.noContent();
  }

  @POST
  @RequiresScope(Scope.STATE)
  public Response post(@BeanParam DocumentRequest request, byte[] body) {
    documents.post(
        request.stateScope(),
        request.stateId(),
        request.content(body),
        request.preconditions(),
        request.version());
    return DocumentResponses.noContent();
  }

  /** One document by {@code stateId}, else all of the activity + agent (+ registration). */
  @DELETE
  @RequiresScope(Scope.STATE)
  public Response delete(@BeanParam DocumentRequest request) {
    if (request.namesState()) {
      documents.delete(
          request.stateScope(), request.stateId(), request.preconditions(), request.version());
    } else {
      documents.deleteAll(request.stateScope());
    }
    return DocumentResponses.noContent();
  }
}
