package no.abctracker.access.boundary;

import jakarta.ws.rs.core.SecurityContext;
import no.abctracker.access.control.ApiUser;
import no.abctracker.problems.Forbidden;
import no.abctracker.problems.MessageKey;

/** Nobody sees another municipality's data: a system administrator sees all, others their own. */
public final class MunicipalityAccess {

  private MunicipalityAccess() {}

  public static ApiUser require(SecurityContext security, String municipalityCode) {
    return require((ApiUser) security.getUserPrincipal(), municipalityCode);
  }

  /** The same rule for a user signed in to the pages. */
  public static ApiUser require(ApiUser user, String municipalityCode) {
    if (!user.isSystemAdmin() && !user.municipality().orElse("").equals(municipalityCode)) {
      throw new Forbidden(MessageKey.MUNICIPALITY_NO_ACCESS, municipalityCode);
    }
    return user;
  }
}
