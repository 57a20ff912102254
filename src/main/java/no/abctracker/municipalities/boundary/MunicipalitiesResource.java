package no.abctracker.municipalities.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
   * homePage under which {@code account.name} is an employee id, and the retention periods.
   */
  @PATCH
  @Path("{code}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  public JsonObject change(
      @PathParam("code") String code, JsonObject body, @Context SecurityContext security) {
    MunicipalityAccess.require(security, code);
    MunicipalityChange change = MunicipalityChange.from(body);
    Municipality municipality = municipalities.get(code);
    if (change.accountHomePage().isPresent()) {
      municipality = municipalities.moveAccountsTo(code, change.accountHomePage().get());
    }
    if (change.retentionYears().isPresent() || change.unknownActorRetentionDays().isPresent()) {
      municipality =
          municipalities.changeRetention(
              code,
              change.retentionYears().orElse(municipality.retentionYears()).orElse(null),
              change
                  .unknownActorRetentionDays()
                  .orElse(municipality.unknownActorRetentionDays())
                  .orElse(null));
    }
    return toJson(municipality);
  }

  static JsonObject toJson(Municipality municipality) {
    return JSON.createObjectBuilder()
        .add("code", municipality.code())
        .add("name", municipality.name())
        .add("accountHomePage", municipality.accountHomePage())
        .add("retentionYears", nullable(municipality.retentionYears()))
        .add("unknownActorRetentionDays", nullable(municipality.unknownActorRetentionDays()))
        .build();
  }

  private static jakarta.json.JsonValue nullable(java.util.Optional<Integer> value) {
    return value.<jakarta.json.JsonValue>map(JSON::createValue).orElse(jakarta.json.JsonValue.NULL);
  }
}
