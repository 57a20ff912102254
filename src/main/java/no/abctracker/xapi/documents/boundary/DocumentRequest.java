package no.abctracker.xapi.documents.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.Locale;
import no.abctracker.problems.BadRequest;
import no.abctracker.xapi.boundary.XapiVersionNegotiation;
import no.abctracker.xapi.credentials.control.LrsCaller;
import no.abctracker.xapi.documents.control.Preconditions;
import no.abctracker.xapi.documents.entity.DocumentContent;
import no.abctracker.xapi.documents.entity.DocumentScope;
import no.abctracker.xapi.model.Actors;
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
    return DocumentScope.state(
        municipalityId(), activityId(), agentKey(), registration == null ? null : registration());
  }

  DocumentScope activityProfileScope() {
    return DocumentScope.activityProfile(municipalityId(), activityId());
  }

  DocumentScope agentProfileScope() {
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
