package no.abctracker.progress.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
import no.abctracker.progress.control.ActivityMappings;
import no.abctracker.training.courses.control.CourseCatalogue;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What an LMS's activities are in the catalogue: {@code GET/PUT …/activity-mappings}. A PUT returns
 * at once; the projector applies the change to the statements already stored.
 */
@RequestScoped
@Path("municipalities/{code}/activity-mappings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "LMS", description = "Connecting a real LMS: identities, activity mappings, inbox")
public class ActivityMappingsResource {

  @Inject Municipalities municipalities;
  @Inject ActivityMappings mappings;
  @Inject CourseCatalogue catalogue;
  @Context SecurityContext security;

  @GET
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  public JsonArray all(@PathParam("code") String code) {
    return toJson(municipality(code));
  }

  /**
   * The mapping changes still being applied to the stored statements: {@code [{activityId,
   * statements, left}]}, empty when every mapping counts for everything stored.
   */
  @GET
  @Path("applying")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  public JsonArray applying(@PathParam("code") String code) {
    JsonArrayBuilder all = JSON.createArrayBuilder();
    mappings
        .applying(municipality(code))
        .forEach(
            a ->
                all.add(
                    JSON.createObjectBuilder()
                        .add("activityId", a.activityId())
                        .add("statements", a.statements())
                        .add("left", a.left())));
    return all.build();
  }

  @PUT
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  public JsonArray replace(@PathParam("code") String code, JsonValue body) {
    Municipality municipality = municipality(code);
    mappings.replace(municipality, ActivityMappingsDraft.fromJson(body, catalogue));
    return toJson(municipality);
  }

  /** The mappings; read with the municipality looked up before any transaction of the request. */
  private JsonArray toJson(Municipality municipality) {
    JsonArrayBuilder all = JSON.createArrayBuilder();
    mappings
        .all(municipality)
        .forEach(
            m -> {
              JsonObjectBuilder mapping =
                  JSON.createObjectBuilder()
                      .add("activityId", m.activityId())
                      .add("course", m.courseCode());
              m.module().ifPresent(module -> mapping.add("module", module));
              m.launch().ifPresent(url -> mapping.add("launchUrl", url));
              all.add(mapping);
            });
    return all.build();
  }

  private Municipality municipality(String code) {
    MunicipalityAccess.require(security, code);
    return municipalities.get(code);
  }
}
