package no.abctracker.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser for the pages: cookies kept, redirects not followed, forms posted by
 * hand with this site as their {@code Origin} (unless told otherwise), from an address of its own.
 */
public final class FormClient {

  private static final Random RANDOM = new Random();

  private final HttpClient client;
  private final URI root;

  /**
   * As {@link Http} does: every IT server trusts every peer as a proxy, and without an address of
   * its own each client of a whole run would count against 127.0.0.1, whose deliberate wrong
   * passwords would then lock the login page for every later test (the per-address throttle).
   */
  private final String address = "10.2." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256);

  public FormClient(URL base) {
    client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String url = base.toString();
    root = URI.create(url.endsWith("/") ? url : url + "/");
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(root.resolve(path)).header("X-Forwarded-For", address).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts {@code form}; {@code origin} null means this site. */
  public HttpResponse<String> post(String path, Map<String, String> form, String origin)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(root.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", address)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    request.header(
        "Origin", origin != null ? origin : root.getScheme() + "://" + root.getAuthority());
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The Faces view state of a page. */
  public static String viewState(String page) {
    Matcher m =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    if (!m.find()) {
      throw new AssertionError("no view state in the page");
    }
    return m.group(1);
  }

  /** The login form's fields, filled in. */
  public static Map<String, String> loginForm(String username, String password, String viewState) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:next", "");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:submit", "Logg inn");
    form.put("jakarta.faces.ViewState", viewState);
    return form;
  }
}
