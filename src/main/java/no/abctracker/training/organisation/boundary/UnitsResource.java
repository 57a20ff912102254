package no.abctracker.training.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.Set;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.Forbidden;
import no.abctracker.problems.MessageKey;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.entity.OrgUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A municipality's units: imported as CSV, browsed as a tree. */
@RequestScoped
@Path("municipalities/{code}/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation", description = "Units, staff and their employments")
public class UnitsResource {

  @Inject Municipalities municipalities;
  @Inject Units units;
  @Context SecurityContext security;

  @PUT
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "Replace the unit tree with a CSV file",
      description =
          "Header unit_code,name,parent_code,unit_type (comma or semicolon, UTF-8). The file is the"
              + " whole tree: units left out are closed, never deleted. All or nothing: any bad line"
              + " gives 400 with errors [{line, column, message}] and changes nothing.")
  @RequestBody(description = "The units CSV")
  @APIResponse(responseCode = "200", description = "Counts of created, updated, closed units")
  @APIResponse(responseCode = "400", description = "Bad lines, all listed in errors")
  public JsonObject replace(@PathParam("code") String code, byte[] csv) {
    return toJson(units.replace(municipality(code), csv));
  }

  @POST
  @Path("preview")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
  @Operation(
      summary = "What a units import would change, changing nothing (dry run)",
      description =
          "The same validation and counts as PUT …/units with this file, in a transaction that is"
              + " always rolled back.")
  @RequestBody(description = "The units CSV")
  @APIResponse(responseCode = "200", description = "Counts an import would give now")
  @APIResponse(responseCode = "400", description = "Bad lines, all listed in errors")
  public JsonObject preview(@PathParam("code") String code, byte[] csv) {
    return toJson(units.preview(municipality(code), csv));
  }

  static JsonObject toJson(Units.Outcome outcome) {
    return Json.createObjectBuilder()
        .add("units", outcome.units())
        .add("created", outcome.created())
        .add("updated", outcome.updated())
        .add("closed", outcome.closed())
        .add("unchanged", outcome.unchanged())
        .build();
  }

  @GET
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER})
  @Operation(
      summary = "The open units as a tree",
      description = "A unit leader gets their own units (with everything below them) as the roots.")
  public JsonArray tree(@PathParam("code") String code) {
    ApiUser user = MunicipalityAccess.require(security, code);
    Optional<Set<String>> roots =
        user.role() == Role.UNIT_LEADER ? Optional.of(user.unitCodes()) : Optional.empty();
    return forest(units.tree(municipality(code), roots));
  }

  @GET
  @Path("{unitCode}")
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER})
  @Operation(summary = "One unit with the open units below it")
  public JsonObject one(@PathParam("code") String code, @PathParam("unitCode") String unitCode) {
    Municipality municipality = municipality(code);
    OrgUnit unit = units.get(municipality, unitCode);
    if (!units
        .visibilityOf(MunicipalityAccess.require(security, code), municipality)
        .seesUnit(unit.id())) {
      throw new Forbidden(MessageKey.UNIT_NOT_YOURS, unitCode);
    }
    return units.tree(municipality, Optional.of(Set.of(unitCode))).stream()
        .findFirst()
        .map(UnitsResource::toJson)
        .orElseGet(() -> toJson(new Units.Node(unit, java.util.List.of())));
  }

  private Municipality municipality(String code) {
    MunicipalityAccess.require(security, code);
    return municipalities.get(code);
  }

  static JsonArray forest(java.util.List<Units.Node> nodes) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    nodes.forEach(node -> array.add(toJson(node)));
    return array.build();
  }

  static JsonObject toJson(Units.Node node) {
    OrgUnit unit = node.unit();
    var json =
        Json.createObjectBuilder()
            .add("code", unit.code())
            .add("name", unit.name())
            .add("unitType", unit.unitType().name());
    unit.parent().ifPresent(p -> json.add("parentCode", p.code()));
    unit.closedOn().ifPresent(d -> json.add("closedOn", d.toString()));
    return json.add("children", forest(node.children())).build();
  }
}
