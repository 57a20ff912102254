package no.abctracker.xapi.documents.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The documents a request addresses, without their id: one municipality, one kind, the activity
 * and/or agent of that kind and, for State only, an optional registration.
 *
 * @param activityId the activity IRI (State, Activity Profile), else {@code null}
 * @param agentKey the agent's canonical identifier ({@code Actors.identifierKey}) (State, Agent
 *     Profile), else {@code null}
 * @param registration a registration UUID (State only) or {@code null} for none
 */
public record DocumentScope(
    long municipalityId,
    DocumentKind kind,
    String activityId,
    String agentKey,
    String registration) {

  public DocumentScope {
    Objects.requireNonNull(kind, "kind");
    if (kind != DocumentKind.AGENT_PROFILE) {
      Objects.requireNonNull(activityId, "activityId");
    }
    if (kind != DocumentKind.ACTIVITY_PROFILE) {
      Objects.requireNonNull(agentKey, "agentKey");
    }
    if (kind != DocumentKind.STATE && registration != null) {
      throw new IllegalArgumentException("only State documents have a registration");
    }
  }

  public static DocumentScope state(
      long municipalityId, String activityId, String agentKey, String registration) {
    return new DocumentScope(
        municipalityId, DocumentKind.STATE, activityId, agentKey, registration);
  }

  public static DocumentScope activityProfile(long municipalityId, String activityId) {
    return new DocumentScope(municipalityId, DocumentKind.ACTIVITY_PROFILE, activityId, null, null);
  }

  public static DocumentScope agentProfile(long municipalityId, String agentKey) {
    return new DocumentScope(municipalityId, DocumentKind.AGENT_PROFILE, null, agentKey, null);
  }

  /**
   * SHA-1 of the activity and agent: indexable at a fixed width, as IRIs and agent keys may be
   * longer than an index key may be.
   */
  public String scopeHash() {
    return sha1(
        kind + "\n" + Objects.toString(activityId, "") + "\n" + Objects.toString(agentKey, ""));
  }

  /** The registration column: empty for none, as a unique key treats NULLs as all different. */
  public String registrationColumn() {
    return registration == null ? "" : registration;
  }

  public static String sha1(String text) {
    return sha1(text.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha1(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
  }
}
