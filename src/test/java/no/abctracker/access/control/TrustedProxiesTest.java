package no.abctracker.access.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  static TrustedProxies trusting(String setting) {
    return new TrustedProxies().withBlocks(TrustedProxies.parse(setting));
  }

  @Test
  void nobodyIsTrustedByDefault() {
    TrustedProxies proxies = trusting("");
    assertThat(proxies.trusts("127.0.0.1")).isFalse();
    assertThat(proxies.client("127.0.0.1", "203.0.113.9")).isEqualTo("127.0.0.1");
  }

  @Test
  void blocksOfBothFamiliesAreMatchedBitByBit() {
    TrustedProxies proxies = trusting("10.0.0.0/8, 192.0.2.10, 2001:db8::/32");
    assertThat(proxies.trusts("10.200.3.4")).isTrue();
    assertThat(proxies.trusts("11.0.0.1")).isFalse();
    assertThat(proxies.trusts("192.0.2.10")).isTrue();
    assertThat(proxies.trusts("192.0.2.11")).isFalse();
    assertThat(proxies.trusts("2001:db8:1::5")).isTrue();
    assertThat(proxies.trusts("2001:db9::5")).isFalse();
    assertThat(proxies.trusts("localhost")).as("names are never looked up").isFalse();
  }

  @Test
  void theClientIsTheLastForwardedAddressThatIsNotAProxy() {
    TrustedProxies proxies = trusting("10.0.0.0/8");
    assertThat(proxies.client("10.0.0.2", "203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(proxies.client("10.0.0.2", "198.51.100.1, 203.0.113.9, 10.0.0.7"))
        .as("a client's own X-Forwarded-For entry is not believed")
        .isEqualTo("203.0.113.9");
    assertThat(proxies.client("198.51.100.1", "203.0.113.9"))
        .as("from an untrusted peer the header is ignored")
        .isEqualTo("198.51.100.1");
    assertThat(proxies.client("10.0.0.2", "garbage")).isEqualTo("10.0.0.2");
  }

  @Test
  void aBadEntryIsRefused() {
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
        .hasMessageContaining("10.0.0.0/33");
    assertThatThrownBy(() -> TrustedProxies.parse("proxy.example.org"))
        .hasMessageContaining("proxy.example.org");
  }
}
