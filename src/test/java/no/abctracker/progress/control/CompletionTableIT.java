package no.abctracker.progress.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import no.abctracker.progress.entity.Basis;
import no.abctracker.progress.entity.Completions;
import no.abctracker.progress.entity.CourseCompletion;
import no.abctracker.progress.entity.ModuleCompletion;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two projector transactions writing one person's completions at once, as two nodes did when the
 * projector's lock did not hold: the one that read before the other committed must not write over
 * it (and so can never move a completion later than evidence the other applied); applying what is
 * already there is not a conflict. Real MariaDB (the IT database, migrated here), no server.
 */
class CompletionTableIT {

  static final Instant EARLY = Instant.parse("2024-02-20T10:00:00Z");
  static final Instant LATE = Instant.parse("2024-03-10T10:00:00Z");

  long municipality;
  long person;

  @BeforeAll
  static void schema() {
    Flyway.configure()
        .dataSource(System.getProperty("abc.it.db.url"), "root", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  @BeforeEach
  void onePerson() {
    municipality = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    person = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
  }

  @Test
  void aWriterThatReadBeforeAnotherCommittedDoesNotWriteOverIt() throws Exception {
    try (Connection first = transaction();
        Connection stale = transaction()) {
      // The stale writer reads first: no completions yet.
      Map<Long, Completions> staleRead = CompletionTable.ofPersons(stale, municipality, persons());
      // The other applies the earliest evidence and commits.
      Map<Long, Completions> read = CompletionTable.ofPersons(first, municipality, persons());
      CompletionTable.write(first, municipality, read, Map.of(person, moduleA(EARLY, "early")));
      first.commit();
      // The stale one never saw that evidence: it would complete the module later.
      Throwable conflict =
          commitUnlessItFails(stale, staleRead, Map.of(person, moduleA(LATE, "late")));

      assertThat(storedModuleA()).isEqualTo(new ModuleCompletion("ABC", "A", EARLY, "early"));
      assertThat(conflict).isInstanceOf(ConcurrentProjection.class);
    }
  }

  @Test
  void aWriterThatReadBeforeAnotherCommittedDoesNotDeleteWhatItDidNotSee() throws Exception {
    try (Connection setup = transaction()) {
      CompletionTable.write(
          setup, municipality, Map.of(), Map.of(person, withCourse(moduleA(LATE, "late"))));
      setup.commit();
    }
    try (Connection first = transaction();
        Connection stale = transaction()) {
      Map<Long, Completions> staleRead = CompletionTable.ofPersons(stale, municipality, persons());
      Map<Long, Completions> read = CompletionTable.ofPersons(first, municipality, persons());
      CompletionTable.write(
          first, municipality, read, Map.of(person, withCourse(moduleA(EARLY, "early"))));
      first.commit();
      // The stale one saw the late statement voided and would withdraw everything.
      Throwable conflict = commitUnlessItFails(stale, staleRead, Map.of(person, none()));

      assertThat(storedModuleA()).isEqualTo(new ModuleCompletion("ABC", "A", EARLY, "early"));
      assertThat(conflict).isInstanceOf(ConcurrentProjection.class);
    }
  }

  @Test
  void writingWhatIsAlreadyThereIsNoConflictAndAFreshWriterMayMoveACompletionLater()
      throws Exception {
    try (Connection first = transaction();
        Connection second = transaction()) {
      Map<Long, Completions> secondRead =
          CompletionTable.ofPersons(second, municipality, persons());
      Map<Long, Completions> read = CompletionTable.ofPersons(first, municipality, persons());
      CompletionTable.write(first, municipality, read, Map.of(person, moduleA(EARLY, "early")));
      first.commit();
      // Two runs that applied the same queue row agree: the second write changes nothing.
      CompletionTable.write(
          second, municipality, secondRead, Map.of(person, moduleA(EARLY, "early")));
      second.commit();
    }
    assertThat(storedModuleA()).isEqualTo(new ModuleCompletion("ABC", "A", EARLY, "early"));

    try (Connection voiding = transaction()) {
      // A run that read the current rows may move it later (the early statement was voided).
      Map<Long, Completions> read = CompletionTable.ofPersons(voiding, municipality, persons());
      CompletionTable.write(voiding, municipality, read, Map.of(person, moduleA(LATE, "late")));
      voiding.commit();
    }
    assertThat(storedModuleA()).isEqualTo(new ModuleCompletion("ABC", "A", LATE, "late"));
  }

  /** Writes as a projector run does: commits, or rolls back when the write fails; answers why. */
  Throwable commitUnlessItFails(
      Connection db, Map<Long, Completions> read, Map<Long, Completions> wanted)
      throws SQLException {
    Throwable failure = catchThrowable(() -> CompletionTable.write(db, municipality, read, wanted));
    if (failure == null) {
      db.commit();
    } else {
      db.rollback();
    }
    return failure;
  }

  Set<Long> persons() {
    return Set.of(person);
  }

  static Completions moduleA(Instant at, String statement) {
    return new Completions(List.of(new ModuleCompletion("ABC", "A", at, statement)), List.of());
  }

  static Completions withCourse(Completions modules) {
    ModuleCompletion a = modules.modules().get(0);
    return new Completions(
        modules.modules(),
        List.of(
            new CourseCompletion("ABC", a.completedAt(), Basis.REGISTERED, null, a.statementId())));
  }

  static Completions none() {
    return Completions.NONE;
  }

  ModuleCompletion storedModuleA() throws SQLException {
    try (Connection read = DriverManager.getConnection(url(), "root", "")) {
      return CompletionTable.ofPersons(read, municipality, persons())
          .getOrDefault(person, Completions.NONE)
          .module("ABC", "A")
          .orElse(null);
    }
  }

  static Connection transaction() throws SQLException {
    Connection db = DriverManager.getConnection(url(), "root", "");
    db.setAutoCommit(false);
    return db;
  }

  static String url() {
    return System.getProperty("abc.it.db.url");
  }
}
