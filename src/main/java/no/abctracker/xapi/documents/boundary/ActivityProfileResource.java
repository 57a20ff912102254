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
import no.abctracker.xapi.credentials.boundary.RequiresScope;
import no.abctracker.xapi.credentials.entity.Scope;
import no.abctracker.xapi.documents.control.Documents;

/**
 * The Activity Profile Resource: documents about an activity, by {@code profileId}.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#27-activity-profile-resource">xAPI
 *     2.0 Communication 2.7 Activity Profile Resource</a>
 */
@RequestScoped
@Path("activities/profile")
@Consumes(MediaType.WILDCARD)
public class ActivityProfileResource {

  @Inject Documents documents;

  /**
   * One document by {@code profileId}, else the ids of the activity's documents ({@code since}).
   */
  @GET
  @RequiresScope({Scope.PROFILE, Scope.ALL_READ})
  public Response get(@BeanParam DocumentRequest request) {
    if (request.namesProfile()) {
      return DocumentResponses.document(
          documents.get(request.activityProfileScope(), request.profileId()));
    }
    return DocumentResponses.ids(documents.ids(request.activityProfileScope(), request.since()));
  }

  @PUT
  @RequiresScope(Scope.PROFILE)
  public Response put(@BeanParam DocumentRequest request, byte[] body) {
    documents.put(
        request.activityProfileScope(),
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
        request.activityProfileScope(),
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
        request.activityProfileScope(),
        request.profileId(),
        request.preconditions(),
        request.version());
    return DocumentResponses.noContent();
  }
}
