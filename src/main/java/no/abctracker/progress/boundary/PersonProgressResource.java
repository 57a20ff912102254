package no.abctracker.progress.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.control.ApiUser;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.progress.control.Progress;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.entity.Person;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One person's progress in every course: {@code …/staff/{employeeId}/progress}. */
@RequestScoped
@Path("municipalities/{code}/staff/{employeeId}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress", description = "Module and course completions projected from statements")
public class PersonProgressResource {

  @Inject Municipalities municipalities;
  @Inject Staff staff;
  @Inject Units units;
  @Inject Progress progress;
  @Context SecurityContext security;

  @GET
  @PersonalData
  @Operation(
      summary = "A person's completions, per course with its modules",
      description =
          "Per course of the catalogue: completed, completion {completedAt, completedOn, basis"
              + " MODULES|ATTENDANCE|REGISTERED, version, statementId}, modulesDone/modulesTotal,"
              + " mandatoryDone/mandatoryTotal and modules [{code, title, mandatory, completed,"
              + " completedAt, statementId}]. Staff see only their own progress, a unit leader"
              + " only persons who have worked in their units. Reflects the statements the"
              + " projector has applied (see …/progress/status).")
  @APIResponse(responseCode = "200", description = "The person's progress")
  @APIResponse(responseCode = "403", description = "Not the caller's municipality or person")
  @APIResponse(responseCode = "404", description = "No such employee in the municipality")
  public JsonObject progress(
      @PathParam("code") String code, @PathParam("employeeId") String employeeId) {
    ApiUser user = MunicipalityAccess.require(security, code);
    Municipality municipality = municipalities.get(code);
    Person person =
        staff.get(municipality, employeeId, units.visibilityOf(user, municipality)).person();
    return ProgressJson.of(person, progress.of(municipality, person));
  }
}
