package no.abctracker.certificates.control;

import java.util.Map;
import no.abctracker.certificates.entity.Certificate.Validity;

/** What a verification says about a certificate, Bokmål first. */
public final class VerificationTexts {

  private VerificationTexts() {}

  /** {@code {nb-NO, en}} for the validity. */
  public static Map<String, String> of(Validity validity) {
    return switch (validity) {
      case VALID -> Map.of("nb-NO", "Kursbeviset er gyldig.", "en", "The certificate is valid.");
      case WITHDRAWN ->
          Map.of(
              "nb-NO",
              "Kursbeviset er ikke lenger gyldig: gjennomføringen er trukket tilbake.",
              "en",
              "The certificate is no longer valid: the completion has been withdrawn.");
      case CHANGED ->
          Map.of(
              "nb-NO",
              "Kursbeviset er ikke lenger gyldig: gjennomføringsdatoen er endret siden det ble"
                  + " utstedt.",
              "en",
              "The certificate is no longer valid: the completion date has changed since it was"
                  + " issued.");
    };
  }
}
