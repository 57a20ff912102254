package no.abctracker.training.organisation.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.control.LmsIdentities;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** LMS accounts linked to staff one by one, replaced as a whole from a CSV file. */
@RequestScoped
@Path("municipalities/{code}/identity-links")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "LMS", description = "Connecting a real LMS: identities, activity mappings, inbox")
public class IdentityLinksResource {

  @Inject Municipalities municipalities;
  @Inject LmsIdentities lmsIdentities;
  @Context SecurityContext security;

  @PersonalData
  @GET
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  public JsonArray links(@PathParam("code") String code) {
    JsonArrayBuilder links = JSON.createArrayBuilder();
    lmsIdentities
        .links(municipality(code))
        .forEach(
            l ->
                links.add(
                    JSON.createObjectBuilder()
                        .add("employeeId", l.employeeId())
                        .add("homePage", l.homePage())
                        .add("accountName", l.accountName())));
    return links.build();
  }

  @PUT
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  public JsonObject replace(@PathParam("code") String code, byte[] csv) {
    int links = lmsIdentities.replaceLinks(municipality(code), csv);
    return JSON.createObjectBuilder().add("links", links).build();
  }

  private Municipality municipality(String code) {
    MunicipalityAccess.require(security, code);
    return municipalities.get(code);
  }
}
