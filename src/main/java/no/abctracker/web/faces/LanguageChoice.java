package no.abctracker.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The language of this request and the link that switches to the other one. */
@Named("language")
@RequestScoped
public class LanguageChoice {

  public Language current() {
    return Language.of(request());
  }

  /** The {@code lang} attribute of {@code <html>}. */
  public String tag() {
    return current().tag();
  }

  public Language other() {
    return current() == Language.NB ? Language.EN : Language.NB;
  }

  /** This page (path and query) with {@code ?lang=} the other language. */
  public String switchUrl() {
    HttpServletRequest request = request();
    String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
    String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
    if (uri == null) {
      uri = request.getRequestURI();
      query = request.getQueryString();
    }
    StringBuilder url = new StringBuilder(uri).append('?');
    if (query != null) {
      for (String pair : query.split("&")) {
        if (!pair.isEmpty() && !pair.startsWith("lang=")) {
          url.append(pair).append('&');
        }
      }
    }
    return url.append("lang=").append(other().tag()).toString();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
