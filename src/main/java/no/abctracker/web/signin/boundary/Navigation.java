package no.abctracker.web.signin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import no.abctracker.web.signin.control.Page;

/** The workspace's navigation: the pages the signed-in role may open, the current one marked. */
@Named("nav")
@RequestScoped
public class Navigation {

  @Inject CurrentUser me;

  /** One link of the navigation. */
  public record Item(String url, String labelKey, boolean current) {}

  public List<Item> getItems() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String here = PageGuard.pathOf(request);
    return Page.navigationOf(me.getRole()).stream()
        .map(
            p ->
                new Item(
                    request.getContextPath() + p.path(),
                    p.navKey(),
                    p.path().equals(here)
                        || p.path().equals(here + "index.xhtml")
                        || p == Page.STAFF_LIST && here.equals(Page.PERSON.path())
                        || p == Page.COHORTS && here.equals(Page.COHORT.path())))
        .toList();
  }
}
