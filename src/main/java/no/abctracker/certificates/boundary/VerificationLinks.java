package no.abctracker.certificates.boundary;

import java.net.URI;
import java.util.Optional;

/**
 * The public address of certificate verification: {@code ABC_PUBLIC_URL} + {@code verify/} when the
 * operator set it (behind a proxy the request's own address is an internal one), else the address
 * the API request came in on.
 */
final class VerificationLinks {

  private VerificationLinks() {}

  /**
   * @param apiBase the API's base URI, {@code …/api/v1/}
   * @return the prefix to append a code to, ending in {@code verify/}
   */
  static String of(Optional<String> publicUrl, URI apiBase) {
    String base =
        publicUrl
            .map(url -> url.endsWith("/") ? url : url + "/")
            .orElse(apiBase.resolve("../../").toString());
    return base + VerifyApplication.PATH + "/";
  }
}
