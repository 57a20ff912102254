package no.abctracker.access.control;

/**
 * A sign-in through a municipality's identity provider that did not sign anybody in; the page says
 * why in words a staff member can act on ({@code oidc.refused.<reason>} in the texts).
 */
public class OidcRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why, as the key of the page's message. */
  public enum Reason {
    /** The municipality has no (enabled) provider. */
    NOT_CONFIGURED,
    /** The answer belongs to no sign-in started in this browser (state), or it was used. */
    STATE,
    /** The provider refused or could not be reached. */
    PROVIDER,
    /** The ID token was made for another application (audience). */
    AUDIENCE,
    /** The ID token came from another provider than the one set (issuer). */
    ISSUER,
    /** The ID token has expired. */
    EXPIRED,
    /** Signature, nonce or another check of the ID token failed. */
    TOKEN,
    /** Nobody of the roster (or no account) matches the signed-in person. */
    UNKNOWN_USER,
    /** The matching account is disabled. */
    DISABLED
  }

  private final Reason reason;

  public OidcRefused(Reason reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public OidcRefused(Reason reason, String detail, Throwable cause) {
    super(reason + ": " + detail, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
