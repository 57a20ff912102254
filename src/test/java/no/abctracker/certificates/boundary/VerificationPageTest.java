package no.abctracker.certificates.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import no.abctracker.certificates.control.Certificates.Verification;
import no.abctracker.certificates.entity.Certificate.Validity;
import org.junit.jupiter.api.Test;

/** The page a phone shows after scanning the QR code, and the address the QR code holds. */
class VerificationPageTest {

  @Test
  void showsBokmaalFirstAndEscapesWhatItShows() {
    String page =
        VerificationPage.of(
            new Verification(
                Validity.VALID,
                "<script>alert(1)</script> Nordmann",
                "Velferdsteknologiens ABC",
                LocalDate.of(2024, 3, 1),
                "Bergen"));
    assertThat(page)
        .contains(
            "lang=\"nb-NO\"", "Kursbeviset er gyldig.", "The certificate is valid.", "1. mars 2024")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; Nordmann")
        .doesNotContain("<script>");
    assertThat(page.indexOf("Kursbeviset er gyldig"))
        .isLessThan(page.indexOf("The certificate is valid"));
  }

  @Test
  void aWithdrawnCertificateSaysNoLongerValid() {
    String page =
        VerificationPage.of(
            new Verification(
                Validity.WITHDRAWN, "Kari", "ABC", LocalDate.of(2024, 3, 1), "Bergen"));
    assertThat(page).contains("ikke lenger gyldig", "no longer valid");
  }

  @Test
  void theLinkUsesThePublicAddressWhenSetElseTheRequestsOwn() {
    URI api = URI.create("http://10.0.0.5:8080/abc-tracker/api/v1/");
    assertThat(VerificationLinks.of(Optional.empty(), api))
        .isEqualTo("http://10.0.0.5:8080/abc-tracker/verify/");
    assertThat(VerificationLinks.of(Optional.of("https://abc.bergen.kommune.no"), api))
        .isEqualTo("https://abc.bergen.kommune.no/verify/");
  }
}
