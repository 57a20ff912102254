package no.abctracker.certificates.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PDF's file name carries ids from HR files; nothing from them may break the header. */
class CertificateFileNameTest {

  @Test
  void plainIdsStayAsTheyAre() {
    assertThat(CertificatesResource.fileName("kursbevis-ABC-1002")).isEqualTo("kursbevis-ABC-1002");
  }

  @Test
  void quotesLineBreaksAndSlashesAreReplaced() {
    assertThat(CertificatesResource.fileName("kursbevis-ABC-10\"02\r\nX: y/../ø"))
        .isEqualTo("kursbevis-ABC-10_02__X__y_..__");
  }
}
