package no.abctracker.xapi.model;

import java.util.regex.Pattern;

/**
 * The xAPI versions this LRS speaks; the behaviour of a request is chosen from its {@code
 * X-Experience-API-Version} header.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#versioning">xAPI
 *     2.0 Communication 3.3 Versioning</a>
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/xAPI-1.0.3/xAPI-Communication.md#3.3">xAPI
 *     1.0.3 Communication 3.3 Versioning</a>
 */
public enum XapiVersion {
  V1_0_3("1.0.3"),
  V2_0_0("2.0.0");

  public static final String HEADER = "X-Experience-API-Version";

  // An LRS accepts "1.0" or "1.0.x" (1.0.3) and "2.0" or "2.0.x" (2.0), x a semantic patch number.
  private static final Pattern V1 = Pattern.compile("1\\.0(\\.(0|[1-9][0-9]*))?");
  private static final Pattern V2 = Pattern.compile("2\\.0(\\.(0|[1-9][0-9]*))?");

  private final String header;

  XapiVersion(String header) {
    this.header = header;
  }

  /** The value this LRS sends in the {@code X-Experience-API-Version} response header. */
  public String header() {
    return header;
  }

  /** Whether this is xAPI 2.0 (IEEE 9274.1.1) behaviour. */
  public boolean isV2() {
    return this == V2_0_0;
  }

  /**
   * The version a request asks for.
   *
   * @throws UnsupportedVersion when the header is missing or names a version this LRS does not
   *     implement
   */
  public static XapiVersion fromHeader(String xExperienceApiVersionHeader) {
    if (xExperienceApiVersionHeader == null || xExperienceApiVersionHeader.isBlank()) {
      throw new UnsupportedVersion(
          "The " + HEADER + " header is required; send \"1.0.3\" or \"2.0.0\"");
    }
    String value = xExperienceApiVersionHeader.trim();
    if (V1.matcher(value).matches()) {
      return V1_0_3;
    }
    if (V2.matcher(value).matches()) {
      return V2_0_0;
    }
    throw new UnsupportedVersion(
        "The "
            + HEADER
            + " header \""
            + value
            + "\" is not supported; send \"1.0.3\" (or 1.0.x) or \"2.0.0\" (or 2.0.x)");
  }
}
