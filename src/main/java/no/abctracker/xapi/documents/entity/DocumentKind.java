package no.abctracker.xapi.documents.entity;

/** The three document resources; each addresses its documents by different parameters. */
public enum DocumentKind {
  /** Activity + Agent (+ registration) + stateId. */
  STATE,
  /** Activity + profileId. */
  ACTIVITY_PROFILE,
  /** Agent + profileId. */
  AGENT_PROFILE;

  /** The parameter that names one document of this kind. */
  public String idParameter() {
    return this == STATE ? "stateId" : "profileId";
  }
}
