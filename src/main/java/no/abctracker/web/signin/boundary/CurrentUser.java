package no.abctracker.web.signin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import no.abctracker.access.boundary.MunicipalityAccess;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.control.RememberedPhones;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.Forbidden;
import no.abctracker.problems.MessageKey;
import no.abctracker.problems.Unauthenticated;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.control.Visibility;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.web.signin.control.RememberMeCookie;
import no.abctracker.web.signin.control.SignedIn;

/**
 * The signed-in user of this request, the municipality they work in (checked with the same {@link
 * MunicipalityAccess} rule as the REST API) and what they may see of its staff ({@link
 * Units#visibilityOf}). Every page bean asks here; none trusts a municipality from the request.
 */
@Named("me")
@RequestScoped
public class CurrentUser {

  @Inject Municipalities municipalities;
  @Inject Units units;
  @Inject Staff staff;
  @Inject RememberedPhones rememberedPhones;

  private ApiUser user;
  private Municipality municipality;
  private Visibility visibility;

  public boolean isSignedIn() {
    return SignedIn.user(request()).isPresent();
  }

  public ApiUser user() {
    if (user == null) {
      user =
          SignedIn.user(request())
              .orElseThrow(() -> new Unauthenticated("ABC Tracker", "Not signed in"));
    }
    return user;
  }

  public String getUsername() {
    return user().username();
  }

  public Role getRole() {
    return user().role();
  }

  /** The name to greet: a staff member's full name, else the user name. */
  public String getDisplayName() {
    if (user().role() == Role.STAFF) {
      return user()
          .ownEmployeeId()
          .flatMap(id -> staff.find(municipality(), id))
          .map(Person::fullName)
          .orElse(user().username());
    }
    return user().username();
  }

  public boolean hasMunicipality() {
    return isSignedIn() && SignedIn.municipality(request()).isPresent();
  }

  public Municipality municipality() {
    if (municipality == null) {
      String code =
          SignedIn.municipality(request())
              .orElseThrow(() -> new Forbidden(MessageKey.MUNICIPALITY_CHOOSE));
      MunicipalityAccess.require(user(), code);
      municipality = municipalities.get(code);
    }
    return municipality;
  }

  public String getMunicipalityName() {
    return hasMunicipality() ? municipality().name() + " (" + municipality().code() + ")" : "";
  }

  public Visibility visibility() {
    if (visibility == null) {
      visibility = units.visibilityOf(user(), municipality());
    }
    return visibility;
  }

  /** Coordinators and system administrators manage a municipality; unit leaders only look. */
  public boolean isManager() {
    return isSignedIn() && (user().role() == Role.COORDINATOR || user().isSystemAdmin());
  }

  public boolean isSystemAdmin() {
    return isSignedIn() && user().isSystemAdmin();
  }

  /** Refuses the action unless the user holds one of {@code roles}. */
  public void require(Role... roles) {
    if (!Arrays.asList(roles).contains(user().role())) {
      throw new Forbidden(MessageKey.ROLES_REQUIRED, Arrays.asList(roles));
    }
  }

  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = request();
    RememberMeCookie.read(request).ifPresent(rememberedPhones::forget);
    RememberMeCookie.clear(request, (HttpServletResponse) external.getResponse());
    SignedIn.signOut(request);
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
