package no.abctracker.xapi.statements;

import static org.assertj.core.api.Assertions.assertThat;

import gov.adlnet.xapi.client.StatementClient;
import gov.adlnet.xapi.model.Activity;
import gov.adlnet.xapi.model.Agent;
import gov.adlnet.xapi.model.Statement;
import gov.adlnet.xapi.model.StatementReference;
import gov.adlnet.xapi.model.StatementResult;
import gov.adlnet.xapi.model.Verb;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.abctracker.testsupport.AbcStatements;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.Tenants;
import no.abctracker.testsupport.Tenants.LrsCredentials;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Statement Resource over HTTP, covering what the ADL conformance suite checks (CI cannot run
 * the suite). Each test works in a municipality of its own.
 */
@ExtendWith(ArquillianExtension.class)
class StatementsIT {

  static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
  static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  private Http lrs(String... scopes) {
    Http api = Http.at(base);
    LrsCredentials client =
        Tenants.newLrsClient(
            api, Tenants.newMunicipality(api), scopes.length == 0 ? new String[] {"all"} : scopes);
    return api.xapi(client.key(), client.secret());
  }

  static String statement(String id, String mbox, String verb, String activity) {
    return "{"
        + (id == null ? "" : "\"id\":\"" + id + "\",")
        + "\"actor\":{\"objectType\":\"Agent\",\"mbox\":\"mailto:"
        + mbox
        + "\"},\"verb\":{\"id\":\""
        + verb
        + "\",\"display\":{\"nb\":\"fullførte\"}},\"object\":{\"id\":\""
        + activity
        + "\"}}";
  }

  static String uniqueMbox() {
    return UUID.randomUUID() + "@example.no";
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static JsonArray statements(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).asJsonObject().getJsonArray("statements");
  }

  static List<String> ids(HttpResponse<String> response) {
    return statements(response).stream().map(s -> s.asJsonObject().getString("id")).toList();
  }

  @Test
  void putPostAndGetWithLrsAssignedProperties() {
    Http lrs = lrs();
    String id = UUID.randomUUID().toString();
    HttpResponse<String> put =
        lrs.put(
            "xapi/statements?statementId=" + id,
            "application/json",
            statement(null, uniqueMbox(), COMPLETED, "http://example.no/a")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(put.statusCode()).as(put.body()).isEqualTo(204);

    HttpResponse<String> posted =
        lrs.post(
            "xapi/statements",
            "[" + statement(null, uniqueMbox(), COMPLETED, "http://example.no/a") + "]");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    assertThat(Http.json(posted).asJsonArray()).hasSize(1);

    HttpResponse<String> got = lrs.get("xapi/statements?statementId=" + id);
    assertThat(got.statusCode()).isEqualTo(200);
    JsonObject stored = Http.json(got).asJsonObject();
    assertThat(stored.getString("id")).isEqualTo(id);
    assertThat(stored.getString("version")).isEqualTo("2.0.0");
    assertThat(stored.getString("timestamp")).isEqualTo(stored.getString("stored"));
    assertThat(stored.getJsonObject("authority").getJsonObject("account").getString("homePage"))
        .isEqualTo("https://abc-tracker.no/lrs-clients");
    assertThat(got.headers().firstValue("Last-Modified")).isPresent();
    assertThat(got.headers().firstValue("X-Experience-API-Consistent-Through")).isPresent();
    assertThat(got.headers().firstValue("X-Experience-API-Version")).hasValue("2.0.0");

    HttpResponse<String> head = lrs.send("HEAD", "xapi/statements?statementId=" + id, null, null);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void sameIdSameContentIsANoOpDifferentContentA409() {
    Http lrs = lrs();
    String id = UUID.randomUUID().toString();
    String mbox = uniqueMbox();
    String original = statement(id, mbox, COMPLETED, "http://example.no/a");
    assertThat(lrs.post("xapi/statements", original).statusCode()).isEqualTo(200);
    assertThat(lrs.post("xapi/statements", original).statusCode()).isEqualTo(200);
    assertThat(
            lrs.put(
                    "xapi/statements?statementId=" + id,
                    "application/json",
                    original.getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> changed =
        lrs.post("xapi/statements", statement(id, mbox, COMPLETED, "http://example.no/other"));
    assertThat(changed.statusCode()).isEqualTo(409);
    assertThat(
            Http.json(lrs.get("xapi/statements?statementId=" + id))
                .asJsonObject()
                .getJsonObject("object")
                .getString("id"))
        .isEqualTo("http://example.no/a");
  }

  @Test
  void aRejectedBatchStoresNothingAndNamesTheProperty() {
    Http lrs = lrs();
    String good = UUID.randomUUID().toString();
    HttpResponse<String> rejected =
        lrs.post(
            "xapi/statements",
            "["
                + statement(good, uniqueMbox(), COMPLETED, "http://example.no/a")
                + ","
                + statement(null, "not-an-address", COMPLETED, "http://example.no/a")
                + "]");
    assertThat(rejected.statusCode()).isEqualTo(400);
    assertThat(Http.json(rejected).asJsonObject().getString("detail"))
        .contains("statements[1].actor.mbox");
    assertThat(lrs.get("xapi/statements?statementId=" + good).statusCode()).isEqualTo(404);

    String dup = UUID.randomUUID().toString();
    assertThat(
            lrs.post(
                    "xapi/statements",
                    "["
                        + statement(dup, uniqueMbox(), COMPLETED, "http://a/x")
                        + ","
                        + statement(dup, uniqueMbox(), COMPLETED, "http://a/y")
                        + "]")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void voidingHidesTheTargetExceptByVoidedStatementId() {
    Http lrs = lrs();
    String mbox = uniqueMbox();
    String target = UUID.randomUUID().toString();
    lrs.post("xapi/statements", statement(target, mbox, COMPLETED, "http://example.no/a"));
    String voiding = UUID.randomUUID().toString();
    HttpResponse<String> voided =
        lrs.post(
            "xapi/statements",
            "{\"id\":\""
                + voiding
                + "\",\"actor\":{\"mbox\":\"mailto:"
                + mbox
                + "\"},\"verb\":{\"id\":\""
                + VOIDED
                + "\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\""
                + target
                + "\"}}");
    assertThat(voided.statusCode()).isEqualTo(200);
    assertThat(lrs.get("xapi/statements?statementId=" + target).statusCode()).isEqualTo(404);
    assertThat(lrs.get("xapi/statements?voidedStatementId=" + target).statusCode()).isEqualTo(200);
    // Filters match the voiding statement through its target, never the voided one itself.
    assertThat(ids(lrs.get("xapi/statements?activity=" + q("http://example.no/a"))))
        .containsExactly(voiding);
    // A voiding statement cannot be voided.
    lrs.post(
        "xapi/statements",
        "{\"actor\":{\"mbox\":\"mailto:"
            + mbox
            + "\"},\"verb\":{\"id\":\""
            + VOIDED
            + "\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\""
            + voiding
            + "\"}}");
    assertThat(lrs.get("xapi/statements?statementId=" + voiding).statusCode()).isEqualTo(200);
  }

  @Test
  void everyFilterParameter() {
    Http lrs = lrs();
    String kari = uniqueMbox();
    String ola = uniqueMbox();
    String registration = UUID.randomUUID().toString();
    String a = UUID.randomUUID().toString();
    String b = UUID.randomUUID().toString();
    String c = UUID.randomUUID().toString();
    lrs.post("xapi/statements", statement(a, kari, COMPLETED, "http://example.no/module/1"));
    lrs.post(
        "xapi/statements",
        "{\"id\":\""
            + b
            + "\",\"actor\":{\"mbox\":\"mailto:"
            + ola
            + "\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attended\"},"
            + "\"object\":{\"id\":\"http://example.no/session/1\"},\"context\":{\"registration\":\""
            + registration
            + "\",\"instructor\":{\"mbox\":\"mailto:"
            + kari
            + "\"},"
            + "\"contextActivities\":{\"parent\":{\"id\":\"http://example.no/module/1\"}}}}");
    lrs.post(
        "xapi/statements",
        statement(c, kari, "http://adlnet.gov/expapi/verbs/passed", "http://example.no/module/2"));

    String kariJson = q("{\"mbox\":\"mailto:" + kari + "\"}");
    assertThat(ids(lrs.get("xapi/statements?agent=" + kariJson))).containsExactly(c, a);
    assertThat(ids(lrs.get("xapi/statements?agent=" + kariJson + "&related_agents=true")))
        .containsExactly(c, b, a);
    assertThat(ids(lrs.get("xapi/statements?agent=" + kariJson + "&verb=" + q(COMPLETED))))
        .containsExactly(a);
    assertThat(ids(lrs.get("xapi/statements?activity=" + q("http://example.no/module/1"))))
        .containsExactly(a);
    assertThat(
            ids(
                lrs.get(
                    "xapi/statements?activity="
                        + q("http://example.no/module/1")
                        + "&related_activities=true")))
        .containsExactly(b, a);
    assertThat(ids(lrs.get("xapi/statements?registration=" + registration))).containsExactly(b);
    assertThat(ids(lrs.get("xapi/statements?agent=" + kariJson + "&ascending=true")))
        .containsExactly(a, c);
    assertThat(ids(lrs.get("xapi/statements?agent=" + kariJson + "&limit=1"))).containsExactly(c);

    JsonObject first = Http.json(lrs.get("xapi/statements?statementId=" + a)).asJsonObject();
    String stored = first.getString("stored");
    assertThat(ids(lrs.get("xapi/statements?agent=" + kariJson + "&until=" + q(stored))))
        .contains(a);
    assertThat(ids(lrs.get("xapi/statements?agent=" + kariJson + "&since=" + q(stored))))
        .doesNotContain(a);

    JsonObject idsFormat =
        statements(
                lrs.get(
                    "xapi/statements?agent=" + kariJson + "&verb=" + q(COMPLETED) + "&format=ids"))
            .getJsonObject(0);
    assertThat(idsFormat.getJsonObject("verb").keySet()).containsExactly("id");
    assertThat(idsFormat.getJsonObject("object").keySet()).containsExactly("id");

    assertThat(lrs.get("xapi/statements?statementId=" + a + "&verb=" + q(COMPLETED)).statusCode())
        .isEqualTo(400);
    assertThat(lrs.get("xapi/statements?unknown=1").statusCode()).isEqualTo(400);
    assertThat(lrs.get("xapi/statements?agent=notjson").statusCode()).isEqualTo(400);
    assertThat(lrs.get("xapi/statements?since=yesterday").statusCode()).isEqualTo(400);
  }

  @Test
  void morePagesStayStableWhileStatementsArrive() throws Exception {
    Http lrs = lrs();
    String verb = "http://example.no/verbs/" + UUID.randomUUID();
    List<String> posted = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String id = UUID.randomUUID().toString();
      posted.add(0, id);
      lrs.post("xapi/statements", statement(id, uniqueMbox(), verb, "http://example.no/a"));
    }
    HttpResponse<String> page = lrs.get("xapi/statements?verb=" + q(verb) + "&limit=3");
    List<String> seen = new ArrayList<>(ids(page));
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<?>> writes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      writes.add(
          writers.submit(
              () ->
                  lrs.post(
                      "xapi/statements",
                      statement(null, uniqueMbox(), verb, "http://example.no/a"))));
    }
    String more = Http.json(page).asJsonObject().getString("more");
    while (!more.isEmpty()) {
      assertThat(more).startsWith(base.getPath() + "xapi/statements?more=");
      page = lrs.get(more.substring(base.getPath().length()));
      seen.addAll(ids(page));
      more = Http.json(page).asJsonObject().getString("more");
    }
    for (Future<?> write : writes) {
      write.get();
    }
    writers.shutdown();
    assertThat(seen).containsExactlyElementsOf(posted);
  }

  @Test
  void attachmentsTravelAsMultipartMixed() throws Exception {
    Http lrs = lrs();
    byte[] text = "Kursbevis for Velferdsteknologiens ABC".getBytes(StandardCharsets.UTF_8);
    String sha2 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
    String id = UUID.randomUUID().toString();
    String json =
        "{\"id\":\""
            + id
            + "\",\"actor\":{\"mbox\":\"mailto:"
            + uniqueMbox()
            + "\"},\"verb\":{\"id\":\""
            + COMPLETED
            + "\"},\"object\":{\"id\":\"http://example.no/a\"},\"attachments\":[{\"usageType\":\"http://example.no/certificate\","
            + "\"display\":{\"nb\":\"Kursbevis\"},\"contentType\":\"text/plain\",\"length\":"
            + text.length
            + ",\"sha2\":\""
            + sha2
            + "\"}]}";
    HttpResponse<String> missing = lrs.post("xapi/statements", json);
    assertThat(missing.statusCode()).isEqualTo(400);

    HttpResponse<String> wrongHash =
        lrs.send(
            "POST",
            "xapi/statements",
            "multipart/mixed; boundary=zz",
            AbcStatements.multipart(json, "zz", sha2, "tampered".getBytes(StandardCharsets.UTF_8)));
    assertThat(wrongHash.statusCode()).isEqualTo(400);

    HttpResponse<String> ok =
        lrs.send(
            "POST",
            "xapi/statements",
            "multipart/mixed; boundary=zz",
            AbcStatements.multipart(json, "zz", sha2, text));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);

    HttpResponse<String> withAttachments =
        lrs.get("xapi/statements?statementId=" + id + "&attachments=true");
    assertThat(withAttachments.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("multipart/mixed"));
    assertThat(withAttachments.body())
        .contains("Kursbevis for Velferdsteknologiens ABC")
        .contains("X-Experience-API-Hash: " + sha2);
    assertThat(lrs.get("xapi/statements?statementId=" + id).headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
  }

  @Test
  void signedStatementsAreVerified() throws Exception {
    Http lrs = lrs();
    String body =
        statement(UUID.randomUUID().toString(), uniqueMbox(), COMPLETED, "http://example.no/a");
    byte[] key = Files.readAllBytes(Path.of("src/test/resources/xapi/signature/key.pk8"));
    byte[] cert = Files.readAllBytes(Path.of("src/test/resources/xapi/signature/cert.der"));
    PrivateKey privateKey =
        KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(key));
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    String header =
        url.encodeToString(
            ("{\"alg\":\"RS256\",\"x5c\":[\"" + Base64.getEncoder().encodeToString(cert) + "\"]}")
                .getBytes(StandardCharsets.UTF_8));
    String payload = url.encodeToString(body.getBytes(StandardCharsets.UTF_8));
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(privateKey);
    rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
    byte[] jws =
        (header + "." + payload + "." + url.encodeToString(rsa.sign()))
            .getBytes(StandardCharsets.US_ASCII);
    String sha2 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jws));
    JsonObject signed =
        Json.createObjectBuilder(Json.createReader(new StringReader(body)).readObject())
            .add(
                "attachments",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("usageType", "http://adlnet.gov/expapi/attachments/signature")
                            .add("display", Json.createObjectBuilder().add("en", "Signature"))
                            .add("contentType", "application/octet-stream")
                            .add("length", jws.length)
                            .add("sha2", sha2)))
            .build();
    HttpResponse<String> accepted =
        lrs.send(
            "POST",
            "xapi/statements",
            "multipart/mixed; boundary=sig",
            AbcStatements.multipart(signed.toString(), "sig", sha2, jws));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

    byte[] bad =
        (header + "." + payload + "." + url.encodeToString(new byte[256]))
            .getBytes(StandardCharsets.US_ASCII);
    String badSha2 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bad));
    JsonObject badSigned =
        Json.createObjectBuilder(signed)
            .add("id", UUID.randomUUID().toString())
            .add(
                "attachments",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder(
                                signed.getJsonArray("attachments").getJsonObject(0))
                            .add("sha2", badSha2)
                            .add("length", bad.length)))
            .build();
    HttpResponse<String> rejected =
        lrs.send(
            "POST",
            "xapi/statements",
            "multipart/mixed; boundary=sig",
            AbcStatements.multipart(badSigned.toString(), "sig", badSha2, bad));
    assertThat(rejected.statusCode()).isEqualTo(400);
    assertThat(rejected.body()).contains("signature");
  }

  @Test
  void alternateRequestSyntaxIn103OnlyAndRejectedIn20() {
    Http api = Http.at(base);
    LrsCredentials client = Tenants.newLrsClient(api, Tenants.newMunicipality(api), "all");
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (client.key() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
    String id = UUID.randomUUID().toString();
    String form =
        "statementId="
            + id
            + "&Authorization="
            + q(auth)
            + "&X-Experience-API-Version=1.0.3&Content-Type=application%2Fjson&content="
            + q(statement(null, uniqueMbox(), COMPLETED, "http://example.no/a"));
    HttpResponse<String> put =
        api.send(
            "POST",
            "xapi/statements?method=PUT",
            "application/x-www-form-urlencoded",
            form.getBytes(StandardCharsets.UTF_8));
    assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
    assertThat(
            api.xapi(client.key(), client.secret())
                .get("xapi/statements?statementId=" + id)
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> v2 =
        api.xapi(client.key(), client.secret())
            .send(
                "POST",
                "xapi/statements?method=GET",
                "application/x-www-form-urlencoded",
                "limit=1".getBytes(StandardCharsets.UTF_8));
    assertThat(v2.statusCode()).isEqualTo(400);
    HttpResponse<String> extra =
        api.send(
            "POST",
            "xapi/statements?method=PUT&statementId=" + id,
            "application/x-www-form-urlencoded",
            form.getBytes(StandardCharsets.UTF_8));
    assertThat(extra.statusCode()).isEqualTo(400);
  }

  @Test
  void municipalitiesNeverSeeOrOverwriteEachOther() {
    Http oslo = lrs();
    Http bergen = lrs();
    String id = UUID.randomUUID().toString();
    String mbox = uniqueMbox();
    assertThat(
            oslo.post("xapi/statements", statement(id, mbox, COMPLETED, "http://example.no/oslo"))
                .statusCode())
        .isEqualTo(200);
    assertThat(bergen.get("xapi/statements?statementId=" + id).statusCode()).isEqualTo(404);
    assertThat(ids(bergen.get("xapi/statements?agent=" + q("{\"mbox\":\"mailto:" + mbox + "\"}"))))
        .isEmpty();
    // The same id is free in another municipality and stores there without conflict.
    assertThat(
            bergen
                .post("xapi/statements", statement(id, mbox, COMPLETED, "http://example.no/bergen"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            Http.json(oslo.get("xapi/statements?statementId=" + id))
                .asJsonObject()
                .getJsonObject("object")
                .getString("id"))
        .isEqualTo("http://example.no/oslo");
    // Voiding from another municipality does not reach across.
    bergen.post(
        "xapi/statements",
        "{\"actor\":{\"mbox\":\"mailto:"
            + mbox
            + "\"},\"verb\":{\"id\":\""
            + VOIDED
            + "\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\""
            + id
            + "\"}}");
    assertThat(oslo.get("xapi/statements?statementId=" + id).statusCode()).isEqualTo(200);
  }

  @Test
  void readMineSeesOnlyItsOwnStatementsAndWriteOnlyCannotRead() {
    Http api = Http.at(base);
    String municipality = Tenants.newMunicipality(api);
    LrsCredentials writer =
        Tenants.newLrsClient(api, municipality, "statements/write", "statements/read/mine");
    LrsCredentials other = Tenants.newLrsClient(api, municipality, "statements/write");
    Http mine = api.xapi(writer.key(), writer.secret());
    Http theirs = api.xapi(other.key(), other.secret());
    String own = UUID.randomUUID().toString();
    String foreign = UUID.randomUUID().toString();
    mine.post("xapi/statements", statement(own, uniqueMbox(), COMPLETED, "http://example.no/a"));
    theirs.post(
        "xapi/statements", statement(foreign, uniqueMbox(), COMPLETED, "http://example.no/a"));
    assertThat(ids(mine.get("xapi/statements"))).containsExactly(own);
    assertThat(mine.get("xapi/statements?statementId=" + foreign).statusCode()).isEqualTo(404);
    assertThat(theirs.get("xapi/statements").statusCode()).isEqualTo(403);
  }

  @Test
  void versionHeaderChoosesBehaviour() {
    Http api = Http.at(base);
    LrsCredentials client = Tenants.newLrsClient(api, Tenants.newMunicipality(api), "all");
    Http v1 = api.basic(client.key(), client.secret()).header("X-Experience-API-Version", "1.0.3");
    String id = UUID.randomUUID().toString();
    assertThat(
            v1.post(
                    "xapi/statements",
                    statement(id, uniqueMbox(), COMPLETED, "http://example.no/a"))
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> got = v1.get("xapi/statements?statementId=" + id);
    assertThat(got.headers().firstValue("X-Experience-API-Version")).hasValue("1.0.3");
    assertThat(Http.json(got).asJsonObject().getString("version")).isEqualTo("1.0.0");
    assertThat(api.basic(client.key(), client.secret()).get("xapi/statements").statusCode())
        .isEqualTo(400);
  }

  /** ADL's own Java client (jxapi, xAPI 1.0.3) against the LRS: post, batch, get, query, void. */
  @Test
  void adlsOwnJavaClientPostsBatchesQueriesAndVoids() throws Exception {
    Http api = Http.at(base);
    LrsCredentials credentials = Tenants.newLrsClient(api, Tenants.newMunicipality(api), "all");
    String endpoint = new URL(base, "xapi/").toString();
    StatementClient client = new StatementClient(endpoint, credentials.key(), credentials.secret());

    String mbox = "mailto:" + UUID.randomUUID() + "@example.no";
    Agent kari = new Agent("Kari Nordmann", mbox);
    Verb completed = new Verb("http://adlnet.gov/expapi/verbs/completed");
    String module = "http://example.no/abc/" + UUID.randomUUID();

    String single = client.postStatement(new Statement(kari, completed, new Activity(module)));
    assertThat(single).hasSize(36);

    ArrayList<Statement> batch = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      batch.add(new Statement(kari, completed, new Activity(module + "/" + i)));
    }
    List<String> ids = client.postStatements(batch);
    assertThat(ids).hasSize(3);

    Statement fetched = client.getStatement(single);
    assertThat(fetched.getId()).isEqualTo(single);
    assertThat(fetched.getStored()).isNotBlank();

    StatementResult byAgent =
        new StatementClient(endpoint, credentials.key(), credentials.secret())
            .filterByActor(kari)
            .filterByVerb(completed)
            .limitResults(10)
            .getStatements();
    assertThat(byAgent.getStatements()).extracting(Statement::getId).contains(single).hasSize(4);

    Statement voiding =
        new Statement(
            kari,
            new Verb("http://adlnet.gov/expapi/verbs/voided"),
            new StatementReference(single));
    client.postStatement(voiding);
    assertThat(client.getVoided(single).getId()).isEqualTo(single);
    StatementResult afterVoiding =
        new StatementClient(endpoint, credentials.key(), credentials.secret())
            .filterByActivity(module)
            .getStatements();
    assertThat(afterVoiding.getStatements()).extracting(Statement::getId).doesNotContain(single);
  }
}
