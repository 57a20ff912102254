package no.abctracker.xapi.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.abctracker.access.boundary.BasicCredentials;
import no.abctracker.xapi.model.UnsupportedVersion;
import no.abctracker.xapi.model.XapiVersion;

/**
 * Every xAPI request but {@code /about} must say which xAPI version it speaks; the answer carries
 * the version the LRS applied. Behaviour that differs between 1.0.3 and 2.0.0 reads {@link
 * #version(ContainerRequestContext)}.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#versioning">Versioning</a>
 */
@Provider
@ApplicationScoped
@Priority(Priorities.HEADER_DECORATOR)
public class XapiVersionNegotiation implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String PROPERTY = XapiVersion.class.getName();

  // The version each client key last spoke: a request without a usable version header is answered
  // (with 400) in the version its client speaks. Bounded; only ever affects that response header.
  private static final int REMEMBERED_CLIENTS = 10_000;
  private final Map<String, XapiVersion> lastSpoken = new ConcurrentHashMap<>();

  @Context ResourceInfo resource;

  public static XapiVersion version(ContainerRequestContext request) {
    Object version = request.getProperty(PROPERTY);
    return version == null ? XapiVersion.V2_0_0 : (XapiVersion) version;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceClass() != null
        && resource.getResourceClass().isAnnotationPresent(VersionNeutral.class)) {
      return;
    }
    String client =
        BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION))
            .map(BasicCredentials::name)
            .orElse(null);
    XapiVersion version;
    try {
      version = XapiVersion.fromHeader(request.getHeaderString(XapiVersion.HEADER));
    } catch (UnsupportedVersion e) {
      if (client != null && lastSpoken.containsKey(client)) {
        request.setProperty(PROPERTY, lastSpoken.get(client));
      }
      throw e;
    }
    request.setProperty(PROPERTY, version);
    if (client != null && lastSpoken.get(client) != version) {
      if (lastSpoken.size() > REMEMBERED_CLIENTS) {
        lastSpoken.clear();
      }
      lastSpoken.put(client, version);
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!response.getHeaders().containsKey(HttpHeaders.DATE)) {
      // Clients (the ADL suite among them) compare Consistent-Through with the server's Date.
      response
          .getHeaders()
          .putSingle(
              HttpHeaders.DATE,
              DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
    }
    Object version = request.getProperty(PROPERTY);
    response
        .getHeaders()
        .putSingle(
            XapiVersion.HEADER,
            version == null ? XapiVersion.V2_0_0.header() : ((XapiVersion) version).header());
  }
}
