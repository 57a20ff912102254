package no.abctracker.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.abctracker.access.control.RememberedPhones;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.NotFound;
import no.abctracker.training.organisation.control.Staff;

/** Ends the phones on which a staff member stays signed in ("Husk meg på denne telefonen"). */
@RequestScoped
@Path("municipalities/{code}/staff/{employeeId}/remembered-phones")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR})
public class RememberedPhonesResource {

  @Inject Municipalities municipalities;
  @Inject Staff staff;
  @Inject RememberedPhones rememberedPhones;
  @Context SecurityContext security;

  @DELETE
  public JsonObject revoke(
      @PathParam("code") String code, @PathParam("employeeId") String employeeId) {
    MunicipalityAccess.require(security, code);
    Municipality municipality = municipalities.get(code);
    if (staff.find(municipality, employeeId).isEmpty()) {
      throw new NotFound("No staff member " + employeeId + " in municipality " + code);
    }
    int ended =
        rememberedPhones.revoke(municipality, employeeId, security.getUserPrincipal().getName());
    return Json.createObjectBuilder().add("ended", ended).build();
  }
}
