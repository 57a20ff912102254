package no.abctracker.training.cohorts.control;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes of check-in URLs, drawn from the code's modules so that every module is a whole number
 * of pixels (crisp on a projector and easy to scan) with the standard quiet zone of four modules.
 */
public final class QrCodes {

  /** The quiet zone around the symbol, in modules (ISO/IEC 18004). */
  static final int QUIET_ZONE = 4;

  private QrCodes() {}

  /** A PNG of at least {@code minimumSize} pixels square (fewer only if the symbol needs more). */
  public static byte[] png(String text, int minimumSize) {
    ByteMatrix modules = modules(text);
    int width = modules.getWidth() + 2 * QUIET_ZONE;
    int scale = Math.max(1, (minimumSize + width - 1) / width);
    int pixels = width * scale;
    BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < pixels; y++) {
      for (int x = 0; x < pixels; x++) {
        int column = x / scale - QUIET_ZONE;
        int row = y / scale - QUIET_ZONE;
        boolean dark =
            column >= 0
                && row >= 0
                && column < modules.getWidth()
                && row < modules.getHeight()
                && modules.get(column, row) == 1;
        image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  /** An SVG whose user units are modules; it scales to any size. */
  public static String svg(String text) {
    ByteMatrix modules = modules(text);
    int width = modules.getWidth() + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder();
    for (int row = 0; row < modules.getHeight(); row++) {
      for (int column = 0; column < modules.getWidth(); column++) {
        if (modules.get(column, row) == 1) {
          path.append('M')
              .append(column + QUIET_ZONE)
              .append(' ')
              .append(row + QUIET_ZONE)
              .append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + width
        + " "
        + width
        + "\" shape-rendering=\"crispEdges\"><rect width=\""
        + width
        + "\" height=\""
        + width
        + "\" fill=\"#fff\"/><path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  private static ByteMatrix modules(String text) {
    try {
      return Encoder.encode(
              text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
          .getMatrix();
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
    }
  }
}
