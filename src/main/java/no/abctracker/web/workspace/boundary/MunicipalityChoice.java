package no.abctracker.web.workspace.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.web.signin.boundary.CurrentUser;
import no.abctracker.web.signin.control.Page;
import no.abctracker.web.signin.control.SignedIn;

/** A system administrator chooses the municipality to work in. */
@Named
@RequestScoped
public class MunicipalityChoice {

  @Inject Municipalities municipalities;
  @Inject CurrentUser me;

  public List<Municipality> getAll() {
    me.require(Role.SYSTEM_ADMIN);
    return municipalities.all();
  }

  public void choose(String code) throws IOException {
    me.require(Role.SYSTEM_ADMIN);
    Municipality chosen = municipalities.get(code);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    SignedIn.chooseMunicipality((HttpServletRequest) external.getRequest(), chosen.code());
    external.redirect(external.getRequestContextPath() + Page.OVERVIEW.path());
  }
}
