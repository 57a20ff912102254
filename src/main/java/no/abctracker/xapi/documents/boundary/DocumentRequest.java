package no.abctracker.xapi.documents.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import no.abctracker.problems.BadRequest;
import no.abctracker.xapi.boundary.XapiVersionNegotiation;
import no.abctracker.xapi.credentials.control.LrsCaller;
import no.abctracker.xapi.documents.control.Preconditions;
import no.abctracker.xapi.documents.entity.DocumentContent;
import no.abctracker.xapi.documents.entity.DocumentScope;
import no.abctracker.xapi.model.Actors;
import no.abctracker.xapi.model.QueryParameters;
import no.abctracker.xapi.model.Timestamps;
import no.abctracker.xapi.model.XapiVersion;
import no.abctracker.xapi.model.validation.Iris;
import no.abctracker.xapi.model.validation.Uuids;

/**
 * The parameters and headers of a document request, parsed and validated: a missing or malformed
 * parameter is a 400 that names it.
 */
public class DocumentRequest {

  @QueryParam("activityId")
  String activityId;

  @QueryParam("agent")
  String agent;

  @QueryParam("registration")
  String registration;

  @QueryParam("stateId")
  String stateId;

  @QueryParam("profileId")
  String profileId;

  @QueryParam("since")
  String since;

  @HeaderParam(HttpHeaders.CONTENT_TYPE)
  String contentType;

  @HeaderParam("If-Match")
  String ifMatch;

  @HeaderParam("If-None-Match")
  String ifNoneMatch;

  @Context SecurityContext security;
  @Context ContainerRequestContext context;

  /** State documents of activity + agent (+ registration when given). */
  DocumentScope stateScope() {
    onlyParameters("/activities/state", "activityId", "agent", "registration", "stateId");
    return DocumentScope.state(
        municipalityId(), activityId(), agentKey(), registration == null ? null : registration());
  }

  DocumentScope activityProfileScope() {
    onlyParameters("/activities/profile", "activityId", "profileId");
    return DocumentScope.activityProfile(municipalityId(), activityId());
  }

  DocumentScope agentProfileScope() {
    onlyParameters("/agents/profile", "agent", "profileId");
    return DocumentScope.agentProfile(municipalityId(), agentKey());
  }

  String stateId() {
    return required("stateId", stateId);
  }

  String profileId() {
    return required("profileId", profileId);
  }

  boolean namesState() {
    return stateId != null;
  }

  boolean namesProfile() {
    return profileId != null;
  }

  /** The {@code since} filter of a multiple-document GET, or null. */
  OffsetDateTime since() {
    if (since == null) {
      return null;
    }
    try {
      return Timestamps.parse(since);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("since: " + e.getMessage(), e);
    }
  }

  DocumentContent content(byte[] body) {
    return new DocumentContent(contentType, body);
  }

  Preconditions preconditions() {
    return new Preconditions(ifMatch, ifNoneMatch);
  }

  XapiVersion version() {
    return XapiVersionNegotiation.version(context);
  }

  /**
   * Rejects parameters the resource does not know, and repeated ones: ignored, they would make the
   * request act on more than the client meant. {@code since} belongs to GET only.
   */
  private void onlyParameters(String resource, String... names) {
    Set<String> allowed = new HashSet<>(Arrays.asList(names));
    if (HttpMethod.GET.equals(context.getMethod()) || HttpMethod.HEAD.equals(context.getMethod())) {
      allowed.add("since");
    }
    QueryParameters.check(
        context.getUriInfo().getQueryParameters(), allowed, context.getMethod() + " " + resource);
  }

  private long municipalityId() {
    return ((LrsCaller) security.getUserPrincipal()).municipalityId();
  }

  private String activityId() {
    String id = required("activityId", activityId);
    if (!Iris.isIri(id)) {
      throw new BadRequest("activityId: must be an absolute IRI, got \"" + id + "\"");
    }
    return id;
  }

  private String agentKey() {
    JsonObject parsed = Actors.parseParameter(agent, version());
    if (!Actors.isIdentified(parsed)) {
      throw new BadRequest(
          "agent: must be an Agent or an identified Group, not an anonymous Group");
    }
    return Actors.identifierKey(parsed);
  }

  private String registration() {
    if (!Uuids.isUuid(registration)) {
      throw new BadRequest("registration: must be a UUID, got \"" + registration + "\"");
    }
    return registration.toLowerCase(Locale.ROOT);
  }

  private static String required(String name, String value) {
    if (value == null || value.isEmpty()) {
      throw new BadRequest(name + ": is required");
    }
    return value;
  }
}
