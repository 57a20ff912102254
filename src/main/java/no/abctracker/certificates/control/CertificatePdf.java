package no.abctracker.certificates.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a certificate (kursbevis) as a one-page A4 PDF: Bokmål first, English beneath, the QR code
 * of the verification address drawn as vector squares so it prints sharp at any size. The font is
 * Liberation Sans embedded from the OpenPDF jar, so every name prints (Sámi letters such as đ, ŋ, ŧ
 * are outside the standard PDF fonts' encoding).
 */
public final class CertificatePdf {

  private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
  private static final Color INK = new Color(0x1f, 0x2a, 0x44);
  private static final Color MUTED = new Color(0x5c, 0x66, 0x7a);
  private static final DateTimeFormatter NB_DATE =
      DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb-NO"));
  private static final DateTimeFormatter EN_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private CertificatePdf() {}

  /** What a certificate shows. Titles and the basis are language maps (nb-NO, en). */
  public record Content(
      String fullName,
      Map<String, String> courseTitle,
      LocalDate completedOn,
      Map<String, String> basis,
      String municipalityName,
      String municipalityCode,
      String verificationCode,
      String verificationUrl) {}

  public static byte[] render(Content content) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 64, 64, 72, 64);
    try {
      BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      PdfWriter writer = PdfWriter.getInstance(document, pdf);
      document.addTitle("Kursbevis – " + nb(content.courseTitle()) + " – " + content.fullName());
      document.addAuthor(content.municipalityName());
      document.addCreator("ABC Tracker");
      document.open();
      document.add(centred("KURSBEVIS", new Font(base, 30, Font.NORMAL, INK), 0));
      document.add(centred("Course certificate", new Font(base, 12, Font.NORMAL, MUTED), 2));
      document.add(centred(content.fullName(), new Font(base, 26, Font.NORMAL, INK), 48));
      document.add(centred("har gjennomført", new Font(base, 13, Font.NORMAL, INK), 18));
      document.add(centred("has completed", new Font(base, 10, Font.NORMAL, MUTED), 0));
      document.add(centred(nb(content.courseTitle()), new Font(base, 22, Font.NORMAL, INK), 18));
      document.add(centred(en(content.courseTitle()), new Font(base, 11, Font.NORMAL, MUTED), 2));
      document.add(
          centred(
              "Fullført " + NB_DATE.format(content.completedOn()),
              new Font(base, 14, Font.NORMAL, INK),
              28));
      document.add(
          centred(
              "Completed " + EN_DATE.format(content.completedOn()),
              new Font(base, 10, Font.NORMAL, MUTED),
              0));
      document.add(centred(nb(content.basis()), new Font(base, 12, Font.NORMAL, INK), 14));
      document.add(centred(en(content.basis()), new Font(base, 10, Font.NORMAL, MUTED), 0));
      document.add(
          centred(
              "Utstedt av " + content.municipalityName() + " (" + content.municipalityCode() + ")",
              new Font(base, 12, Font.NORMAL, INK),
              28));
      document.add(
          centred("Issued by the municipality", new Font(base, 10, Font.NORMAL, MUTED), 0));
      drawQr(writer.getDirectContent(), content.verificationUrl(), 64, 110, 110);
      verification(writer.getDirectContent(), base, content);
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException("The certificate font " + FONT + " could not be read", e);
    }
    return pdf.toByteArray();
  }

  private static void verification(PdfContentByte canvas, BaseFont font, Content content) {
    float x = 196;
    canvas.beginText();
    canvas.setColorFill(INK);
    canvas.setFontAndSize(font, 11);
    canvas.setTextMatrix(x, 196);
    canvas.showText("Kontrollkode / Verification code");
    canvas.setFontAndSize(font, 18);
    canvas.setTextMatrix(x, 172);
    canvas.showText(VerificationCodes.display(content.verificationCode()));
    canvas.setFontAndSize(font, 9);
    canvas.setColorFill(MUTED);
    canvas.setTextMatrix(x, 150);
    canvas.showText("Kontroller kursbeviset på / Verify this certificate at");
    canvas.setTextMatrix(x, 137);
    canvas.showText(content.verificationUrl());
    canvas.endText();
  }

  /** The QR code of {@code text} as filled squares, bottom-left corner at (x, y). */
  static void drawQr(PdfContentByte canvas, String text, float x, float y, float size) {
    BitMatrix matrix = qr(text);
    float module = size / matrix.getWidth();
    canvas.saveState();
    canvas.setColorFill(Color.BLACK);
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int column = 0; column < matrix.getWidth(); column++) {
        if (matrix.get(column, row)) {
          canvas.rectangle(
              x + column * module, y + size - (row + 1) * module, module + 0.05f, module + 0.05f);
        }
      }
    }
    canvas.fill();
    canvas.restoreState();
  }

  static BitMatrix qr(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.MARGIN,
                  0,
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot make a QR code of " + text, e);
    }
  }

  private static Paragraph centred(String text, Font font, float spacingBefore) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingBefore(spacingBefore);
    return paragraph;
  }

  private static String nb(Map<String, String> map) {
    return map.getOrDefault("nb-NO", map.values().stream().findFirst().orElse(""));
  }

  private static String en(Map<String, String> map) {
    return map.getOrDefault("en", nb(map));
  }
}
