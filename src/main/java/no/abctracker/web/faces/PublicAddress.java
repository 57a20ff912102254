package no.abctracker.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.abctracker.configuration.Settings;

/**
 * The address people reach the application at: {@code ABC_PUBLIC_URL} when the operator set it
 * (behind a reverse proxy the request's own address is an internal one that a phone scanning a QR
 * code cannot reach), else the address of the request.
 */
@ApplicationScoped
public class PublicAddress {

  @Inject Settings settings;

  /** The application's root, ending in {@code /}. */
  public String base(HttpServletRequest request) {
    return settings
        .publicUrl()
        .map(url -> url.endsWith("/") ? url : url + "/")
        .orElseGet(() -> requestBase(request));
  }

  /**
   * The staff page's check-in form with the code filled in: what the QR code of a session holds.
   */
  public String checkInUrl(HttpServletRequest request, String code) {
    return base(request)
        + "min/checkin.xhtml?code="
        + URLEncoder.encode(code, StandardCharsets.UTF_8);
  }

  /** A personal sign-in link a coordinator hands a staff member. */
  public String signInUrl(HttpServletRequest request, String token) {
    return base(request) + "link.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  /** Where a certificate's verification code is checked; append the code. */
  public String verificationPrefix(HttpServletRequest request) {
    return base(request) + "verify/";
  }

  static String requestBase(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + request.getContextPath()
        + "/";
  }
}
