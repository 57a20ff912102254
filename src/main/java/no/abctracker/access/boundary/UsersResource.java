package no.abctracker.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.TreeSet;
import no.abctracker.access.control.UserAccounts;
import no.abctracker.access.entity.Role;
import no.abctracker.access.entity.UserAccount;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Units;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The user accounts of a municipality: coordinators, unit leaders (limited to their units and the
 * units below) and staff (limited to their own record).
 */
@RequestScoped
@Path("municipalities/{code}/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
@Tag(name = "Users", description = "Who may log in, and what they may see")
public class UsersResource {

  @Inject Municipalities municipalities;
  @Inject UserAccounts userAccounts;
  @Inject Units units;
  @Inject Staff staff;
  @Context SecurityContext security;

  @POST
  @Operation(
      summary = "Create a user of this municipality",
      description =
          "{username, password, role, unitCodes?, employeeId?}: role COORDINATOR, UNIT_LEADER"
              + " (unitCodes required) or STAFF (employeeId of an imported person required).")
  public Response create(@PathParam("code") String code, JsonObject body, @Context UriInfo uri) {
    Municipality municipality = municipality(code);
    Role role = role(body.getString("role", null));
    Set<String> unitCodes = unitCodes(body);
    String employeeId = body.getString("employeeId", null);
    if (role == Role.UNIT_LEADER) {
      units.requireExisting(municipality, unitCodes);
    }
    if (role == Role.STAFF
        && (employeeId == null || staff.find(municipality, employeeId).isEmpty())) {
      throw new BadRequest("employeeId: a STAFF user needs the employee id of an imported person");
    }
    UserAccount account =
        userAccounts.create(
            body.getString("username", null),
            body.getString("password", null),
            role,
            municipality,
            unitCodes,
            employeeId);
    return Response.created(uri.getAbsolutePathBuilder().path(account.username()).build())
        .entity(toJson(account))
        .build();
  }

  @GET
  @Operation(summary = "The users of this municipality (no passwords)")
  public JsonArray all(@PathParam("code") String code) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    userAccounts.of(municipality(code)).forEach(a -> list.add(toJson(a)));
    return list.build();
  }

  @POST
  @Path("{username}/disable")
  @Operation(summary = "Refuse this user from now on, on the API and the pages")
  public JsonObject disable(@PathParam("code") String code, @PathParam("username") String name) {
    return toJson(userAccounts.disable(municipality(code), name));
  }

  @POST
  @Path("{username}/enable")
  @Operation(summary = "Let this user in again")
  public JsonObject enable(@PathParam("code") String code, @PathParam("username") String name) {
    return toJson(userAccounts.enable(municipality(code), name));
  }

  @DELETE
  @Path("{username}")
  @Operation(summary = "Delete this user; what was recorded on their behalf stays")
  public Response delete(@PathParam("code") String code, @PathParam("username") String name) {
    userAccounts.delete(municipality(code), name);
    return Response.noContent().build();
  }

  private Municipality municipality(String code) {
    MunicipalityAccess.require(security, code);
    return municipalities.get(code);
  }

  private static Role role(String role) {
    try {
      Role parsed = Role.valueOf(String.valueOf(role));
      if (parsed != Role.SYSTEM_ADMIN) {
        return parsed;
      }
    } catch (IllegalArgumentException unknown) {
      // reported below
    }
    throw new BadRequest("role: one of COORDINATOR, UNIT_LEADER, STAFF, not '" + role + "'");
  }

  private static Set<String> unitCodes(JsonObject body) {
    Set<String> codes = new TreeSet<>();
    JsonValue value = body.get("unitCodes");
    if (value == null || value == JsonValue.NULL) {
      return codes;
    }
    if (!(value instanceof JsonArray array)
        || !array.stream().allMatch(v -> v instanceof JsonString)) {
      throw new BadRequest("unitCodes: must be an array of unit codes");
    }
    array.forEach(v -> codes.add(((JsonString) v).getString()));
    return codes;
  }

  static JsonObject toJson(UserAccount account) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("username", account.username())
            .add("role", account.role().name())
            .add("enabled", account.enabled());
    if (!account.unitCodes().isEmpty()) {
      json.add("unitCodes", Json.createArrayBuilder(new TreeSet<>(account.unitCodes())));
    }
    account.employeeId().ifPresent(e -> json.add("employeeId", e));
    return json.build();
  }
}
