package no.abctracker.web.faces;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The pages' texts ({@code no.abctracker.web.texts}, Bokmål and English) for Java code. */
public final class Texts {

  public static final String BUNDLE = "no.abctracker.web.texts";

  private Texts() {}

  public static String get(String key, Object... arguments) {
    return get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
  }

  public static String get(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException missing) {
      return "???" + key + "???";
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** The text of an enum value: key {@code enum.<Type>.<NAME>}, else the name itself. */
  public static String label(Locale locale, Enum<?> value) {
    String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    try {
      return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException missing) {
      return value.name();
    }
  }
}
