package no.abctracker.web.signin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import no.abctracker.access.boundary.ForwardedHeaders;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.control.TooManySignInAttempts;
import no.abctracker.access.control.UserAccounts;
import no.abctracker.web.faces.Texts;
import no.abctracker.web.signin.control.SignedIn;

/**
 * The login form: the same accounts, PBKDF2 check and sign-in throttle as the REST API's HTTP Basic
 * (after repeated failures a name or an address waits); a success starts a new session id and goes
 * to the page asked for (only pages of this application) or the role's start page.
 */
@Named
@RequestScoped
public class LoginForm {

  @Inject UserAccounts userAccounts;

  private String username;
  private String password;
  private String next;

  public void signIn() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Optional<ApiUser> user;
    try {
      user = userAccounts.authenticate(username, password, ForwardedHeaders.clientAddress(request));
    } catch (TooManySignInAttempts locked) {
      fail(context, Texts.get("login.wait", locked.retryAfterSeconds()));
      return;
    }
    if (user.isEmpty()) {
      fail(context, Texts.get("login.failed"));
      return;
    }
    SignedIn.signIn(request, user.get());
    external.redirect(external.getRequestContextPath() + SignedIn.landing(user.get(), next));
  }

  private void fail(FacesContext context, String message) {
    password = null;
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username == null ? null : username.strip();
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
