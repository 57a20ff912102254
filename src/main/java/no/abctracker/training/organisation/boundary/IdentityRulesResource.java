package no.abctracker.training.organisation.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.control.LmsIdentities;
import no.abctracker.training.organisation.entity.AccountName;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which accounts under an LMS's homePage name which staff: the municipality's own homePage
 * (employee ids, always first) and the coordinator's rules.
 */
@RequestScoped
@Path("municipalities/{code}/identity-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "LMS", description = "Connecting a real LMS: identities, activity mappings, inbox")
public class IdentityRulesResource {

  @Inject Municipalities municipalities;
  @Inject LmsIdentities lmsIdentities;
  @Context SecurityContext security;

  @GET
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  public JsonArray rules(@PathParam("code") String code) {
    return toJson(municipality(code));
  }

  /** The rules; read with the municipality looked up before any transaction of the request. */
  private JsonArray toJson(Municipality municipality) {
    JsonArrayBuilder rules =
        JSON.createArrayBuilder()
            .add(
                JSON.createObjectBuilder()
                    .add("homePage", municipality.accountHomePage())
                    .add("accountName", AccountName.EMPLOYEE_ID.name()));
    lmsIdentities
        .rules(municipality)
        .forEach(
            r ->
                rules.add(
                    JSON.createObjectBuilder()
                        .add("homePage", r.homePage())
                        .add("accountName", r.accountName().name())));
    return rules.build();
  }

  @PUT
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  public JsonArray replace(@PathParam("code") String code, JsonValue body) {
    Municipality municipality = municipality(code);
    lmsIdentities.replaceRules(
        municipality, IdentityRulesDraft.fromJson(body, municipality.accountHomePage()));
    return toJson(municipality);
  }

  private Municipality municipality(String code) {
    MunicipalityAccess.require(security, code);
    return municipalities.get(code);
  }
}
