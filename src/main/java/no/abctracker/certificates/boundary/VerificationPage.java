package no.abctracker.certificates.boundary;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import no.abctracker.certificates.control.Certificates.Verification;
import no.abctracker.certificates.control.VerificationTexts;

/** The verification answer as a small, phone-friendly HTML page, Bokmål first, English second. */
final class VerificationPage {

  private static final DateTimeFormatter NB_DATE =
      DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb-NO"));

  private VerificationPage() {}

  static String of(Verification verification) {
    Map<String, String> message = VerificationTexts.of(verification.validity());
    String colour = verification.valid() ? "#1b7a3a" : "#b3261e";
    return page(
        "<p class=\"status\" style=\"color:"
            + colour
            + "\">"
            + escape(message.get("nb-NO"))
            + "</p><p class=\"en\">"
            + escape(message.get("en"))
            + "</p><dl>"
            + row("Navn", "Name", verification.fullName())
            + row("Kurs", "Course", verification.courseTitle())
            + row("Gjennomført", "Completed", NB_DATE.format(verification.completedOn()))
            + row("Utstedt av", "Issued by", verification.municipalityName())
            + "</dl>");
  }

  static String unknown() {
    return page(
        "<p class=\"status\" style=\"color:#b3261e\">Ingen kursbevis har denne kontrollkoden.</p>"
            + "<p class=\"en\">No certificate has this verification code.</p>");
  }

  private static String row(String nb, String en, String value) {
    return "<dt>"
        + nb
        + " <span class=\"en\">/ "
        + en
        + "</span></dt><dd>"
        + escape(value)
        + "</dd>";
  }

  private static String page(String body) {
    return "<!DOCTYPE html><html lang=\"nb-NO\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"robots\" content=\"noindex\">"
        + "<title>Kontroll av kursbevis / Certificate verification</title>"
        + "<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;"
        + "padding:0 1rem;color:#1f2a44}.status{font-size:1.3rem;font-weight:600;margin-bottom:0}"
        + ".en{color:#5c667a;font-size:.9rem}dt{margin-top:1rem;font-weight:600}dd{margin:0}"
        + "</style></head><body><h1>Kontroll av kursbevis</h1>"
        + "<p class=\"en\">Certificate verification</p>"
        + body
        + "</body></html>";
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
