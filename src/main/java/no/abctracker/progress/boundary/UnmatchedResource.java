package no.abctracker.progress.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.progress.control.UnmatchedInbox;
import no.abctracker.progress.control.UnmatchedInbox.UnmatchedActor;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The unmatched inbox: {@code …/unmatched/actors} and {@code …/unmatched/activities}, what the
 * municipality's statements name that counts for nobody or nothing yet; paged with {@code limit}
 * (1-500, 100) and {@code offset} (rows to skip, 0).
 */
@RequestScoped
@Path("municipalities/{code}/unmatched")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "LMS", description = "Connecting a real LMS: identities, activity mappings, inbox")
public class UnmatchedResource {

  @Inject Municipalities municipalities;
  @Inject UnmatchedInbox inbox;
  @Context SecurityContext security;

  @PersonalData
  @GET
  @Path("actors")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  public JsonArray actors(
      @PathParam("code") String code,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    JsonArrayBuilder actors = JSON.createArrayBuilder();
    for (UnmatchedActor a :
        inbox.actors(
            municipality(code), UnmatchedInbox.limit(limit), UnmatchedInbox.offset(offset))) {
      JsonObjectBuilder actor = JSON.createObjectBuilder().add("kind", a.kind().name());
      switch (a.kind()) {
        case ACCOUNT -> {
          int space = a.value().indexOf(' ');
          actor
              .add("homePage", a.value().substring(0, space))
              .add("accountName", a.value().substring(space + 1));
        }
        case MBOX -> actor.add("mbox", a.value());
        case MBOX_SHA1SUM -> actor.add("mboxSha1sum", a.value());
      }
      if (a.name() != null) {
        actor.add("name", a.name());
      }
      JsonArrayBuilder suggestions = JSON.createArrayBuilder();
      a.suggestions()
          .forEach(
              s ->
                  suggestions.add(
                      JSON.createObjectBuilder()
                          .add("employeeId", s.employeeId())
                          .add("fullName", s.fullName())
                          .add("matchedBy", s.why())));
      actors.add(
          actor
              .add("statements", a.statements())
              .add("completingStatements", a.completing())
              .add("firstStored", a.firstStored().toString())
              .add("lastStored", a.lastStored().toString())
              .add("suggestions", suggestions));
    }
    return actors.build();
  }

  @GET
  @Path("activities")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  public JsonArray activities(
      @PathParam("code") String code,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    JsonArrayBuilder activities = JSON.createArrayBuilder();
    inbox
        .activities(municipality(code), UnmatchedInbox.limit(limit), UnmatchedInbox.offset(offset))
        .forEach(
            a -> {
              JsonObjectBuilder activity =
                  JSON.createObjectBuilder().add("activityId", a.activityId());
              if (a.name() != null) {
                activity.add("name", a.name());
              }
              JsonArrayBuilder suggestions = JSON.createArrayBuilder();
              a.suggestions()
                  .forEach(
                      s -> {
                        JsonObjectBuilder suggestion =
                            JSON.createObjectBuilder().add("course", s.course());
                        if (s.module() != null) {
                          suggestion.add("module", s.module());
                        }
                        suggestions.add(suggestion.add("title", s.title()));
                      });
              activities.add(
                  activity
                      .add("statements", a.statements())
                      .add("completingStatements", a.completing())
                      .add("persons", a.persons())
                      .add("firstStored", a.firstStored().toString())
                      .add("lastStored", a.lastStored().toString())
                      .add("suggestions", suggestions));
            });
    return activities.build();
  }

  private Municipality municipality(String code) {
    MunicipalityAccess.require(security, code);
    return municipalities.get(code);
  }
}
