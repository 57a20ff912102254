package no.abctracker.xapi.statements.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.xapi.boundary.XapiVersionNegotiation;
import no.abctracker.xapi.credentials.boundary.RequiresScope;
import no.abctracker.xapi.credentials.control.LrsCaller;
import no.abctracker.xapi.credentials.entity.Scope;
import no.abctracker.xapi.model.QueryParameters;
import no.abctracker.xapi.statements.control.StatementIntake;

/**
 * The Statement Resource. Bodies are read as bytes (JSON or {@code multipart/mixed} with
 * attachments), so no {@code @Consumes}: any other media type is a 400 naming the problem.
 *
 * <p>One instance serves every request (no per-request bean to create and inject: a measurable part
 * of a single statement's cost, docs/performance.md); everything per request arrives as a
 * parameter, the caller through the request's security context.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#statement-resource">xAPI
 *     2.0 Communication 2.1 Statement Resource</a>
 */
@ApplicationScoped
@Path("statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementsResource {

  @Inject StatementIntake intake;
  @Inject StatementResponses responses;

  @PUT
  @RequiresScope(Scope.STATEMENTS_WRITE)
  public Response put(
      @QueryParam("statementId") String statementId,
      @HeaderParam("Content-Type") String contentType,
      byte[] body,
      @Context ContainerRequestContext request) {
    QueryParameters.check(
        request.getUriInfo().getQueryParameters(), Set.of("statementId"), "PUT /statements");
    StatementBody received = StatementBody.read(contentType, body);
    intake.put(
        caller(request),
        XapiVersionNegotiation.version(request),
        statementId,
        received.json(),
        received.attachments());
    return Response.noContent().build();
  }

  @POST
  @RequiresScope(Scope.STATEMENTS_WRITE)
  public Response post(
      @HeaderParam("Content-Type") String contentType,
      byte[] body,
      @Context ContainerRequestContext request) {
    StatementBody received = StatementBody.read(contentType, body);
    JsonArrayBuilder ids = JSON.createArrayBuilder();
    intake
        .post(
            caller(request),
            XapiVersionNegotiation.version(request),
            received.json(),
            received.attachments())
        .forEach(ids::add);
    return Response.ok(ids.build()).build();
  }

  @GET
  @PersonalData
  @RequiresScope({Scope.STATEMENTS_READ, Scope.STATEMENTS_READ_MINE, Scope.ALL_READ})
  public Response get(
      @Context UriInfo uri,
      @HeaderParam("Accept-Language") String acceptLanguage,
      @Context ContainerRequestContext request) {
    return responses.get(
        caller(request),
        XapiVersionNegotiation.version(request),
        uri.getQueryParameters(),
        uri.getBaseUri().getRawPath() + "statements",
        acceptLanguage);
  }

  private static LrsCaller caller(ContainerRequestContext request) {
    return (LrsCaller) request.getSecurityContext().getUserPrincipal();
  }
}
