package no.abctracker.access.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.abctracker.configuration.Settings;

/**
 * The reverse proxies and load balancers ({@code ABC_TRUSTED_PROXIES}, a comma-separated list of
 * addresses and CIDR blocks; default none) whose {@code X-Forwarded-*} headers are believed. From
 * anyone else those headers are ignored: a client could otherwise pick its own address and dodge
 * the sign-in throttle.
 */
@ApplicationScoped
public class TrustedProxies {

  @Inject Settings settings;

  private List<Block> blocks = List.of();

  @PostConstruct
  void load() {
    blocks = parse(settings.trustedProxies().orElse(""));
  }

  /** The same proxies as {@code blocks} (for tests without the settings). */
  TrustedProxies withBlocks(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
    return this;
  }

  /** Whether {@code address} (an IP literal) is one of the trusted proxies. */
  public boolean trusts(String address) {
    Optional<byte[]> bytes = literal(address);
    return bytes.isPresent() && blocks.stream().anyMatch(b -> b.contains(bytes.get()));
  }

  /**
   * The client behind {@code peer}: when the peer is a trusted proxy, the last address of {@code
   * X-Forwarded-For} that is not itself a trusted proxy (each proxy appends the address it got the
   * request from); otherwise the peer.
   */
  public String client(String peer, String forwardedFor) {
    if (forwardedFor == null || !trusts(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (literal(hop).isEmpty()) {
        return peer;
      }
      if (!trusts(hop) || i == 0) {
        return hop;
      }
    }
    return peer;
  }

  /** The blocks of a setting; an empty setting trusts nobody. */
  public static List<Block> parse(String setting) {
    List<Block> parsed = new ArrayList<>();
    for (String entry : setting.split(",")) {
      String item = entry.strip();
      if (item.isEmpty()) {
        continue;
      }
      String[] parts = item.split("/", 2);
      byte[] network =
          literal(parts[0])
              .orElseThrow(
                  () -> new IllegalArgumentException("'" + item + "' is not an IP address"));
      int bits = network.length * 8;
      if (parts.length == 2) {
        if (!parts[1].matches("\\d{1,3}") || Integer.parseInt(parts[1]) > network.length * 8) {
          throw new IllegalArgumentException("'" + item + "' has no valid prefix length");
        }
        bits = Integer.parseInt(parts[1]);
      }
      parsed.add(new Block(network, bits));
    }
    return List.copyOf(parsed);
  }

  /** An IPv4 or IPv6 literal as bytes, never a name looked up in DNS. */
  static Optional<byte[]> literal(String address) {
    if (address == null
        || !(address.matches("\\d{1,3}(\\.\\d{1,3}){3}")
            || address.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*"))) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(address).getAddress());
    } catch (UnknownHostException notAnAddress) {
      return Optional.empty();
    }
  }

  /** An address block: the first {@code bits} bits of {@code network}. */
  public record Block(byte[] network, int bits) {

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < bits; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
