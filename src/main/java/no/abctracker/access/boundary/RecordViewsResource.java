package no.abctracker.access.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.abctracker.access.control.RecordViews;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.problems.BadRequest;
import no.abctracker.xapi.model.Timestamps;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who viewed whose records in a municipality: for coordinators and the privacy officer answering a
 * person or an audit.
 */
@RequestScoped
@Path("municipalities/{code}/record-views")
@Produces({MediaType.APPLICATION_JSON, RecordViewsResource.CSV})
@Tag(name = "Access", description = "Users and the log of who viewed whose records")
public class RecordViewsResource {

  static final String CSV = "text/csv";

  @Inject RecordViews views;
  @Inject Municipalities municipalities;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @Allowed({Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.PRIVACY_OFFICER})
  @Operation(
      summary = "Who viewed whose records, newest first",
      description =
          "Every successful read of a person's record (staff record, progress, registrations,"
              + " certificate, the workspace's person page) and of a people list (gap list), with"
              + " the user and the request. A staff member's reads of their own record are not"
              + " logged. `format=csv` (or `Accept: text/csv`) downloads the same rows as CSV.")
  public Response list(
      @PathParam("code") String code,
      @Parameter(description = "only views of this person's record") @QueryParam("employeeId")
          String employeeId,
      @Parameter(description = "only views by this user") @QueryParam("viewedBy") String viewedBy,
      @Parameter(description = "at most this many (1-1000, default 100)") @QueryParam("limit")
          String limit,
      @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
    MunicipalityAccess.require(security, code);
    boolean csv = csv(format);
    long municipality = municipalities.get(code).id();
    List<RecordViews.View> found =
        views.of(municipality, text(employeeId), text(viewedBy), limit(limit));
    if (csv) {
      return Response.ok(RecordViewsCsv.render(found), CSV + "; charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"innsynslogg-" + code + ".csv\"")
          .build();
    }
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (RecordViews.View view : found) {
      JsonObjectBuilder json = JSON.createObjectBuilder();
      view.employeeId()
          .ifPresentOrElse(e -> json.add("employeeId", e), () -> json.addNull("employeeId"));
      list.add(
          json.add("viewedBy", view.viewedBy())
              .add("viewedAt", Timestamps.format(view.viewedAt().atOffset(ZoneOffset.UTC)))
              .add("request", view.request()));
    }
    return Response.ok(
            JSON.createObjectBuilder().add("views", list).build(), MediaType.APPLICATION_JSON)
        .build();
  }

  /** {@code format} wins over {@code Accept}, so that a plain link downloads the file. */
  private boolean csv(String format) {
    Optional<String> wanted = text(format);
    if (wanted.isPresent()) {
      return switch (wanted.get().toLowerCase(java.util.Locale.ROOT)) {
        case "csv" -> true;
        case "json" -> false;
        default -> throw new BadRequest("format: json or csv, not '" + format + "'");
      };
    }
    return headers.getAcceptableMediaTypes().stream()
        .findFirst()
        .map(t -> t.isCompatible(MediaType.valueOf(CSV)) && !t.isWildcardType())
        .orElse(false);
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static int limit(String value) {
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      return 100;
    }
    if (!text.get().matches("\\d{1,4}")
        || Integer.parseInt(text.get()) < 1
        || Integer.parseInt(text.get()) > 1000) {
      throw new BadRequest("limit: a whole number from 1 to 1000, not '" + value + "'");
    }
    return Integer.parseInt(text.get());
  }
}
