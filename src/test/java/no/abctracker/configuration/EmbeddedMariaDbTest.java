package no.abctracker.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/**
 * The embedded database's folder and account rules; its start is checked by bench/embedded-db.sh.
 */
class EmbeddedMariaDbTest {

  @Test
  void aDataFolderUnderTheTemporaryFolderIsRefusedNamingTheSetting() {
    String temporary = System.getProperty("java.io.tmpdir");
    assertThatThrownBy(() -> EmbeddedMariaDb.dataDirectory(temporary + "/abc/mariadb"))
        .isInstanceOf(InvalidSetting.class)
        .hasMessageContaining("ABC_EMBEDDED_DB_DIR")
        .hasMessageContaining(temporary);
    assertThat(EmbeddedMariaDb.dataDirectory("/srv/abc-tracker-data"))
        .isEqualTo(Path.of("/srv/abc-tracker-data"));
  }

  @Test
  void thePasswordIsMadeOnceAndReadableByTheOwnerOnly() throws Exception {
    Path folder = Files.createDirectories(Path.of("target", "embedded-password-test"));
    Path file = folder.resolve("password-" + System.nanoTime());
    String first = EmbeddedMariaDb.password(file);
    assertThat(first).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(EmbeddedMariaDb.password(file)).isEqualTo(first);
  }

  @Test
  void theApplicationsAccountReachesItsDatabaseOnlyFromLoopback() {
    assertThat(EmbeddedMariaDb.grants("s3cret"))
        .contains("'abc_tracker'@'127.0.0.1'")
        .contains("IDENTIFIED BY 's3cret'")
        .contains("ON `abc_tracker`.*")
        .doesNotContain("*.*");
  }
}
