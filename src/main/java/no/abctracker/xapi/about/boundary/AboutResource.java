package no.abctracker.xapi.about.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.abctracker.xapi.boundary.VersionNeutral;

/**
 * The xAPI About resource: the versions this LRS speaks. Public, no version header needed.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#28-about-resource">About
 *     Resource</a>
 */
@RequestScoped
@VersionNeutral
@Path("about")
@Produces(MediaType.APPLICATION_JSON)
public class AboutResource {

  @GET
  public JsonObject about() {
    return JSON.createObjectBuilder()
        .add("version", JSON.createArrayBuilder().add("1.0.3").add("2.0.0"))
        .add(
            "extensions",
            JSON.createObjectBuilder()
                .add(
                    "https://abc-tracker.no/xapi/extensions/lrs",
                    JSON.createObjectBuilder().add("name", "ABC Tracker")))
        .build();
  }
}
