package no.abctracker.access.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.abctracker.access.control.RecordViews;
import org.junit.jupiter.api.Test;

class RecordViewsCsvTest {

  @Test
  void aViewerNamedLikeAFormulaIsWrittenAsText() {
    byte[] csv =
        RecordViewsCsv.render(
            List.of(
                new RecordViews.View(
                    Optional.of("1001"),
                    "=HYPERLINK(\"http://evil\")",
                    Instant.parse("2026-12-07T10:00:00Z"),
                    "GET /api/v1/municipalities/9999/staff/1001")));

    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").contains(",1001,");
    assertThat(text).doesNotContain(",=HYPERLINK");
  }
}
