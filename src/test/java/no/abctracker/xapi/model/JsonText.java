package no.abctracker.xapi.model;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** JSON objects from text written with single quotes, for readable tests. */
final class JsonText {

  private JsonText() {}

  static JsonObject object(String singleQuoted) {
    return Json.createReader(new StringReader(singleQuoted.replace('\'', '"'))).readObject();
  }
}
