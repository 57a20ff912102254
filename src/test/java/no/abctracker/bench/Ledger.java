package no.abctracker.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the LRS acknowledged to the benchmark's clients, kept by the clients themselves: every
 * statement answered 2xx (its staff member, verb, module and timestamp) and every target a
 * statement acknowledged as voiding names. It is the truth the stored statements and the projection
 * are compared with; nothing in it is read from the database.
 */
final class Ledger {

  /** One acknowledged statement that is not a voiding statement. */
  record Sent(UUID id, int staff, String verb, int module, Instant timestamp) {}

  private final Map<UUID, Sent> statements = new ConcurrentHashMap<>();
  private final Map<UUID, UUID> voidings = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  private final List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());

  void acknowledged(Sent sent) {
    statements.put(sent.id(), sent);
  }

  /** {@code voiding} (acknowledged) voids {@code target}. */
  void voided(UUID voiding, UUID target) {
    voidings.put(voiding, target);
  }

  /** A request the LRS refused with 4xx: a bug of the LRS or of the benchmark, never expected. */
  void refused(String what) {
    refusals.add(what);
  }

  void count(String what, long n) {
    counts.computeIfAbsent(what, k -> new AtomicLong()).addAndGet(n);
  }

  Map<UUID, Sent> statements() {
    return statements;
  }

  /** Voiding statement id → the target it voids. */
  Map<UUID, UUID> voidings() {
    return voidings;
  }

  Set<UUID> voidedTargets() {
    return Set.copyOf(voidings.values());
  }

  List<String> refusals() {
    synchronized (refusals) {
      return List.copyOf(refusals);
    }
  }

  long count(String what) {
    AtomicLong n = counts.get(what);
    return n == null ? 0 : n.get();
  }

  /** All acknowledged statement ids, voiding statements included. */
  int size() {
    return statements.size() + voidings.size();
  }
}
