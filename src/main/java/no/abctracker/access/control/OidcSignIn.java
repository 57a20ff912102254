package no.abctracker.access.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.abctracker.access.control.OidcRefused.Reason;
import no.abctracker.access.entity.OidcSettings;
import no.abctracker.access.entity.OidcSettings.MatchField;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.NotFound;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.entity.Person;

/**
 * Sign-in through a municipality's own OpenID Connect provider (Microsoft Entra ID, Keycloak, …)
 * with the Nimbus OAuth 2.0 / OpenID Connect SDK: the authorization code flow with PKCE (S256),
 * {@code state} and {@code nonce}; the ID token's signature is checked against the provider's JWKS
 * and its issuer, audience, expiry and nonce against the settings. The signed-in person is then
 * found in the roster (employee id or e-mail) or among the application's accounts (user name) and
 * signed in to the same account a password or personal link would give.
 */
@ApplicationScoped
public class OidcSignIn {

  private static final Logger LOG = Logger.getLogger(OidcSignIn.class.getName());
  private static final int TIMEOUT_MS = 10_000;
  private static final Duration METADATA_KEPT = Duration.ofHours(1);

  /** How long a started sign-in may take at the provider. */
  static final Duration PENDING_LIFETIME = Duration.ofMinutes(15);

  @PersistenceContext EntityManager em;
  @Inject UserAccounts userAccounts;
  @Inject Staff staff;
  @Inject Clock clock;

  private final Map<String, Provider> providers = new ConcurrentHashMap<>();

  /** A sign-in started in one browser: kept in its session until the provider answers. */
  public record Pending(
      String municipalityCode, String state, String nonce, String codeVerifier, Instant startedAt)
      implements Serializable {}

  /** Where to send the browser, and what its session keeps meanwhile. */
  public record Started(URI authorizationUrl, Pending pending) {}

  private record Provider(
      OIDCProviderMetadata metadata, IDTokenValidator validator, Instant resolvedAt) {}

  /** The enabled settings of {@code municipality}, for the sign-in page's button. */
  public Optional<OidcSettings> enabledOf(Municipality municipality) {
    return of(municipality).filter(OidcSettings::enabled);
  }

  /** Every municipality's enabled sign-in, by the name on its button. */
  public List<OidcSettings> enabled() {
    return em.createNamedQuery(OidcSettings.ENABLED, OidcSettings.class).getResultList();
  }

  public Optional<OidcSettings> of(Municipality municipality) {
    return em.createNamedQuery(OidcSettings.OF_MUNICIPALITY, OidcSettings.class)
        .setParameter("municipality", municipality)
        .getResultStream()
        .findFirst();
  }

  public OidcSettings get(Municipality municipality) {
    return of(municipality)
        .orElseThrow(
            () ->
                new NotFound(
                    "Municipality " + municipality.code() + " has no OpenID Connect sign-in"));
  }

  /** Stores the settings; the first time a client secret is needed. */
  @Transactional
  public OidcSettings save(Municipality municipality, OidcSettingsDraft draft, String by) {
    Optional<OidcSettings> existing = of(municipality);
    if (existing.isEmpty() && draft.clientSecret() == null) {
      throw new no.abctracker.problems.BadRequest(
          "clientSecret: the client secret from the provider is needed the first time");
    }
    OidcSettings settings = existing.orElseGet(() -> new OidcSettings(municipality));
    settings.update(
        draft.enabled(),
        draft.issuer(),
        draft.clientId(),
        draft.clientSecret(),
        draft.subjectClaim(),
        draft.matchField(),
        draft.groupClaim(),
        draft.groupRoles(),
        draft.displayName(),
        by,
        clock.instant());
    if (existing.isEmpty()) {
      em.persist(settings);
    }
    providers.remove(municipality.code());
    LOG.info(() -> by + " set the OpenID Connect sign-in of " + municipality.code());
    return settings;
  }

  /** Turns the municipality's OpenID Connect sign-in off and forgets its settings and secret. */
  @Transactional
  public void delete(Municipality municipality, String by) {
    em.remove(get(municipality));
    providers.remove(municipality.code());
    LOG.info(() -> by + " removed the OpenID Connect sign-in of " + municipality.code());
  }

  /**
   * Starts a sign-in at the provider of {@code municipality}; the provider sends the browser back
   * to {@code redirectUri}.
   */
  public Started start(Municipality municipality, URI redirectUri) {
    OidcSettings settings =
        enabledOf(municipality)
            .orElseThrow(() -> new OidcRefused(Reason.NOT_CONFIGURED, municipality.code()));
    Provider provider = provider(settings);
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest request =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                new Scope("openid", "profile", "email"),
                new ClientID(settings.clientId()),
                redirectUri)
            .endpointURI(provider.metadata().getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build();
    return new Started(
        request.toURI(),
        new Pending(
            municipality.code(),
            state.getValue(),
            nonce.getValue(),
            verifier.getValue(),
            clock.instant()));
  }

  /**
   * Finishes the sign-in the provider answered with {@code callback} (the full URL the browser was
   * sent to): the account to sign in to.
   *
   * @throws OidcRefused naming why nobody is signed in
   */
  public ApiUser finish(Municipality municipality, Pending pending, URI callback, URI redirectUri) {
    AuthenticationResponse response;
    try {
      response = AuthenticationResponseParser.parse(callback);
    } catch (ParseException e) {
      throw new OidcRefused(Reason.STATE, "an answer that is no OpenID Connect response");
    }
    if (pending == null
        || !pending.municipalityCode().equals(municipality.code())
        || response.getState() == null
        || !pending.state().equals(response.getState().getValue())) {
      throw new OidcRefused(Reason.STATE, "the state matches no sign-in started here");
    }
    if (pending.startedAt().plus(PENDING_LIFETIME).isBefore(clock.instant())) {
      throw new OidcRefused(Reason.STATE, "the sign-in was started too long ago");
    }
    if (!response.indicatesSuccess()) {
      throw new OidcRefused(
          Reason.PROVIDER,
          "the provider answered " + response.toErrorResponse().getErrorObject().getCode());
    }
    OidcSettings settings =
        enabledOf(municipality)
            .orElseThrow(() -> new OidcRefused(Reason.NOT_CONFIGURED, municipality.code()));
    Provider provider = provider(settings);
    AuthenticationSuccessResponse success = response.toSuccessResponse();
    if (success.getIssuer() != null && !success.getIssuer().getValue().equals(settings.issuer())) {
      throw new OidcRefused(Reason.ISSUER, "the answer came from " + success.getIssuer());
    }
    JWT idToken =
        exchange(settings, provider, success.getAuthorizationCode(), pending, redirectUri);
    IDTokenClaimsSet claims = validate(provider, idToken, pending);
    return account(municipality, settings, claims);
  }

  private JWT exchange(
      OidcSettings settings,
      Provider provider,
      AuthorizationCode code,
      Pending pending,
      URI redirectUri) {
    TokenRequest request =
        new TokenRequest(
            provider.metadata().getTokenEndpointURI(),
            new ClientSecretBasic(
                new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
            new AuthorizationCodeGrant(
                code, redirectUri, new CodeVerifier(pending.codeVerifier())));
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MS);
      http.setReadTimeout(TIMEOUT_MS);
      TokenResponse response = OIDCTokenResponseParser.parse(http.send());
      if (!response.indicatesSuccess()) {
        throw new OidcRefused(
            Reason.PROVIDER,
            "the token request was refused: "
                + response.toErrorResponse().getErrorObject().getCode());
      }
      return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    } catch (IOException | ParseException e) {
      throw new OidcRefused(Reason.PROVIDER, "the token request failed: " + e.getMessage(), e);
    }
  }

  private static IDTokenClaimsSet validate(Provider provider, JWT idToken, Pending pending) {
    try {
      return provider.validator().validate(idToken, new Nonce(pending.nonce()));
    } catch (ExpiredJWTException e) {
      throw new OidcRefused(Reason.EXPIRED, e.getMessage(), e);
    } catch (BadJWTException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("audience")) {
        throw new OidcRefused(Reason.AUDIENCE, message, e);
      }
      if (message.contains("issuer")) {
        throw new OidcRefused(Reason.ISSUER, message, e);
      }
      if (message.contains("Expired")) {
        throw new OidcRefused(Reason.EXPIRED, message, e);
      }
      throw new OidcRefused(Reason.TOKEN, message, e);
    } catch (BadJOSEException | com.nimbusds.jose.JOSEException e) {
      throw new OidcRefused(Reason.TOKEN, String.valueOf(e.getMessage()), e);
    }
  }

  /** The account the claims name, by the settings' match field and group roles. */
  private ApiUser account(
      Municipality municipality, OidcSettings settings, IDTokenClaimsSet claims) {
    String subject =
        firstText(claims.getClaim(settings.subjectClaim()))
            .orElseThrow(
                () ->
                    new OidcRefused(
                        Reason.UNKNOWN_USER,
                        "the ID token has no claim " + settings.subjectClaim()));
    try {
      if (settings.matchField() == MatchField.USERNAME) {
        return userAccounts
            .enabledAccount(municipality, subject)
            .orElseThrow(
                () -> new OidcRefused(Reason.UNKNOWN_USER, "no enabled account " + subject));
      }
      Optional<Person> person =
          settings.matchField() == MatchField.EMAIL
              ? staff.findByEmail(municipality, subject)
              : staff.find(municipality, subject);
      if (person.isEmpty()) {
        throw new OidcRefused(
            Reason.UNKNOWN_USER,
            "nobody of the roster of "
                + municipality.code()
                + " has the "
                + settings.matchField()
                + " of the claim "
                + settings.subjectClaim());
      }
      return userAccounts.providerAccount(
          municipality, person.get().employeeId(), roleFromGroups(settings, claims));
    } catch (AccountDisabled e) {
      throw new OidcRefused(Reason.DISABLED, e.getMessage(), e);
    }
  }

  /** Coordinator when a group of the group claim maps to it, else staff. */
  static Role roleFromGroups(OidcSettings settings, IDTokenClaimsSet claims) {
    if (settings.groupClaim().isEmpty()) {
      return Role.STAFF;
    }
    Object groups = claims.getClaim(settings.groupClaim().get());
    Collection<?> names =
        groups instanceof Collection<?> many ? many : groups == null ? List.of() : List.of(groups);
    return names.stream()
            .map(String::valueOf)
            .map(settings.groupRoles()::get)
            .anyMatch(r -> r == Role.COORDINATOR)
        ? Role.COORDINATOR
        : Role.STAFF;
  }

  private static Optional<String> firstText(Object claim) {
    Object value =
        claim instanceof Collection<?> many ? many.stream().findFirst().orElse(null) : claim;
    return Optional.ofNullable(value).map(String::valueOf).filter(s -> !s.isBlank());
  }

  /** The provider's metadata and ID token validator, looked up again after an hour. */
  private Provider provider(OidcSettings settings) {
    String key = settings.municipality().code();
    Provider known = providers.get(key);
    if (known != null
        && known.resolvedAt().plus(METADATA_KEPT).isAfter(clock.instant())
        && known.validator().getClientID().getValue().equals(settings.clientId())
        && known.validator().getExpectedIssuer().getValue().equals(settings.issuer())) {
      return known;
    }
    try {
      OIDCProviderMetadata metadata =
          OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MS, TIMEOUT_MS);
      IDTokenValidator validator =
          new IDTokenValidator(
              new Issuer(settings.issuer()),
              new ClientID(settings.clientId()),
              JWSAlgorithm.RS256,
              metadata.getJWKSetURI().toURL(),
              new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS));
      Provider provider = new Provider(metadata, validator, clock.instant());
      providers.put(key, provider);
      return provider;
    } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException | IllegalArgumentException e) {
      LOG.log(
          Level.WARNING,
          "The OpenID Connect provider " + settings.issuer() + " of " + key + " is unreachable",
          e);
      throw new OidcRefused(Reason.PROVIDER, "the provider cannot be reached", e);
    }
  }
}
