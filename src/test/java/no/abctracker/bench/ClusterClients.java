package no.abctracker.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * LMS clients posting through the balancer, each on its own thread, until told to stop: batches and
 * single statements of the catalogue's ABC modules (half of them completing), and with {@link
 * Mix#CHAOS} also voiding statements for statements acknowledged earlier and "races": a batch and
 * the voiding statement of one of its statements posted at the same moment (the balancer sends them
 * to different nodes). A request that fails without an answer from the LRS (a node killed, 502) is
 * sent again, with the same statement ids, until it is acknowledged; a 4xx is recorded as a
 * refusal. Everything acknowledged goes into the {@link Ledger}.
 */
final class ClusterClients {

  static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
  static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);

  enum Mix {
    /** Batches only: for throughput. */
    BATCHES,
    /** Batches, singles, voiding and races. */
    CHAOS
  }

  private final String xapi;
  private final String key;
  private final String secret;
  private final int staff;
  private final int batch;
  private final Ledger ledger;
  private final AtomicBoolean stop = new AtomicBoolean();
  private ExecutorService threads;
  private final List<Future<?>> running = new ArrayList<>();

  ClusterClients(String xapi, String key, String secret, int staff, int batch, Ledger ledger) {
    this.xapi = xapi;
    this.key = key;
    this.secret = secret;
    this.staff = staff;
    this.batch = batch;
    this.ledger = ledger;
  }

  /** Starts {@code clients} clients with seeds from {@code seed}. */
  void start(int clients, Mix mix, long seed) {
    stop.set(false);
    threads = Executors.newFixedThreadPool(clients * 2);
    running.clear();
    for (int c = 0; c < clients; c++) {
      long clientSeed = seed * 1_000_003L + c;
      running.add(threads.submit(() -> run(mix, clientSeed)));
    }
  }

  /** Stops the clients after their current request and waits for them. */
  void stop() throws InterruptedException {
    stop.set(true);
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("A client failed", e.getCause());
      }
    }
    threads.shutdown();
    threads.awaitTermination(1, TimeUnit.MINUTES);
  }

  private Void run(Mix mix, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StatementGenerator generator = new StatementGenerator(seed, staff, true);
    List<StatementGenerator.Generated> mine = new ArrayList<>();
    try (Lrs lrs = new Lrs(xapi, key, secret, "1.0.3");
        Lrs raceLrs = new Lrs(xapi, key, secret, "1.0.3")) {
      while (!stop.get()) {
        int dice = mix == Mix.BATCHES ? 0 : random.nextInt(100);
        if (dice < 55) {
          List<StatementGenerator.Generated> statements = fresh(generator, batch);
          if (post(lrs, statements, "batch")) {
            acknowledged(statements, mine);
          }
        } else if (dice < 75) {
          List<StatementGenerator.Generated> one = fresh(generator, 1);
          if (post(lrs, one, "single")) {
            acknowledged(one, mine);
          }
        } else if (dice < 90 && !mine.isEmpty()) {
          StatementGenerator.Generated target = mine.remove(random.nextInt(mine.size()));
          StatementGenerator.Generated voiding = voiding(generator, target);
          if (post(lrs, List.of(voiding), "void")) {
            ledger.voided(voiding.id(), target.id());
          }
        } else {
          race(generator, lrs, raceLrs, mine);
        }
      }
    }
    return null;
  }

  /** A batch with a completing statement, and that statement's voiding statement, at once. */
  private void race(
      StatementGenerator generator, Lrs lrs, Lrs raceLrs, List<StatementGenerator.Generated> mine) {
    List<StatementGenerator.Generated> statements = fresh(generator, Math.max(2, batch / 5));
    StatementGenerator.Generated target =
        statements.stream()
            .filter(s -> s.verb().endsWith("/completed") || s.verb().endsWith("/passed"))
            .findFirst()
            .orElse(statements.get(0));
    StatementGenerator.Generated voiding = voiding(generator, target);
    CompletableFuture<Boolean> voided =
        CompletableFuture.supplyAsync(() -> post(raceLrs, List.of(voiding), "race void"), threads);
    boolean stored = post(lrs, statements, "race batch");
    if (stored) {
      acknowledged(statements, null);
      statements.stream().filter(s -> s != target).forEach(mine::add);
    }
    if (voided.join() && stored) {
      ledger.voided(voiding.id(), target.id());
    }
    ledger.count("races", 1);
  }

  private static List<StatementGenerator.Generated> fresh(StatementGenerator generator, int n) {
    List<StatementGenerator.Generated> statements = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      statements.add(generator.next());
    }
    return statements;
  }

  private void acknowledged(
      List<StatementGenerator.Generated> statements, List<StatementGenerator.Generated> mine) {
    for (StatementGenerator.Generated s : statements) {
      ledger.acknowledged(
          new Ledger.Sent(
              s.id(), staffOf(s.mbox()), s.verb(), moduleOf(s.activity()), s.timestamp()));
      if (mine != null) {
        mine.add(s);
      }
    }
  }

  static int staffOf(String mbox) {
    int at = mbox.indexOf("ansatt.") + "ansatt.".length();
    return Integer.parseInt(mbox.substring(at, at + 5));
  }

  static int moduleOf(String activity) {
    return StatementGenerator.CATALOGUE_MODULES.indexOf(
        activity.substring(activity.lastIndexOf('/') + 1));
  }

  private static StatementGenerator.Generated voiding(
      StatementGenerator generator, StatementGenerator.Generated target) {
    UUID id = generator.uuid();
    String json =
        "{\"id\":\""
            + id
            + "\",\"actor\":{\"objectType\":\"Agent\",\"name\":\"LMS\","
            + "\"mbox\":\"mailto:lms@kommune9999.no\"},"
            + "\"verb\":{\"id\":\""
            + VOIDED
            + "\",\"display\":{\"en-US\":\"voided\"}},"
            + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\""
            + target.id()
            + "\"}}";
    return new StatementGenerator.Generated(
        id, "mailto:lms@kommune9999.no", VOIDED, target.id().toString(), null, Instant.now(), json);
  }

  /**
   * Posts until acknowledged (true), refused with 4xx (false, recorded) or {@link #GIVE_UP_AFTER}
   * has passed (false, recorded): a node killed mid-request leaves no answer or a 502/503 from the
   * balancer, and the same statements (same ids) are sent again.
   */
  private boolean post(Lrs lrs, List<StatementGenerator.Generated> statements, String what) {
    long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
    for (int attempt = 1; ; attempt++) {
      Lrs.Answer answer = lrs.post(statements);
      if (answer.ok()) {
        ledger.count("requests", 1);
        ledger.count("statements", statements.size());
        if (attempt > 1) {
          ledger.count("requests sent again", 1);
        }
        return true;
      }
      ledger.count("answers " + answer.status(), 1);
      if (answer.status() >= 400 && answer.status() < 500) {
        ledger.refused(
            what
                + " "
                + statements.get(0).id()
                + ": "
                + answer.status()
                + " "
                + answer.body().substring(0, Math.min(300, answer.body().length())));
        return false;
      }
      if (System.nanoTime() > deadline) {
        ledger.refused(what + " " + statements.get(0).id() + ": no answer for " + GIVE_UP_AFTER);
        return false;
      }
      try {
        Thread.sleep(Math.min(1000, 100L * attempt));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
