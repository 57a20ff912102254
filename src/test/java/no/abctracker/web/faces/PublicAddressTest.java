package no.abctracker.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.Optional;
import no.abctracker.configuration.Settings;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

  @Test
  void theQrCodesAddressIsTheRequestsWithoutAPublicUrl() throws Exception {
    PublicAddress address = address(Optional.empty());
    assertThat(address.checkInUrl(request("http", "10.0.0.5", 8080), "K7MQ2X"))
        .isEqualTo("http://10.0.0.5:8080/abc/min/checkin.xhtml?code=K7MQ2X");
    assertThat(address.base(request("https", "abc.kommune.no", 443)))
        .isEqualTo("https://abc.kommune.no/abc/");
  }

  @Test
  void aPublicUrlWinsOverTheInternalAddressBehindAProxy() throws Exception {
    PublicAddress address = address(Optional.of("https://abc.kommune.no"));
    assertThat(address.checkInUrl(request("http", "10.0.0.5", 8080), "K7 MQ"))
        .isEqualTo("https://abc.kommune.no/min/checkin.xhtml?code=K7+MQ");
    assertThat(address.verificationPrefix(request("http", "10.0.0.5", 8080)))
        .isEqualTo("https://abc.kommune.no/verify/");
    assertThat(address.signInUrl(request("http", "10.0.0.5", 8080), "abc_DEF-123"))
        .isEqualTo("https://abc.kommune.no/link.xhtml?token=abc_DEF-123");
  }

  private static PublicAddress address(Optional<String> publicUrl) throws Exception {
    Settings settings = new Settings();
    Field field = Settings.class.getDeclaredField("publicUrl");
    field.setAccessible(true);
    field.set(settings, publicUrl);
    PublicAddress address = new PublicAddress();
    address.settings = settings;
    return address;
  }

  private static HttpServletRequest request(String scheme, String host, int port) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            PublicAddressTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getScheme" -> scheme;
                  case "getServerName" -> host;
                  case "getServerPort" -> port;
                  case "getContextPath" -> "/abc";
                  default -> null;
                });
  }
}
