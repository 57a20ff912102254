package no.abctracker.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What a page does after a form changed something: it says so and answers with a redirect to itself
 * (post-redirect-get), the message kept in the flash. A reload then never posts again, and the page
 * reads its data in a request of its own: reading again in the request of a change that queued
 * progress work (an LRS statement) sometimes met a closed container-managed {@code EntityManager}
 * on Payara ("Attempting to execute an operation on a closed EntityManager").
 */
public final class AfterChange {

  private AfterChange() {}

  /**
   * @param page the page's address inside the application, with its parameters ({@code
   *     /app/person.xhtml?id=1001})
   */
  public static void reload(String message, String page) {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    external.getFlash().setKeepMessages(true);
    try {
      external.redirect(external.getRequestContextPath() + page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
