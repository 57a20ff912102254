package no.abctracker.privacy.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import no.abctracker.access.control.RecordViews;
import no.abctracker.access.control.UserAccounts;
import no.abctracker.certificates.control.Certificates;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.privacy.control.ErasureRecords.Reason;
import no.abctracker.problems.Conflict;
import no.abctracker.progress.control.ActorKeys;
import no.abctracker.progress.control.Progress;
import no.abctracker.progress.entity.ActorKey;
import no.abctracker.training.cohorts.control.Attendances;
import no.abctracker.training.cohorts.control.Enrolments;
import no.abctracker.training.organisation.control.ActorIdentities;
import no.abctracker.training.organisation.control.LmsIdentities;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Visibility;
import no.abctracker.training.organisation.entity.IdentityKind;
import no.abctracker.training.organisation.entity.IdentityLink;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.training.organisation.entity.PersonIdentity;
import no.abctracker.training.superusers.control.Appointments;
import no.abctracker.xapi.documents.control.DocumentTable;
import no.abctracker.xapi.statements.control.StatementErasure;

/**
 * Erases a person (GDPR art. 17): every component erases what it owns of them, in one transaction,
 * in an order that leaves nothing that refers to what is gone. A preview runs the very same erasure
 * and rolls it back, so its counts are exact, and its token (a hash of the person and the counts)
 * must come back with the confirmation: when anything changed in between, the counts differ and the
 * confirmation is refused (409) with nothing erased.
 *
 * <p>What goes: the statements whose actor or Agent object is one of the person's identities (any
 * letter case of an mbox, its SHA-1, an account of any homePage linked to them), what refers to
 * them, their documents; the projection's evidence, completions, queued work and tallies; manual
 * registrations, certificates, attendances, cohort memberships, super-user appointments; the user
 * accounts with their sign-in links; the access log's rows about them; the LMS links, identities,
 * employments and the person. Where the person only appears in someone else's data (an instructor
 * of a statement, the viewer in another person's access log, the eraser of an erasure), a stand-in
 * named by the erasure id replaces them.
 */
@ApplicationScoped
public class Erasure {

  @Inject Staff staff;
  @Inject LmsIdentities lmsIdentities;
  @Inject UserAccounts userAccounts;
  @Inject RecordViews recordViews;
  @Inject Attendances attendances;
  @Inject Enrolments enrolments;
  @Inject Appointments appointments;
  @Inject Certificates certificates;
  @Inject Progress progress;
  @Inject StatementErasure statements;
  @Inject DocumentTable documents;
  @Inject ErasureRecords records;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry transaction;

  /** What an erasure of the person would remove, per kind, and the token that confirms it. */
  public record Preview(String employeeId, Map<String, Integer> counts, String token) {}

  /** A done erasure: its id (the audit's reference), when, and what went. */
  public record Receipt(String erasureId, Instant erasedAt, Map<String, Integer> counts) {}

  /** What erasing {@code employeeId} would remove (404 for a person not in the municipality). */
  @Transactional
  public Preview preview(Municipality municipality, String employeeId) {
    Staff.Member member = staff.get(municipality, employeeId, Visibility.all());
    Map<String, Integer> counts = eraseAll(municipality, member, "preview");
    transaction.setRollbackOnly();
    return new Preview(employeeId, counts, token(municipality, member.person(), counts));
  }

  /**
   * Erases {@code employeeId} when {@code token} is the current preview's (409 when it is not:
   * something changed since the preview); audited as erased by {@code erasedBy}.
   */
  @Transactional
  public Receipt erase(
      Municipality municipality, String employeeId, String token, String erasedBy, Reason reason) {
    return erase(municipality, employeeId, Optional.of(token), erasedBy, reason);
  }

  /**
   * Erases {@code employeeId} without a preview, in a transaction of its own (the retention job's
   * erasure of one person, which commits whatever happens to the next).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Receipt eraseNow(
      Municipality municipality, String employeeId, String erasedBy, Reason reason) {
    return erase(municipality, employeeId, Optional.empty(), erasedBy, reason);
  }

  private Receipt erase(
      Municipality municipality,
      String employeeId,
      Optional<String> token,
      String erasedBy,
      Reason reason) {
    Staff.Member member = staff.get(municipality, employeeId, Visibility.all());
    String erasureId = UUID.randomUUID().toString();
    Map<String, Integer> counts = eraseAll(municipality, member, erasureId);
    if (token.isPresent() && !token(municipality, member.person(), counts).equals(token.get())) {
      throw new Conflict(
          "The preview is out of date: what would be erased has changed since. Preview again and"
              + " confirm the new preview");
    }
    Instant now = clock.instant();
    records.add(
        municipality.id(), new ErasureRecords.Record(erasureId, erasedBy, now, reason, counts));
    return new Receipt(erasureId, now, counts);
  }

  private Map<String, Integer> eraseAll(
      Municipality municipality, Staff.Member member, String erasureId) {
    Person person = member.person();
    String employeeId = person.employeeId();
    Set<ActorKey> keys = keys(municipality, member);
    Predicate<JsonObject> names = agent -> ActorKeys.of(agent).filter(keys::contains).isPresent();
    Set<String> fragments = fragments(keys);
    String standIn = "slettet:" + erasureId;
    Map<String, Integer> counts = new LinkedHashMap<>();
    StatementErasure.Erased erased =
        statements.erase(municipality.id(), names, fragments, erasureId);
    counts.put("statements", erased.deletedSeqs().size());
    counts.put("statementsAnonymised", erased.rewritten());
    counts.put("documents", documents.eraseAgent(municipality.id(), names, fragments));
    counts.putAll(progress.erase(municipality.id(), person.id(), keys, erased.deletedSeqs()));
    counts.put("certificates", certificates.erase(person));
    counts.put("attendances", attendances.erase(person));
    counts.put("cohortMemberships", enrolments.erase(person));
    counts.put("superUserAppointments", appointments.erase(person));
    UserAccounts.Erased accounts = userAccounts.erase(municipality, employeeId);
    counts.put("userAccounts", accounts.accounts());
    counts.put("signInLinks", accounts.signInLinks());
    int[] views = recordViews.erase(municipality.id(), employeeId, accounts.usernames(), standIn);
    counts.put("recordViews", views[0]);
    counts.put("recordViewsAsViewer", views[1]);
    counts.put("erasuresAsEraser", records.replaceEraser(accounts.usernames(), standIn));
    counts.put("identityLinks", lmsIdentities.eraseLinks(municipality, employeeId));
    counts.putAll(staff.erase(person));
    return counts;
  }

  /**
   * The person's actor keys: their identities, the mbox of their e-mail, its SHA-1 (lower-cased
   * too) and the accounts LMS links name them by.
   */
  private Set<ActorKey> keys(Municipality municipality, Staff.Member member) {
    Set<ActorKey> keys = new LinkedHashSet<>();
    for (PersonIdentity identity : member.identities()) {
      keys.add(new ActorKey(identity.kind(), identity.value()));
      if (identity.kind() == IdentityKind.MBOX) {
        keys.add(
            new ActorKey(IdentityKind.MBOX_SHA1SUM, ActorIdentities.sha1Hex(identity.value())));
      }
    }
    member
        .person()
        .email()
        .ifPresent(
            e -> {
              String mbox = "mailto:" + e.strip().toLowerCase(Locale.ROOT);
              keys.add(new ActorKey(IdentityKind.MBOX, mbox));
              keys.add(new ActorKey(IdentityKind.MBOX_SHA1SUM, ActorIdentities.sha1Hex(mbox)));
              keys.add(
                  new ActorKey(
                      IdentityKind.MBOX_SHA1SUM, ActorIdentities.sha1Hex("mailto:" + e.strip())));
            });
    keys.add(
        new ActorKey(
            IdentityKind.ACCOUNT,
            ActorIdentities.account(municipality.accountHomePage(), member.person().employeeId())));
    for (IdentityLink link : lmsIdentities.links(municipality)) {
      if (link.employeeId().equals(member.person().employeeId())) {
        keys.add(
            new ActorKey(
                IdentityKind.ACCOUNT,
                ActorIdentities.account(link.homePage(), link.accountName())));
      }
    }
    return keys;
  }

  /** Lower-cased texts one of which every payload naming a key contains. */
  private static Set<String> fragments(Set<ActorKey> keys) {
    Set<String> fragments = new LinkedHashSet<>();
    for (ActorKey key : keys) {
      String value = key.value();
      fragments.add(
          switch (key.kind()) {
            case MBOX -> value.substring(value.indexOf(':') + 1);
            case MBOX_SHA1SUM -> value;
            case ACCOUNT -> value.substring(value.indexOf(' ') + 1);
          });
    }
    fragments.removeIf(String::isBlank);
    return fragments;
  }

  private static String token(Municipality municipality, Person person, Map<String, Integer> c) {
    // The access log's rows about the person are left out: the preview's own read is logged.
    Map<String, Integer> counted = new java.util.TreeMap<>(c);
    counted.remove("recordViews");
    return ActorIdentities.sha1Hex(municipality.id() + "|" + person.id() + "|" + counted);
  }
}
