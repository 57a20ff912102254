package no.abctracker.xapi.statements.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.abctracker.xapi.credentials.control.LrsCaller;
import no.abctracker.xapi.model.InvalidStatement;
import no.abctracker.xapi.model.StatementFormats;
import no.abctracker.xapi.model.StatementValidator;
import no.abctracker.xapi.model.Timestamps;
import no.abctracker.xapi.model.XapiVersion;
import no.abctracker.xapi.model.validation.Uuids;
import no.abctracker.xapi.statements.control.ConsistentThrough.InFlight;

/**
 * Receives statements (PUT or POST): validates all of them and their attachments first, so that a
 * rejected batch stores nothing, then lets the LRS assign id, authority, stored, timestamp and
 * version and hands the batch to {@link StatementStore} as one transaction.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#24-statement-properties">xAPI
 *     2.0 Data 2.4 Statement Properties (LRS-assigned ones)</a>
 */
@ApplicationScoped
public class StatementIntake {

  @Inject StatementStore statements;
  @Inject ConsistentThrough consistentThrough;

  /** PUT: one statement under the id given as the {@code statementId} parameter. */
  public void put(
      LrsCaller caller,
      XapiVersion version,
      String statementId,
      JsonValue body,
      List<AttachmentPart> parts) {
    if (statementId == null || statementId.isBlank()) {
      throw new InvalidStatement("statementId", "is required as a parameter of PUT");
    }
    if (!Uuids.isUuid(statementId)) {
      throw new InvalidStatement("statementId", "must be a UUID, got \"" + statementId + "\"");
    }
    StatementValidator.validate(body, version);
    JsonObject statement = body.asJsonObject();
    if (statement.containsKey("id") && !statement.getString("id").equalsIgnoreCase(statementId)) {
      throw new InvalidStatement(
          "statement.id", "differs from the statementId parameter " + statementId);
    }
    store(caller, version, List.of(statement), parts, statementId);
  }

  /** POST: one statement or an array of them; answers their ids in order. */
  public List<String> post(
      LrsCaller caller, XapiVersion version, JsonValue body, List<AttachmentPart> parts) {
    StatementValidator.validateBatch(body, version);
    List<JsonObject> statements = new ArrayList<>();
    if (body.getValueType() == JsonValue.ValueType.ARRAY) {
      body.asJsonArray().forEach(s -> statements.add(s.asJsonObject()));
    } else {
      statements.add(body.asJsonObject());
    }
    return store(caller, version, statements, parts, null);
  }

  private List<String> store(
      LrsCaller caller,
      XapiVersion version,
      List<JsonObject> received,
      List<AttachmentPart> parts,
      String putId) {
    noDuplicateIds(received);
    Map<String, AttachmentPart> attachments = AttachmentRule.check(received, parts);
    InFlight store = consistentThrough.begin();
    try {
      List<JsonObject> prepared = new ArrayList<>(received.size());
      for (JsonObject statement : received) {
        prepared.add(prepare(statement, putId, caller, store.stored(), version));
      }
      statements.store(caller, store, prepared, attachments.values());
      return prepared.stream().map(s -> s.getString("id")).toList();
    } finally {
      consistentThrough.end(store);
    }
  }

  /**
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#212-post-statements">xAPI
   *     2.0 Communication 2.1.2: a batch that uses one id twice is rejected</a>
   */
  static void noDuplicateIds(List<JsonObject> statements) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < statements.size(); i++) {
      JsonObject s = statements.get(i);
      if (s.containsKey("id") && !seen.add(s.getString("id").toLowerCase(Locale.ROOT))) {
        throw new InvalidStatement(
            "statements[" + i + "].id", "is used by an earlier statement in the same batch");
      }
    }
  }

  /** The statement as stored: the LRS-assigned properties set, context activities as arrays. */
  static JsonObject prepare(
      JsonObject statement, String putId, LrsCaller caller, Instant stored, XapiVersion version) {
    String storedText = Timestamps.format(stored.atOffset(ZoneOffset.UTC));
    JsonObjectBuilder b =
        JSON.createObjectBuilder(StatementFormats.contextActivitiesAsArrays(statement));
    String id =
        putId != null
            ? putId
            : statement.containsKey("id")
                ? statement.getString("id")
                : UUID.randomUUID().toString();
    b.add("id", id.toLowerCase(Locale.ROOT));
    b.add("authority", caller.authority());
    b.add("stored", storedText);
    if (!statement.containsKey("timestamp")) {
      b.add("timestamp", storedText);
    }
    if (!statement.containsKey("version")) {
      b.add("version", version.isV2() ? "2.0.0" : "1.0.0");
    }
    return b.build();
  }
}
