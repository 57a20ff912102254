package no.abctracker.web.signin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.control.LoginThrottle;
import no.abctracker.access.control.UserAccounts;
import no.abctracker.web.faces.Texts;
import no.abctracker.web.signin.control.SignedIn;

/**
 * The login form: the same accounts and PBKDF2 check as the REST API's HTTP Basic, slowed down by
 * {@link LoginThrottle} after repeated failures; a success starts a new session id and goes to the
 * page asked for (only pages of this application) or the role's start page.
 */
@Named
@RequestScoped
public class LoginForm {

  private static final Logger LOG = Logger.getLogger(LoginForm.class.getName());

  @Inject UserAccounts userAccounts;
  @Inject LoginThrottle throttle;

  private String username;
  private String password;
  private String next;

  public void signIn() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String address = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitBefore(username, address);
    if (wait.isPresent()) {
      fail(context, Texts.get("login.wait", wait.get().toSeconds() + 1));
      return;
    }
    Optional<ApiUser> user = userAccounts.authenticate(username, password);
    if (user.isEmpty()) {
      throttle.failed(username, address);
      LOG.info(() -> "Failed login for '" + username + "' from " + address);
      fail(context, Texts.get("login.failed"));
      return;
    }
    throttle.succeeded(username);
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
