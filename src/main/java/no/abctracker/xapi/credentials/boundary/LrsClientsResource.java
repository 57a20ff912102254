package no.abctracker.xapi.credentials.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.Set;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.xapi.credentials.control.LrsClients;
import no.abctracker.xapi.credentials.entity.LrsClient;
import no.abctracker.xapi.credentials.entity.Scope;
import no.abctracker.xapi.statements.control.ClientStatements;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** LRS clients of a municipality: an LMS gets a key and a secret (shown once) and its scopes. */
@RequestScoped
@Path("municipalities/{code}/lrs-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
public class LrsClientsResource {

  @Inject Municipalities municipalities;
  @Inject LrsClients lrsClients;
  @Inject ClientStatements clientStatements;
  @Context SecurityContext security;

  @GET
  public JsonArray all(@PathParam("code") String code) {
    JsonArrayBuilder clients = JSON.createArrayBuilder();
    lrsClients.of(municipality(code)).forEach(c -> clients.add(toJson(c, null)));
    return clients.build();
  }

  @POST
  public Response create(@PathParam("code") String code, JsonObject body, @Context UriInfo uri) {
    LrsClients.Issued issued =
        lrsClients.create(municipality(code), body.getString("name", null), scopes(body));
    return Response.created(uri.getAbsolutePathBuilder().path(issued.client().apiKey()).build())
        .entity(toJson(issued.client(), issued.secret()))
        .build();
  }

  @GET
  @Path("{key}")
  public JsonObject one(@PathParam("code") String code, @PathParam("key") String key) {
    return toJson(lrsClients.get(municipality(code), key), null);
  }

  @POST
  @Path("{key}/secret")
  public JsonObject rotateSecret(@PathParam("code") String code, @PathParam("key") String key) {
    LrsClients.Issued issued = lrsClients.rotateSecret(municipality(code), key);
    return toJson(issued.client(), issued.secret());
  }

  @POST
  @Path("{key}/disable")
  @Operation(summary = "Refuse this client from now on (its statements stay)")
  public JsonObject disable(@PathParam("code") String code, @PathParam("key") String key) {
    return toJson(lrsClients.disable(municipality(code), key), null);
  }

  @POST
  @Path("{key}/enable")
  @Operation(summary = "Accept this client again")
  public JsonObject enable(@PathParam("code") String code, @PathParam("key") String key) {
    return toJson(lrsClients.enable(municipality(code), key), null);
  }

  @DELETE
  @Path("{key}")
  @Operation(summary = "Delete this client; the statements it stored stay with their authority")
  public Response delete(@PathParam("code") String code, @PathParam("key") String key) {
    lrsClients.delete(municipality(code), key);
    return Response.noContent().build();
  }

  @GET
  @PersonalData
  @Path("{key}/statements")
  @Operation(
      summary = "The statements this client stored last, newest first",
      description =
          "Each as {id, stored, voided, actor, verb, object, statement}: actor, verb and object"
              + " as a person reads them, statement as stored. limit 1-100, default 20.")
  @APIResponse(responseCode = "200", description = "The statements, newest first")
  @APIResponse(responseCode = "404", description = "No such client in this municipality")
  public JsonArray statements(
      @PathParam("code") String code,
      @PathParam("key") String key,
      @QueryParam("limit") @DefaultValue("20") String limit) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    clientStatements
        .latest(lrsClients.get(municipality(code), key), ClientStatements.limit(limit))
        .forEach(
            s ->
                list.add(
                    JSON.createObjectBuilder()
                        .add("id", s.statementId())
                        .add("stored", s.stored().toString())
                        .add("voided", s.voided())
                        .add("actor", s.actor())
                        .add("verb", s.verb())
                        .add("object", s.object())
                        .add("statement", JSON.createReader(new StringReader(s.json())).read())));
    return list.build();
  }

  private Municipality municipality(String code) {
    MunicipalityAccess.require(security, code);
    return municipalities.get(code);
  }

  private static Set<Scope> scopes(JsonObject body) {
    JsonValue value = body.getOrDefault("scopes", JsonValue.NULL);
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new BadRequest(
          "scopes: must be an array of xAPI scope names, e.g. [\"statements/write\"]");
    }
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (JsonValue item : value.asJsonArray()) {
      String name = item instanceof JsonString s ? s.getString() : item.toString();
      scopes.add(
          Scope.fromWireName(name)
              .orElseThrow(() -> new BadRequest("scopes: '" + name + "' is not an xAPI scope")));
    }
    return scopes;
  }

  private static JsonObject toJson(LrsClient client, String secret) {
    JsonArrayBuilder scopes = JSON.createArrayBuilder();
    client.scopes().forEach(s -> scopes.add(s.wireName()));
    var json =
        JSON.createObjectBuilder()
            .add("key", client.apiKey())
            .add("name", client.name())
            .add("municipality", client.municipality().code())
            .add("scopes", scopes)
            .add("enabled", client.enabled())
            .add("createdAt", client.createdAt().toString());
    if (secret != null) {
      json.add("secret", secret);
    }
    return json.build();
  }
}
