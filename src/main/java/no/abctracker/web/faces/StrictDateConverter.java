package no.abctracker.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A date picker's typed date, {@code dd.MM.yyyy}, read strictly: 31.02.2026 is an error, not 28
 * February (PrimeFaces' own conversion resolves "smartly" and moves an impossible day to the end of
 * the month without a word). The component's {@code converterMessage} says what went wrong.
 */
@FacesConverter("strictDate")
public class StrictDateConverter implements Converter<LocalDate> {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip(), DATE);
    } catch (DateTimeParseException e) {
      String text =
          Texts.get(context.getViewRoot().getLocale(), "common.dateInvalid", value.strip());
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return value == null ? "" : DATE.format(value);
  }
}
