package no.abctracker.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP client for black-box tests: a base URL, optional Basic credentials and default
 * headers; every call returns the raw response so tests assert status, headers and body.
 */
public final class Http {

  private static final java.util.Random RANDOM = new java.util.Random();

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;
  private final Map<String, String> headers;

  private Http(URI base, Map<String, String> headers) {
    this.base = base;
    this.headers = headers;
  }

  public static Http at(URL base) {
    String url = base.toString();
    return new Http(URI.create(url.endsWith("/") ? url : url + "/"), new LinkedHashMap<>());
  }

  public Http basic(String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return header("Authorization", "Basic " + token);
  }

  public Http header(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new Http(base, copy);
  }

  /** The API as the system administrator of the IT server. */
  public Http asAdmin() {
    return basic(AppDeployment.ADMIN_USER, AppDeployment.ADMIN_PASSWORD);
  }

  /** The LRS as an xAPI 2.0.0 client. */
  public Http xapi(String key, String secret) {
    return basic(key, secret).header("X-Experience-API-Version", "2.0.0");
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** A download: the body as bytes (CSV, XLSX, PDF). */
  public HttpResponse<byte[]> bytes(String path) {
    try {
      return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> put(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request = request(path);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(
        request.method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public static JsonStructure json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).read();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
            .timeout(Duration.ofSeconds(60));
    headers.forEach(request::header);
    if (!headers.containsKey("X-Forwarded-For")) {
      // Every IT server trusts every peer as a proxy: without an address of its own, each request
      // of a whole run would count against 127.0.0.1, and the run's deliberate wrong secrets would
      // lock that address (the sign-in throttle's per-address rule). Tests of the throttle set one.
      request.header("X-Forwarded-For", "10.1." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256));
    }
    return request;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
