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
import jakarta.ws.rs.ext.Provider;
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
    request.setProperty(
        PROPERTY, XapiVersion.fromHeader(request.getHeaderString(XapiVersion.HEADER)));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object version = request.getProperty(PROPERTY);
    response
        .getHeaders()
        .putSingle(
            XapiVersion.HEADER,
            version == null ? XapiVersion.V2_0_0.header() : ((XapiVersion) version).header());
  }
}
