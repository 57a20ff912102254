package no.abctracker.training.cohorts.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

  static final String URL = "https://abc.kommune.no/checkin?code=K7MQ2X";

  @Test
  void thePngScansBackToTheUrl() throws Exception {
    byte[] png = QrCodes.png(URL, 400);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isGreaterThanOrEqualTo(400).isEqualTo(image.getHeight());
    assertThat(decode(image)).isEqualTo(URL);
  }

  @Test
  void theSvgIsScalableWithAQuietZone() {
    String svg = QrCodes.svg(URL);
    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
    assertThat(svg).contains("<path fill=\"#000\" d=\"M4 4h1v1h-1z");
  }

  static String decode(BufferedImage image) throws Exception {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(
                new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
        .getText();
  }
}
