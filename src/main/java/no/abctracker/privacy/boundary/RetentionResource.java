package no.abctracker.privacy.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.ZoneOffset;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.privacy.control.Retention;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.xapi.model.Timestamps;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the retention periods have run out for in a municipality, and a run now. */
@RequestScoped
@Path("municipalities/{code}/retention")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
@Tag(name = "Privacy", description = "The data subject's rights: access and portability")
public class RetentionResource {

  @Inject Municipalities municipalities;
  @Inject Retention retention;
  @Context SecurityContext security;

  @GET
  @Path("preview")
  @PersonalData
  @Operation(
      summary = "What the next retention run will erase",
      description =
          "{retentionYears, endedBefore, persons [{employeeId, lastEnded}],"
              + " unknownActorRetentionDays, storedBefore, unknownActorStatements}: the persons"
              + " whose every employment ended before endedBefore, and how many statements of"
              + " actors who are nobody on the roster were stored before storedBefore (at most"
              + " 10000 a run).")
  public JsonObject preview(@PathParam("code") String code) {
    MunicipalityAccess.require(security, code);
    Retention.Plan plan = retention.preview(municipalities.get(code));
    JsonArrayBuilder persons = JSON.createArrayBuilder();
    for (Staff.Departed p : plan.persons()) {
      persons.add(
          JSON.createObjectBuilder()
              .add("employeeId", p.employeeId())
              .add("lastEnded", p.lastEnded().toString()));
    }
    return JSON.createObjectBuilder()
        .add("retentionYears", plan.retentionYears())
        .add("endedBefore", plan.endedBefore().toString())
        .add("persons", persons)
        .add("unknownActorRetentionDays", plan.unknownActorRetentionDays())
        .add("storedBefore", Timestamps.format(plan.storedBefore().atOffset(ZoneOffset.UTC)))
        .add("unknownActorStatements", plan.unknownActorStatements())
        .build();
  }

  @POST
  @Path("run")
  @Operation(
      summary = "Run the retention now for this municipality",
      description =
          "What the daily job does, now: erases the persons of the preview (each audited with"
              + " reason RETENTION) and deletes the unknown actors' old statements. {erasureIds,"
              + " unknownActorStatements}.")
  public JsonObject run(@PathParam("code") String code) {
    MunicipalityAccess.require(security, code);
    Retention.Done done = retention.run(municipalities.get(code));
    JsonArrayBuilder ids = JSON.createArrayBuilder();
    done.erasureIds().forEach(ids::add);
    return JSON.createObjectBuilder()
        .add("erasureIds", ids)
        .add("unknownActorStatements", done.unknownActorStatements())
        .build();
  }
}
