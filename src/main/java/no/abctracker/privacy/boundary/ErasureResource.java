package no.abctracker.privacy.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.ZoneOffset;
import java.util.Map;
import no.abctracker.access.boundary.Allowed;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.boundary.PersonalData;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.privacy.control.Erasure;
import no.abctracker.privacy.control.ErasureRecords;
import no.abctracker.problems.BadRequest;
import no.abctracker.xapi.model.Timestamps;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Erasure of a person (GDPR art. 17), in two steps: preview, then confirm with the token. */
@RequestScoped
@Path("municipalities/{code}/staff/{employeeId}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
@Tag(name = "Privacy", description = "The data subject's rights: access and portability")
public class ErasureResource {

  @Inject Municipalities municipalities;
  @Inject Erasure erasure;
  @Context SecurityContext security;

  @GET
  @PersonalData
  @Operation(
      summary = "What erasing a person would remove",
      description =
          "{employeeId, counts {kind: rows}, total, token}: exactly what a confirmation now would"
              + " erase. Send the token back with POST to erase; nothing is erased by this call.")
  @APIResponse(responseCode = "200", description = "The preview")
  @APIResponse(responseCode = "404", description = "No such person in this municipality")
  public JsonObject preview(
      @PathParam("code") String code, @PathParam("employeeId") String employeeId) {
    MunicipalityAccess.require(security, code);
    Erasure.Preview preview = erasure.preview(municipalities.get(code), employeeId);
    return JSON.createObjectBuilder()
        .add("employeeId", preview.employeeId())
        .add("counts", counts(preview.counts()))
        .add("total", preview.counts().values().stream().mapToInt(Integer::intValue).sum())
        .add("token", preview.token())
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Erase a person (GDPR art. 17)",
      description =
          "Body {\"token\": …} from the preview. Erases everything the preview listed, in one"
              + " transaction, and records who erased when under a random erasureId (nothing of"
              + " the person is kept). 409 when anything changed since the preview.")
  @APIResponse(responseCode = "200", description = "Erased: {erasureId, erasedAt, counts}")
  @APIResponse(responseCode = "400", description = "No token in the body")
  @APIResponse(responseCode = "404", description = "No such person in this municipality")
  @APIResponse(responseCode = "409", description = "The preview is out of date")
  public JsonObject erase(
      @PathParam("code") String code, @PathParam("employeeId") String employeeId, JsonObject body) {
    ApiUser user = MunicipalityAccess.require(security, code);
    String token = token(body);
    Municipality municipality = municipalities.get(code);
    Erasure.Receipt receipt =
        erasure.erase(
            municipality, employeeId, token, user.username(), ErasureRecords.Reason.REQUEST);
    return JSON.createObjectBuilder()
        .add("erasureId", receipt.erasureId())
        .add("erasedAt", Timestamps.format(receipt.erasedAt().atOffset(ZoneOffset.UTC)))
        .add("counts", counts(receipt.counts()))
        .build();
  }

  private static String token(JsonObject body) {
    if (body == null
        || !(body.get("token") instanceof JsonString token)
        || !token.getString().matches("[0-9a-f]{40}")
        || body.size() != 1) {
      throw new BadRequest(
          "Send {\"token\": \"…\"} with the token of GET …/erasure (the preview you confirm)");
    }
    return token.getString();
  }

  static JsonObjectBuilder counts(Map<String, Integer> counts) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    counts.forEach(json::add);
    return json;
  }
}
