package no.abctracker.municipalities.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;

/** Municipalities (tenants): created by a system administrator, read by their own users. */
@RequestScoped
@Path("municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MunicipalitiesResource {

  @Inject Municipalities municipalities;

  @GET
  @Allowed(Role.SYSTEM_ADMIN)
  public JsonArray all() {
    return municipalities.all().stream()
        .map(MunicipalitiesResource::toJson)
        .collect(JSON::createArrayBuilder, (a, m) -> a.add(m), (a, b) -> a.addAll(b))
        .build();
  }

  @GET
  @Path("{code}")
  public JsonObject one(@PathParam("code") String code, @Context SecurityContext security) {
    MunicipalityAccess.require(security, code);
    return toJson(municipalities.get(code));
  }

  @POST
  @Allowed(Role.SYSTEM_ADMIN)
  public Response create(JsonObject body, @Context UriInfo uri) {
    Municipality created =
        municipalities.create(
            body.getString("code", null),
            body.getString("name", null),
            body.getString("accountHomePage", null));
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
        .entity(toJson(created))
        .build();
  }

  /**
   * Changes what a system administrator or the municipality's coordinator may change: the account
   * homePage under which {@code account.name} is an employee id.
   */
  @PATCH
  @Path("{code}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  public JsonObject change(
      @PathParam("code") String code, JsonObject body, @Context SecurityContext security) {
    MunicipalityAccess.require(security, code);
    if (!(body.get("accountHomePage") instanceof JsonString homePage) || body.size() != 1) {
      throw new BadRequest(
          "Send {\"accountHomePage\": \"https://…\"}: the account homePage is what may change");
    }
    return toJson(municipalities.moveAccountsTo(code, homePage.getString()));
  }

  static JsonObject toJson(Municipality municipality) {
    return JSON.createObjectBuilder()
        .add("code", municipality.code())
        .add("name", municipality.name())
        .add("accountHomePage", municipality.accountHomePage())
        .build();
  }
}
