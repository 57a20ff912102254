package no.abctracker.training.superusers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import no.abctracker.access.entity.Role;
import no.abctracker.training.superusers.control.CoverageRules;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which technologies each unit uses and how many qualified super-users each shift needs. */
@RequestScoped
@Path("municipalities/{code}/super-user-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Super-users", description = "Super-user appointments, rules and coverage")
public class SuperUserRulesResource {

  @Inject Caller caller;
  @Inject CoverageRules rules;
  @Context SecurityContext security;

  @GET
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER})
  @Operation(summary = "The coverage rules (a unit leader sees those of their units)")
  @APIResponse(responseCode = "200", description = "The rules")
  public JsonObject all(@PathParam("code") String code) {
    Caller.Of who = caller.of(security, code);
    return SuperUserJson.rules(rules.of(who.municipality(), who.visibility()));
  }

  @PUT
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "Replace the coverage rules",
      description =
          "{rules: [{unitCode, technology, minimumPerShift?}]}: the unit uses the technology and"
              + " needs minimumPerShift (0-20, default 1) qualified super-users on each shift it"
              + " runs. A technology a unit has active appointments for but no rule for needs 1; a"
              + " rule of 0 shows it without requiring anything. Replaces every rule; all or"
              + " nothing.")
  @APIResponse(responseCode = "200", description = "The rules now in force")
  @APIResponse(
      responseCode = "400",
      description = "Every mistake listed in errors; nothing changed")
  public JsonObject replace(@PathParam("code") String code, JsonValue body) {
    Caller.Of who = caller.of(security, code);
    return SuperUserJson.rules(rules.replace(who.municipality(), body));
  }
}
