package no.abctracker.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** Every view speaks the language chosen with {@link LanguageSwitch}: Bokmål unless English. */
public class LanguageViewHandler extends ViewHandlerWrapper {

  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return LanguageChoice.of((HttpServletRequest) context.getExternalContext().getRequest())
        .locale();
  }
}
