package no.abctracker.xapi.model;

import no.abctracker.problems.BadRequest;

/**
 * A request without an {@code X-Experience-API-Version} header, or with a version this LRS does not
 * implement.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#versioning">xAPI
 *     2.0 Communication 3.3 Versioning</a>
 */
public class UnsupportedVersion extends BadRequest {

  public UnsupportedVersion(String detail) {
    super(detail);
  }
}
