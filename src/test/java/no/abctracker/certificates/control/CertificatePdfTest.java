package no.abctracker.certificates.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The certificate PDF, read back as a verifier would read it. */
class CertificatePdfTest {

  static final String URL = "https://abc.bergen.kommune.no/verify/ABCDEFGHJKMN";

  static CertificatePdf.Content content(String name) {
    return new CertificatePdf.Content(
        name,
        Map.of("nb-NO", "Velferdsteknologiens ABC", "en", "The ABC of Welfare Technology"),
        LocalDate.of(2024, 3, 1),
        Map.of(
            "nb-NO", "Heftebasert gruppekurs (2016), oppmøte på minst 4 av 5 samlinger",
            "en", "Booklet-based group course (2016), attended at least 4 of 5 gatherings"),
        "Bergen",
        "4601",
        "ABCDEFGHJKMN",
        URL);
  }

  static String text(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    try {
      assertThat(reader.getNumberOfPages()).isEqualTo(1);
      return new PdfTextExtractor(reader).getTextFromPage(1);
    } finally {
      reader.close();
    }
  }

  @Test
  void showsNameCourseDateBasisMunicipalityAndCode() throws Exception {
    String text = text(CertificatePdf.render(content("Kari Nordmann")));

    assertThat(text)
        .contains(
            "KURSBEVIS",
            "Kari Nordmann",
            "Velferdsteknologiens ABC",
            "Fullført 1. mars 2024",
            "oppmøte på minst 4 av 5 samlinger",
            "Utstedt av Bergen (4601)",
            "ABCD-EFGH-JKMN",
            URL);
  }

  @Test
  void printsNamesWithSamiAndNorwegianLetters() throws Exception {
    assertThat(text(CertificatePdf.render(content("Áŋŋá Ŧuođaš Ærø")))).contains("Áŋŋá Ŧuođaš Ærø");
  }

  @Test
  void theQrCodeHoldsTheVerificationAddress() throws Exception {
    BitMatrix matrix = CertificatePdf.qr(URL);
    int scale = 4;
    int quiet = 4 * scale;
    int size = matrix.getWidth() * scale + 2 * quiet;
    int[] pixels = new int[size * size];
    java.util.Arrays.fill(pixels, 0xFFFFFFFF);
    for (int y = 0; y < matrix.getHeight() * scale; y++) {
      for (int x = 0; x < matrix.getWidth() * scale; x++) {
        if (matrix.get(x / scale, y / scale)) {
          pixels[(y + quiet) * size + x + quiet] = 0xFF000000;
        }
      }
    }
    String decoded =
        new QRCodeReader()
            .decode(
                new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))))
            .getText();
    assertThat(decoded).isEqualTo(URL);
  }
}
