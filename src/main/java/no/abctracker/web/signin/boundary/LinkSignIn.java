package no.abctracker.web.signin.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.control.RememberedPhones;
import no.abctracker.access.control.SignInLinks;
import no.abctracker.web.faces.Texts;
import no.abctracker.web.signin.control.Page;
import no.abctracker.web.signin.control.RememberMeCookie;
import no.abctracker.web.signin.control.SignedIn;

/**
 * The page a personal sign-in link opens. Opening it changes nothing (a link preview in a mail or
 * chat program must not spend the link); the staff member presses the button, which spends the link
 * and signs them in to the staff pages; with "Husk meg på denne telefonen" ticked the phone stays
 * signed in ({@link RememberedPhones}).
 */
@Named
@ViewScoped
public class LinkSignIn implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SignInLinks signInLinks;
  @Inject RememberedPhones rememberedPhones;

  private String token;
  private boolean remember;

  public void signIn() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    Optional<ApiUser> user = signInLinks.signIn(token);
    if (user.isEmpty()) {
      context.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("link.invalid"), null));
      return;
    }
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    SignedIn.signIn(request, user.get());
    if (remember) {
      RememberedPhones.Remembered phone = rememberedPhones.remember(user.get());
      RememberMeCookie.write(
          request, (HttpServletResponse) external.getResponse(), phone.token(), phone.maxAge());
    }
    token = null;
    external.redirect(external.getRequestContextPath() + Page.MINE.path());
  }

  public boolean isRemember() {
    return remember;
  }

  public void setRemember(boolean remember) {
    this.remember = remember;
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
