package no.abctracker.training.superusers.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.abctracker.training.superusers.control.Technologies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The welfare technologies super-users are appointed for: {@code /api/v1/technologies}. */
@Path("technologies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Super-users", description = "Super-user appointments, rules and coverage")
public class TechnologiesResource {

  @Inject Technologies technologies;

  @GET
  @Operation(
      summary = "Every technology: code, label {nb-NO, en} and the catalogue courses about it")
  @APIResponse(responseCode = "200", description = "The technologies")
  public JsonArray all() {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    technologies
        .all()
        .forEach(t -> list.add(SuperUserJson.technology(t, technologies.coursesAbout(t.code()))));
    return list.build();
  }
}
