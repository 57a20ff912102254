package no.abctracker.access.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import no.abctracker.access.control.TrustedProxies;

/**
 * The first filter of every request (pages, {@code /api/v1}, {@code /xapi}): behind a trusted
 * TLS-terminating proxy ({@link TrustedProxies}) the request becomes what the client sent: its
 * address from {@code X-Forwarded-For}, {@code https} from {@code X-Forwarded-Proto} (so the
 * session cookie is {@code Secure} and generated links start with https), the host and port the
 * client addressed. A request served over https gets {@code Strict-Transport-Security}. The client
 * address is kept as a request attribute for the sign-in throttle of HTTP Basic.
 */
public class ForwardedHeaders extends HttpFilter {

  /** Request attribute (a JAX-RS property too): the client's address. */
  static final String CLIENT_ADDRESS = "abc.client.address";

  /**
   * Request attribute: the host (and port) the client addressed, from {@code X-Forwarded-Host}; set
   * only when a trusted proxy sent the request, so that nobody else can choose it.
   */
  public static final String FORWARDED_HOST = "abc.forwarded.host";

  static final String HSTS = "max-age=31536000";

  private static final Logger LOG = Logger.getLogger(ForwardedHeaders.class.getName());

  @Inject TrustedProxies proxies;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest seen = request;
    if (proxies.trusts(request.getRemoteAddr())) {
      seen =
          new Forwarded(
              request, proxies.client(request.getRemoteAddr(), header(request, "X-Forwarded-For")));
      if (seen.isSecure() && !request.isSecure()) {
        markSecure(request);
      }
      String forwardedHost = header(request, "X-Forwarded-Host");
      if (forwardedHost != null) {
        seen.setAttribute(FORWARDED_HOST, forwardedHost.split(",")[0].strip());
      }
    }
    seen.setAttribute(CLIENT_ADDRESS, seen.getRemoteAddr());
    if (seen.isSecure()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(seen, response);
  }

  /** The client address of a JAX-RS request, as this filter found it. */
  public static String clientAddress(ContainerRequestContext request) {
    Object address = request.getProperty(CLIENT_ADDRESS);
    return address == null ? "unknown" : address.toString();
  }

  /** The client address of a page request, as this filter found it. */
  public static String clientAddress(HttpServletRequest request) {
    Object address = request.getAttribute(CLIENT_ADDRESS);
    return address == null ? request.getRemoteAddr() : address.toString();
  }

  private static String header(HttpServletRequest request, String name) {
    String value = request.getHeader(name);
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * The container sets the session cookie's {@code Secure} flag from its own request object, which
   * no wrapper reaches: Payara's request facade hands it out ({@code getUnwrappedCoyoteRequest}),
   * and it has a public {@code setSecure}. Reached by reflection so the war needs no Payara
   * classes.
   */
  private static void markSecure(HttpServletRequest request) {
    try {
      Object internal = request.getClass().getMethod("getUnwrappedCoyoteRequest").invoke(request);
      internal.getClass().getMethod("setSecure", boolean.class).invoke(internal, true);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warning(
          () -> "Cannot mark a forwarded https request secure; session cookies lack Secure: " + e);
    }
  }

  /** A request as the client behind a trusted proxy sent it. */
  private static final class Forwarded extends HttpServletRequestWrapper {

    private final String client;
    private final String scheme;
    private final String host;
    private final int port;

    Forwarded(HttpServletRequest request, String client) {
      super(request);
      this.client = client;
      String proto = header(request, "X-Forwarded-Proto");
      this.scheme =
          proto == null
              ? request.getScheme()
              : proto.split(",")[0].strip().toLowerCase(Locale.ROOT);
      String forwardedHost = header(request, "X-Forwarded-Host");
      String hostHeader = forwardedHost != null ? forwardedHost.split(",")[0].strip() : null;
      String forwardedPort = header(request, "X-Forwarded-Port");
      if (hostHeader == null) {
        this.host = request.getServerName();
      } else {
        int colon = hostHeader.lastIndexOf(':');
        this.host =
            colon > 0 && !hostHeader.endsWith("]") ? hostHeader.substring(0, colon) : hostHeader;
      }
      int defaultPort = "https".equals(scheme) ? 443 : 80;
      int parsed = -1;
      if (forwardedPort != null && forwardedPort.strip().matches("\\d{1,5}")) {
        parsed = Integer.parseInt(forwardedPort.strip());
      } else if (hostHeader != null && hostHeader.matches(".*:\\d{1,5}")) {
        parsed = Integer.parseInt(hostHeader.substring(hostHeader.lastIndexOf(':') + 1));
      } else if (proto != null) {
        parsed = defaultPort;
      }
      this.port = parsed < 0 ? request.getServerPort() : parsed;
    }

    @Override
    public String getRemoteAddr() {
      return client;
    }

    @Override
    public String getRemoteHost() {
      return client;
    }

    @Override
    public String getScheme() {
      return scheme;
    }

    @Override
    public boolean isSecure() {
      return "https".equals(scheme);
    }

    @Override
    public String getServerName() {
      return host;
    }

    @Override
    public int getServerPort() {
      return port;
    }

    @Override
    public StringBuffer getRequestURL() {
      boolean defaultPort =
          ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
      return new StringBuffer(scheme)
          .append("://")
          .append(host)
          .append(defaultPort ? "" : ":" + port)
          .append(getRequestURI());
    }
  }
}
