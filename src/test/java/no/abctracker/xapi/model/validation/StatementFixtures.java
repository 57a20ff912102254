package no.abctracker.xapi.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.abctracker.xapi.model.InvalidStatement;
import no.abctracker.xapi.model.StatementValidator;
import no.abctracker.xapi.model.XapiVersion;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The JSON fixtures under {@code xapi/statements/<area>/}: one file per case, {@code {"version":
 * "1.0.3"|"2.0.0"|"both", "rejectedAt": "<path>" (absent when valid), "statement": {...}}}.
 */
final class StatementFixtures {

  private StatementFixtures() {}

  /** One argument set (case name, version, fixture) per fixture and version it applies to. */
  static Stream<Arguments> area(String area) {
    Path dir;
    try {
      dir = Path.of(StatementFixtures.class.getResource("/xapi/statements/" + area).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Arguments> arguments = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        JsonObject fixture;
        try (InputStream in = Files.newInputStream(file)) {
          fixture = Json.createReader(in).readObject();
        }
        String name = file.getFileName().toString().replace(".json", "");
        for (XapiVersion version : versions(fixture.getString("version"))) {
          arguments.add(Arguments.of(name, version, fixture));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return arguments.stream();
  }

  private static List<XapiVersion> versions(String version) {
    return switch (version) {
      case "1.0.3" -> List.of(XapiVersion.V1_0_3);
      case "2.0.0" -> List.of(XapiVersion.V2_0_0);
      default -> List.of(XapiVersion.values());
    };
  }

  /** Asserts the fixture is accepted, or rejected at exactly the path it names. */
  static void check(XapiVersion version, JsonObject fixture) {
    var statement = fixture.get("statement");
    if (!fixture.containsKey("rejectedAt")) {
      assertThatCode(() -> StatementValidator.validate(statement, version))
          .doesNotThrowAnyException();
      return;
    }
    InvalidStatement rejected =
        catchThrowableOfType(
            InvalidStatement.class, () -> StatementValidator.validate(statement, version));
    assertThat(rejected)
        .as("expected a rejection at %s", fixture.getString("rejectedAt"))
        .isNotNull();
    assertThat(rejected.path()).isEqualTo(fixture.getString("rejectedAt"));
    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.getMessage()).startsWith(rejected.path() + ": ");
  }
}
