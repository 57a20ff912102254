package no.abctracker.xapi.statements.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** Parses the JSON text of a stored statement. */
final class StatementStoreJson {

  private StatementStoreJson() {}

  static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
