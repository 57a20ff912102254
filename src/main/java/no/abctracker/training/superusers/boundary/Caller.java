package no.abctracker.training.superusers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.control.ApiUser;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.control.Visibility;

/** Who calls, for which municipality, seeing what: the tenancy check every resource here makes. */
@RequestScoped
class Caller {

  @Inject Municipalities municipalities;
  @Inject Units units;

  /** The checked caller of one request. */
  record Of(ApiUser user, Municipality municipality, Visibility visibility) {}

  /**
   * @throws no.abctracker.problems.Forbidden for another municipality's user
   */
  Of of(SecurityContext security, String code) {
    ApiUser user = MunicipalityAccess.require(security, code);
    Municipality municipality = municipalities.get(code);
    return new Of(user, municipality, units.visibilityOf(user, municipality));
  }
}
