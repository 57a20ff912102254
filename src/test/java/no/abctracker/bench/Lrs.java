package no.abctracker.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The LRS over HTTP/1.1 with one LRS client's key and secret; blocking calls, one per thread. */
final class Lrs implements AutoCloseable {

  record Answer(int status, String body, long nanos) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final String base;
  private final String authorization;
  private final String version;
  private final ExecutorService httpThreads = Executors.newFixedThreadPool(2);
  private final HttpClient http;

  Lrs(String base, String key, String secret, String version) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    this.version = version;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(httpThreads)
            .build();
  }

  Answer about() {
    return send(HttpRequest.newBuilder(URI.create(base + "/about")).GET());
  }

  /** POST one statement (as an object) or a batch (as an array). */
  Answer post(List<StatementGenerator.Generated> statements) {
    String body;
    if (statements.size() == 1) {
      body = statements.get(0).json();
    } else {
      StringBuilder array = new StringBuilder(statements.size() * 1000).append('[');
      for (int i = 0; i < statements.size(); i++) {
        array.append(i == 0 ? "" : ",").append(statements.get(i).json());
      }
      body = array.append(']').toString();
    }
    return send(
        HttpRequest.newBuilder(URI.create(base + "/statements"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Answer statementsOf(String mbox, String verb, int limit) {
    String agent = "{\"mbox\":\"" + mbox + "\"}";
    return send(
        HttpRequest.newBuilder(
                URI.create(
                    base
                        + "/statements?agent="
                        + URLEncoder.encode(agent, StandardCharsets.UTF_8)
                        + "&verb="
                        + URLEncoder.encode(verb, StandardCharsets.UTF_8)
                        + "&limit="
                        + limit))
            .GET());
  }

  private Answer send(HttpRequest.Builder request) {
    HttpRequest built =
        request
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization)
            .header("X-Experience-API-Version", version)
            .build();
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
    } catch (IOException e) {
      return new Answer(-1, e.toString(), System.nanoTime() - start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-2, "interrupted", System.nanoTime() - start);
    }
  }

  @Override
  public void close() {
    httpThreads.shutdownNow();
  }
}
