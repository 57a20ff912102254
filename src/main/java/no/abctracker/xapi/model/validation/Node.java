package no.abctracker.xapi.model.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.abctracker.xapi.model.InvalidStatement;
import no.abctracker.xapi.model.XapiVersion;

/**
 * One value inside a statement being validated, with its property path (for messages) and the
 * version the statement is judged by. A missing property has a {@code null} value.
 */
public record Node(String path, JsonValue value, XapiVersion version) {

  public boolean present() {
    return value != null;
  }

  /** The named property of this object, present or not. A JSON {@code null} is rejected. */
  public Node field(String name) {
    JsonValue child = object().get(name);
    Node node = new Node(path + "." + name, child, version);
    if (child != null && child.getValueType() == JsonValue.ValueType.NULL) {
      throw node.fail("must not be null; leave the property out instead");
    }
    return node;
  }

  /** The named property, which must be present. */
  public Node required(String name) {
    Node node = field(name);
    if (!node.present()) {
      throw node.fail("is required");
    }
    return node;
  }

  public Optional<Node> optional(String name) {
    Node node = field(name);
    return node.present() ? Optional.of(node) : Optional.empty();
  }

  public InvalidStatement fail(String reason) {
    return new InvalidStatement(path, reason);
  }

  public boolean isObject() {
    return value != null && value.getValueType() == JsonValue.ValueType.OBJECT;
  }

  public boolean isString() {
    return value != null && value.getValueType() == JsonValue.ValueType.STRING;
  }

  public JsonObject object() {
    if (!isObject()) {
      throw fail("must be a JSON object");
    }
    return value.asJsonObject();
  }

  public JsonArray array() {
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw fail("must be a JSON array");
    }
    return value.asJsonArray();
  }

  /** The elements of this array, each with its indexed path. */
  public List<Node> elements() {
    JsonArray array = array();
    List<Node> nodes = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      Node element = new Node(path + "[" + i + "]", array.get(i), version);
      if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
        throw element.fail("must not be null");
      }
      nodes.add(element);
    }
    return nodes;
  }

  public String string() {
    if (!isString()) {
      throw fail("must be a string");
    }
    return ((JsonString) value).getString();
  }

  public boolean bool() {
    if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
      throw fail("must be true or false");
    }
    return value == JsonValue.TRUE;
  }

  public JsonNumber number() {
    if (value == null || value.getValueType() != JsonValue.ValueType.NUMBER) {
      throw fail("must be a number");
    }
    return (JsonNumber) value;
  }

  /** Rejects any property not in {@code allowed}. */
  public void onlyProperties(java.util.Set<String> allowed, String what) {
    for (String key : object().keySet()) {
      if (!allowed.contains(key)) {
        throw new InvalidStatement(
            path + "." + key,
            "is not a property of "
                + what
                + " in xAPI "
                + version.header()
                + "; allowed: "
                + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
  }

  /** The value of the {@code objectType} property, if present (must be a string). */
  public Optional<String> objectType() {
    return optional("objectType").map(Node::string);
  }
}
