package no.abctracker.training.courses.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.abctracker.training.courses.control.CourseCatalogue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The course catalogue, read-only: {@code /api/v1/courses}. */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

  @Inject CourseCatalogue catalogue;

  @GET
  @Operation(summary = "Every course in the catalogue, a course after its prerequisites")
  public JsonArray courses() {
    return CourseJson.of(catalogue.courses());
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One course with its modules and versions")
  @APIResponse(responseCode = "200", description = "The course")
  @APIResponse(responseCode = "404", description = "No course has this code")
  public JsonObject course(@PathParam("code") String code) {
    return CourseJson.of(catalogue.course(code));
  }
}
