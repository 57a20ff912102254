package no.abctracker.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import no.abctracker.access.control.OidcSettingsDraft;
import no.abctracker.access.control.OidcSignIn;
import no.abctracker.access.entity.OidcSettings;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A municipality's sign-in through its own OpenID Connect provider (docs/sign-in.md). */
@RequestScoped
@Path("municipalities/{code}/sign-in/oidc")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
@Tag(name = "Sign-in", description = "Single sign-on with the municipality's identity provider")
public class OidcSettingsResource {

  @Inject Municipalities municipalities;
  @Inject OidcSignIn oidcSignIn;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "The OpenID Connect settings (the client secret is never shown)")
  public JsonObject get(@PathParam("code") String code) {
    return toJson(oidcSignIn.get(municipality(code)));
  }

  @PUT
  @Operation(
      summary = "Set the OpenID Connect sign-in",
      description =
          "{enabled?, issuer, clientId, clientSecret (first time; leave out to keep), subjectClaim,"
              + " matchField EMPLOYEE_ID|EMAIL|USERNAME, groupClaim?, groupRoles? {group: COORDINATOR"
              + "|STAFF}, displayName?}")
  public JsonObject put(@PathParam("code") String code, JsonObject body) {
    Municipality municipality = municipality(code);
    OidcSettingsDraft draft = OidcSettingsDraft.fromJson(body, municipality.name());
    return toJson(oidcSignIn.save(municipality, draft, security.getUserPrincipal().getName()));
  }

  @DELETE
  @Operation(summary = "Turn the OpenID Connect sign-in off and forget its settings")
  public Response delete(@PathParam("code") String code) {
    oidcSignIn.delete(municipality(code), security.getUserPrincipal().getName());
    return Response.noContent().build();
  }

  private Municipality municipality(String code) {
    MunicipalityAccess.require(security, code);
    return municipalities.get(code);
  }

  static JsonObject toJson(OidcSettings settings) {
    JsonObjectBuilder groups = Json.createObjectBuilder();
    settings.groupRoles().forEach((group, role) -> groups.add(group, role.name()));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("municipality", settings.municipality().code())
            .add("enabled", settings.enabled())
            .add("issuer", settings.issuer())
            .add("clientId", settings.clientId())
            .add("clientSecretSet", true)
            .add("subjectClaim", settings.subjectClaim())
            .add("matchField", settings.matchField().name())
            .add("groupRoles", groups)
            .add("displayName", settings.displayName())
            .add("signInPath", "/oidc/" + settings.municipality().code())
            .add("updatedBy", settings.updatedBy())
            .add("updatedAt", settings.updatedAt().toString());
    settings.groupClaim().ifPresent(claim -> json.add("groupClaim", claim));
    return json.build();
  }
}
