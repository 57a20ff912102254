package no.abctracker.web.signin.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.control.SignInLinks;
import no.abctracker.web.faces.Texts;
import no.abctracker.web.signin.control.Page;
import no.abctracker.web.signin.control.SignedIn;

/**
 * The page a personal sign-in link opens. Opening it changes nothing (a link preview in a mail or
 * chat program must not spend the link); the staff member presses the button, which spends the link
 * and signs them in to the staff pages.
 */
@Named
@ViewScoped
public class LinkSignIn implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SignInLinks signInLinks;

  private String token;

  public void signIn() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    Optional<ApiUser> user = signInLinks.signIn(token);
    if (user.isEmpty()) {
      context.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("link.invalid"), null));
      return;
    }
    SignedIn.signIn((HttpServletRequest) external.getRequest(), user.get());
    token = null;
    external.redirect(external.getRequestContextPath() + Page.MINE.path());
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    if (token != null && !token.isBlank()) {
      this.token = token;
    }
  }
}
