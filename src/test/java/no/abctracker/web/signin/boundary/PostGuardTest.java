package no.abctracker.web.signin.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import no.abctracker.access.boundary.ForwardedHeaders;
import org.junit.jupiter.api.Test;

class PostGuardTest {

  /** A POST to the pages with these headers and parameters. */
  static HttpServletRequest post(Map<String, String> headers, Map<String, String> parameters) {
    return post(headers, parameters, of());
  }

  /** The same, with request attributes (what earlier filters found). */
  static HttpServletRequest post(
      Map<String, String> headers, Map<String, String> parameters, Map<String, String> attributes) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            PostGuardTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getMethod" -> "POST";
                  case "getHeader" -> headers.get((String) args[0]);
                  case "getParameter" -> parameters.get((String) args[0]);
                  case "getAttribute" -> attributes.get((String) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  static Map<String, String> of(String... pairs) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  static final Map<String, String> VIEW_STATE = of(PostGuard.VIEW_STATE, "-123:456");

  @Test
  void aFormOfThisSiteWithAViewStatePasses() {
    assertThat(
            PostGuard.refusal(
                post(of("Host", "abc.kommune.no", "Origin", "https://abc.kommune.no"), VIEW_STATE)))
        .isNull();
    assertThat(PostGuard.refusal(post(of("Host", "localhost:8080"), VIEW_STATE)))
        .as("no Origin nor Referer: the view state alone")
        .isNull();
    assertThat(
            PostGuard.refusal(
                post(
                    of("Host", "localhost:8080", "Referer", "http://localhost:8080/app/"),
                    VIEW_STATE)))
        .isNull();
  }

  @Test
  void aPostFromAnotherSiteIsRefused() {
    assertThat(
            PostGuard.refusal(
                post(of("Host", "abc.kommune.no", "Origin", "https://evil.example"), VIEW_STATE)))
        .contains("another site");
    assertThat(
            PostGuard.refusal(
                post(of("Host", "localhost:8080", "Origin", "http://localhost:9090"), VIEW_STATE)))
        .contains("another site");
    assertThat(
            PostGuard.refusal(
                post(
                    of("Host", "abc.kommune.no", "Referer", "https://abc.kommune.no.evil.example/"),
                    VIEW_STATE)))
        .contains("another site");
    assertThat(PostGuard.refusal(post(of("Host", "abc.kommune.no", "Origin", "null"), VIEW_STATE)))
        .contains("opaque");
  }

  @Test
  void aPostWithoutAViewStateIsNotAFormOfThesePages() {
    assertThat(
            PostGuard.refusal(
                post(of("Host", "abc.kommune.no", "Origin", "https://abc.kommune.no"), of())))
        .contains("no view state");
  }

  @Test
  void behindATrustedProxyTheForwardedHostCounts() {
    assertThat(
            PostGuard.refusal(
                post(
                    of(
                        "Host", "10.0.0.5:8080",
                        "X-Forwarded-Host", "abc.kommune.no",
                        "Origin", "https://abc.kommune.no"),
                    VIEW_STATE,
                    of(ForwardedHeaders.FORWARDED_HOST, "abc.kommune.no"))))
        .isNull();
  }

  @Test
  void aForwardedHostFromAnyoneElseIsIgnored() {
    assertThat(
            PostGuard.refusal(
                post(
                    of(
                        "Host", "abc.kommune.no",
                        "X-Forwarded-Host", "evil.example",
                        "Origin", "https://evil.example"),
                    VIEW_STATE)))
        .contains("another site");
  }
}
