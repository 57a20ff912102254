package no.abctracker.xapi.agents.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.xapi.boundary.XapiVersionNegotiation;
import no.abctracker.xapi.credentials.boundary.RequiresScope;
import no.abctracker.xapi.credentials.entity.Scope;
import no.abctracker.xapi.model.Actors;
import no.abctracker.xapi.model.QueryParameters;

/**
 * The Agents Resource: the Person object of the {@code agent} parameter.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#24-agents-resource">xAPI
 *     2.0 Communication 2.4 Agents Resource</a>
 */
@RequestScoped
@Path("agents")
@Produces(MediaType.APPLICATION_JSON)
public class AgentsResource {

  @Context ContainerRequestContext request;

  @GET
  @PersonalData
  @RequiresScope({Scope.ALL_READ, Scope.STATEMENTS_READ, Scope.PROFILE, Scope.STATE})
  public JsonObject person(@QueryParam("agent") String agent) {
    QueryParameters.check(
        request.getUriInfo().getQueryParameters(), Set.of("agent"), "GET /agents");
    JsonObject parsed = Actors.parseParameter(agent, XapiVersionNegotiation.version(request));
    return Actors.person(List.of(parsed));
  }
}
