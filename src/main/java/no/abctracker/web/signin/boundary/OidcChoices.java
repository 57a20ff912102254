package no.abctracker.web.signin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.abctracker.access.control.OidcRefused.Reason;
import no.abctracker.access.control.OidcSignIn;
import no.abctracker.problems.DatabaseUnavailable;
import no.abctracker.web.faces.Texts;

/**
 * The login page's "Logg inn med <kommune>" buttons (all municipalities with their own sign-in, or
 * only the one of {@code ?kommune=}) and why the last such sign-in was refused ({@code ?oidc=}).
 */
@Named
@RequestScoped
public class OidcChoices {

  @Inject OidcSignIn oidcSignIn;

  /** One button: where it goes and what it says. */
  public record Choice(String path, String label) {}

  private List<Choice> choices;

  /**
   * Read once per request. Without the database the password form must still be shown (its post
   * then answers 503 like every other action), so an outage leaves out the buttons instead of
   * breaking off the page half-written; the outage is logged by {@link DatabaseUnavailable}.
   */
  public List<Choice> getChoices() {
    if (choices == null) {
      Optional<String> only = parameter("kommune");
      try {
        choices =
            oidcSignIn.enabled().stream()
                .filter(s -> only.isEmpty() || only.get().equals(s.municipality().code()))
                .map(
                    s ->
                        new Choice(
                            "/oidc/" + s.municipality().code(),
                            Texts.get("login.oidc", s.displayName())))
                .toList();
      } catch (RuntimeException e) {
        if (DatabaseUnavailable.among(e).isEmpty()) {
          throw e;
        }
        choices = List.of();
      }
    }
    return choices;
  }

  /** The refusal to show, in the page's language; empty when none. */
  public String getRefusal() {
    return parameter("oidc")
        .flatMap(
            name -> {
              try {
                return Optional.of(Reason.valueOf(name.toUpperCase(Locale.ROOT)));
              } catch (IllegalArgumentException e) {
                return Optional.empty();
              }
            })
        .map(reason -> Texts.get("oidc.refused." + reason.name().toLowerCase(Locale.ROOT)))
        .orElse("");
  }

  private static Optional<String> parameter(String name) {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    return Optional.ofNullable(parameters.get(name)).filter(v -> !v.isBlank());
  }
}
