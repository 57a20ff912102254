package no.abctracker.xapi.activities.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import no.abctracker.problems.BadRequest;
import no.abctracker.xapi.activities.control.ActivityDefinitions;
import no.abctracker.xapi.credentials.boundary.RequiresScope;
import no.abctracker.xapi.credentials.control.LrsCaller;
import no.abctracker.xapi.credentials.entity.Scope;
import no.abctracker.xapi.model.QueryParameters;
import no.abctracker.xapi.model.validation.Iris;

/**
 * The Activities Resource: the canonical Activity object of an {@code activityId}, also for
 * activities no statement has described yet.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#25-activities-resource">xAPI
 *     2.0 Communication 2.5 Activities Resource</a>
 */
@RequestScoped
@Path("activities")
@Produces(MediaType.APPLICATION_JSON)
public class ActivitiesResource {

  @Inject ActivityDefinitions definitions;

  @Context SecurityContext security;

  @GET
  @RequiresScope({Scope.ALL_READ, Scope.STATEMENTS_READ, Scope.PROFILE, Scope.STATE})
  public JsonObject activity(@QueryParam("activityId") String activityId, @Context UriInfo uri) {
    QueryParameters.check(uri.getQueryParameters(), Set.of("activityId"), "GET /activities");
    if (activityId == null || !Iris.isIri(activityId)) {
      throw new BadRequest("activityId: is required and must be an absolute IRI");
    }
    long municipalityId = ((LrsCaller) security.getUserPrincipal()).municipalityId();
    return definitions.activity(municipalityId, activityId);
  }
}
