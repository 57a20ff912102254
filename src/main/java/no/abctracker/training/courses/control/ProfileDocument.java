package no.abctracker.training.courses.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One xAPI Profile as read from a file, in the compact JSON-LD form it is authored in.
 *
 * @param source where it came from (a file name), for messages
 */
public record ProfileDocument(String source, JsonObject json) {

  /** Reads a profile, or throws {@link InvalidProfiles} naming the file if it is not JSON. */
  public static ProfileDocument read(String source, InputStream in) {
    try (JsonReader reader = Json.createReader(in)) {
      return new ProfileDocument(source, reader.readObject());
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidProfiles(
          List.of(
              new Violation(
                  source, "$", Violation.Rule.JSON, "not a JSON object: " + e.getMessage())));
    }
  }

  public static ProfileDocument read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.getFileName().toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read xAPI profile " + file, e);
    }
  }
}
