package no.abctracker.web.workspace.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Conflict;
import no.abctracker.progress.boundary.ActivityMappingsDraft;
import no.abctracker.progress.control.ActivityMappings;
import no.abctracker.progress.control.UnmatchedInbox;
import no.abctracker.progress.entity.ActivityMapping;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.organisation.control.LmsIdentities;
import no.abctracker.training.organisation.entity.AccountName;
import no.abctracker.training.organisation.entity.IdentityKind;
import no.abctracker.training.organisation.entity.IdentityLink;
import no.abctracker.training.organisation.entity.IdentityRule;
import no.abctracker.web.faces.AfterChange;
import no.abctracker.web.faces.Formats;
import no.abctracker.web.faces.Texts;
import no.abctracker.web.privacy.boundary.PersonalPage;
import no.abctracker.web.signin.boundary.CurrentUser;
import no.abctracker.xapi.model.validation.Iris;

/**
 * "Koble til LMS": the unmatched inbox with one-click mapping of an activity and linking of an
 * account, the identity rules, the identity links and the activity mappings. The same controls and
 * the same validation as {@code …/unmatched}, {@code …/identity-rules}, {@code …/identity-links}
 * and {@code …/activity-mappings}: a rule, link or mapping is added or removed one at a time (what
 * another coordinator changed meanwhile stays), checked as the REST resources check it, and a
 * failure is said in the page's language, never as the API's English text.
 */
@Named
@ViewScoped
public class LmsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String PAGE = "/app/lms.xhtml";

  /** Rows of the inbox's tables per page. */
  static final int PAGE_SIZE = 25;

  /** Separates course and module in a target option's value (codes never contain it). */
  private static final String TARGET_SEPARATOR = "|";

  @Inject CurrentUser me;
  @Inject UnmatchedInbox inbox;
  @Inject LmsIdentities lmsIdentities;
  @Inject ActivityMappings activityMappings;
  @Inject CourseCatalogue catalogue;
  @Inject Formats fmt;

  /** An unmatched actor; {@code homePage} and {@code accountName} only for an account. */
  public record ActorRow(
      String key,
      String kind,
      String homePage,
      String accountName,
      String shown,
      String lmsName,
      long statements,
      long completing,
      Instant firstStored,
      Instant lastStored,
      String suggestions,
      boolean linkable)
      implements Serializable {}

  /** An unmatched activity. */
  public record ActivityRow(
      String activityId,
      String name,
      long statements,
      long completing,
      long persons,
      Instant firstStored,
      Instant lastStored,
      String suggestions)
      implements Serializable {}

  /** A course, or a module of one, an activity can be mapped to. */
  public record TargetOption(String value, String label) implements Serializable {}

  /** An identity rule; {@code own} for the municipality's own homePage, which cannot be removed. */
  public record RuleRow(String homePage, String accountName, boolean own) implements Serializable {}

  /** An identity link. */
  public record LinkRow(String employeeId, String homePage, String accountName)
      implements Serializable {}

  /**
   * An activity mapping, and how far it is applied to the statements stored before it: {@code
   * applying} while the projector re-reads them ("Brukes på utsagn som er lagret: 40 000 av 100
   * 000"), else that it counts for everything stored.
   */
  public record MappingRow(
      String activityId, String target, String launchUrl, String state, boolean applying)
      implements Serializable {}

  private List<ActorRow> actors = List.of();
  private List<ActivityRow> activities = List.of();
  private List<TargetOption> targetOptions = List.of();
  private List<RuleRow> rules = List.of();
  private List<LinkRow> links = List.of();
  private List<MappingRow> mappings = List.of();

  private int applyingCount;
  private int actorOffset;
  private int activityOffset;
  private boolean moreActors;
  private boolean moreActivities;

  private final Map<String, String> targets = new HashMap<>();
  private final Map<String, String> employeeIds = new HashMap<>();

  private String ruleHomePage;
  private String ruleAccountName = AccountName.USERNAME.name();
  private String linkEmployeeId;
  private String linkHomePage;
  private String linkAccountName;

  /** The inbox's actors and the links are personal data: reading them is logged. */
  @PersonalPage
  public void load() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    Municipality municipality = me.municipality();
    targetOptions = targetOptions();
    loadActors(municipality);
    loadActivities(municipality);
    List<RuleRow> allRules = new ArrayList<>();
    allRules.add(new RuleRow(municipality.accountHomePage(), AccountName.EMPLOYEE_ID.name(), true));
    lmsIdentities
        .rules(municipality)
        .forEach(r -> allRules.add(new RuleRow(r.homePage(), r.accountName().name(), false)));
    rules = allRules;
    links =
        lmsIdentities.links(municipality).stream()
            .map(l -> new LinkRow(l.employeeId(), l.homePage(), l.accountName()))
            .toList();
    Map<String, ActivityMappings.Applying> applying = new HashMap<>();
    activityMappings.applying(municipality).forEach(a -> applying.put(a.activityId(), a));
    mappings =
        activityMappings.all(municipality).stream()
            .map(
                m -> {
                  ActivityMappings.Applying a = applying.get(m.activityId());
                  return new MappingRow(
                      m.activityId(),
                      targetLabel(m.courseCode(), m.moduleCode()),
                      m.launchUrl(),
                      a == null
                          ? Texts.get("lms.applied")
                          : Texts.get(
                              "lms.applying",
                              fmt.number(a.statements() - a.left()),
                              fmt.number(a.statements())),
                      a != null);
                })
            .toList();
    applyingCount = applying.size();
  }

  /** One page of the inbox's actors; one row more is read to know whether there is a next page. */
  private void loadActors(Municipality municipality) {
    List<ActorRow> page =
        inbox.actors(municipality, PAGE_SIZE + 1, actorOffset).stream()
            .map(this::actorRow)
            .toList();
    moreActors = page.size() > PAGE_SIZE;
    actors = moreActors ? page.subList(0, PAGE_SIZE) : page;
  }

  private void loadActivities(Municipality municipality) {
    List<ActivityRow> page =
        inbox.activities(municipality, PAGE_SIZE + 1, activityOffset).stream()
            .map(this::activityRow)
            .toList();
    moreActivities = page.size() > PAGE_SIZE;
    activities = moreActivities ? page.subList(0, PAGE_SIZE) : page;
  }

  /** The inbox's next ({@code +1}) or previous ({@code -1}) page of actors. */
  public void pageActors(int direction) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    actorOffset = nextOffset(actorOffset, direction, moreActors);
    loadActors(me.municipality());
  }

  /** The inbox's next ({@code +1}) or previous ({@code -1}) page of activities. */
  public void pageActivities(int direction) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    activityOffset = nextOffset(activityOffset, direction, moreActivities);
    loadActivities(me.municipality());
  }

  private static int nextOffset(int offset, int direction, boolean more) {
    if (direction > 0) {
      return more ? offset + PAGE_SIZE : offset;
    }
    return Math.max(0, offset - PAGE_SIZE);
  }

  private ActorRow actorRow(UnmatchedInbox.UnmatchedActor a) {
    boolean account = a.kind() == IdentityKind.ACCOUNT;
    String homePage = null;
    String accountName = null;
    String shown = a.value();
    if (account) {
      int space = a.value().indexOf(' ');
      homePage = a.value().substring(0, space);
      accountName = a.value().substring(space + 1);
      shown = accountName + " @ " + homePage;
    }
    if (!a.suggestions().isEmpty()) {
      employeeIds.putIfAbsent(a.value(), a.suggestions().get(0).employeeId());
    }
    return new ActorRow(
        a.value(),
        a.kind().name(),
        homePage,
        accountName,
        shown,
        a.name(),
        a.statements(),
        a.completing(),
        a.firstStored(),
        a.lastStored(),
        a.suggestions().stream()
            .map(s -> s.fullName() + " (" + s.employeeId() + ", " + s.why() + ")")
            .collect(Collectors.joining("; ")),
        account);
  }

  private ActivityRow activityRow(UnmatchedInbox.UnmatchedActivity a) {
    if (!a.suggestions().isEmpty()) {
      UnmatchedInbox.ActivitySuggestion first = a.suggestions().get(0);
      targets.putIfAbsent(a.activityId(), targetValue(first.course(), first.module()));
    }
    return new ActivityRow(
        a.activityId(),
        a.name(),
        a.statements(),
        a.completing(),
        a.persons(),
        a.firstStored(),
        a.lastStored(),
        a.suggestions().stream()
            .map(s -> targetLabel(s.course(), s.module()))
            .collect(Collectors.joining("; ")));
  }

  /**
   * Maps an inbox activity to the course or module chosen on its row: that one mapping is added (or
   * changed), the others stay as they are, whoever changed them meanwhile.
   */
  public void mapActivity(String activityId) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    String target = targets.get(activityId);
    if (target == null || targetOptions.stream().noneMatch(o -> o.value().equals(target))) {
      throw new BadRequest(Texts.get("lms.chooseTarget"));
    }
    int separator = target.indexOf(TARGET_SEPARATOR);
    JsonObjectBuilder mapping =
        JSON.createObjectBuilder()
            .add("activityId", activityId == null ? "" : activityId)
            .add("course", separator < 0 ? target : target.substring(0, separator));
    if (separator >= 0) {
      mapping.add("module", target.substring(separator + 1));
    }
    ActivityMapping validated;
    try {
      // validated as one item of a PUT of the REST resource is
      validated =
          ActivityMappingsDraft.fromJson(JSON.createArrayBuilder().add(mapping).build(), catalogue)
              .get(0);
    } catch (BadRequest rejected) {
      throw new BadRequest(Texts.get("lms.activityRejected", activityId));
    }
    activityMappings.put(me.municipality(), validated);
    AfterChange.reload(Texts.get("lms.mapped"), PAGE);
  }

  /** Removes one activity mapping: what it gave is withdrawn by the projector. */
  public void removeMapping(String activityId) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    boolean removed = activityMappings.remove(me.municipality(), activityId);
    AfterChange.reload(Texts.get(removed ? "lms.mappingRemoved" : "lms.mappingGone"), PAGE);
  }

  /** Links an inbox account to the employee id on its row (the suggested person, or one typed). */
  public void linkActor(String key) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    ActorRow actor =
        actors.stream()
            .filter(a -> a.key().equals(key) && a.linkable())
            .findFirst()
            .orElseThrow(() -> new BadRequest(Texts.get("lms.notLinkable")));
    String employeeId = employeeIds.get(key);
    if (blank(employeeId)) {
      throw new BadRequest(Texts.get("lms.employeeIdRequired"));
    }
    link(new IdentityLink(employeeId.strip(), actor.homePage(), actor.accountName()));
  }

  /** Adds one link typed in the form. */
  public void addLink() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    if (blank(linkEmployeeId) || blank(linkHomePage) || blank(linkAccountName)) {
      throw new BadRequest(Texts.get("lms.linkFieldsRequired"));
    }
    requireWebAddress(linkHomePage);
    link(new IdentityLink(linkEmployeeId.strip(), linkHomePage.strip(), linkAccountName.strip()));
  }

  /** The control's checks, said in the page's language (the field its failure names). */
  private void link(IdentityLink link) {
    Municipality municipality = me.municipality();
    if (link.homePage().equals(municipality.accountHomePage())) {
      throw new BadRequest(Texts.get("lms.ownHomePage.link", link.homePage()));
    }
    try {
      lmsIdentities.addLink(municipality, link);
    } catch (Conflict linkedAlready) {
      throw new Conflict(Texts.get("lms.linkedAlready", link.accountName(), link.homePage()));
    } catch (BadRequest rejected) {
      String field = rejected.detail().split(":", 2)[0];
      throw new BadRequest(
          switch (field) {
            case "employeeId" -> Texts.get("lms.unknownEmployee", link.employeeId());
            case "accountName" -> Texts.get("lms.accountNameInvalid");
            default -> Texts.get("lms.homePageInvalid", link.homePage());
          });
    }
    AfterChange.reload(Texts.get("lms.linked"), PAGE);
  }

  /** Adds one rule; the others stay as they are, whoever changed them meanwhile. */
  public void addRule() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    if (blank(ruleHomePage)) {
      throw new BadRequest(Texts.get("lms.homePageRequired"));
    }
    requireWebAddress(ruleHomePage);
    String homePage = ruleHomePage.strip();
    AccountName accountName =
        getAccountNames().stream()
            .filter(n -> n.name().equals(ruleAccountName))
            .findFirst()
            .orElseThrow(() -> new BadRequest(Texts.get("lms.chooseAccountName")));
    Municipality municipality = me.municipality();
    if (homePage.equals(municipality.accountHomePage())) {
      throw new BadRequest(Texts.get("lms.ownHomePage.rule", homePage));
    }
    try {
      lmsIdentities.addRule(municipality, new IdentityRule(homePage, accountName));
    } catch (Conflict ruleAlready) {
      throw new Conflict(Texts.get("lms.ruleExists", homePage));
    } catch (BadRequest rejected) {
      throw new BadRequest(Texts.get("lms.homePageInvalid", homePage));
    }
    AfterChange.reload(Texts.get("lms.ruleAdded"), PAGE);
  }

  /** Removes one rule; the others stay as they are. */
  public void removeRule(String homePage) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    boolean removed = lmsIdentities.removeRule(me.municipality(), homePage);
    AfterChange.reload(Texts.get(removed ? "lms.ruleRemoved" : "lms.ruleGone"), PAGE);
  }

  private List<TargetOption> targetOptions() {
    List<TargetOption> options = new ArrayList<>();
    for (Course course : catalogue.courses()) {
      options.add(
          new TargetOption(targetValue(course.code(), null), targetLabel(course.code(), null)));
      course
          .modules()
          .forEach(
              m ->
                  options.add(
                      new TargetOption(
                          targetValue(course.code(), m.code()),
                          targetLabel(course.code(), m.code()))));
    }
    return options;
  }

  private static String targetValue(String course, String module) {
    return module == null ? course : course + TARGET_SEPARATOR + module;
  }

  /** "Course title" or "Course title – module title", as the catalogue names them. */
  private String targetLabel(String courseCode, String moduleCode) {
    return catalogue
        .find(courseCode)
        .map(
            course -> {
              String title = fmt.text(course.title());
              if (moduleCode == null) {
                return title + " " + Texts.get("lms.wholeCourse");
              }
              return title
                  + " – "
                  + course.module(moduleCode).map(m -> fmt.text(m.title())).orElse(moduleCode);
            })
        .orElse(moduleCode == null ? courseCode : courseCode + "/" + moduleCode);
  }

  /** Said on the page in the user's language; the drafts and the control check it again. */
  private static void requireWebAddress(String homePage) {
    if (!Iris.isWebAddress(homePage.strip())) {
      throw new BadRequest(Texts.get("lms.homePageInvalid", homePage.strip()));
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** "Rad 26–50" of the actors shown. */
  public int getActorFirst() {
    return actorOffset + 1;
  }

  public int getActorLast() {
    return actorOffset + actors.size();
  }

  public boolean isMoreActors() {
    return moreActors;
  }

  public boolean isEarlierActors() {
    return actorOffset > 0;
  }

  public int getActivityFirst() {
    return activityOffset + 1;
  }

  public int getActivityLast() {
    return activityOffset + activities.size();
  }

  public boolean isMoreActivities() {
    return moreActivities;
  }

  public boolean isEarlierActivities() {
    return activityOffset > 0;
  }

  /** Mapping changes (added, changed or removed) the projector is still applying. */
  public int getApplyingCount() {
    return applyingCount;
  }

  public List<ActorRow> getActors() {
    return actors;
  }

  public List<ActivityRow> getActivities() {
    return activities;
  }

  public List<TargetOption> getTargetOptions() {
    return targetOptions;
  }

  public List<RuleRow> getRules() {
    return rules;
  }

  public List<LinkRow> getLinks() {
    return links;
  }

  public List<MappingRow> getMappings() {
    return mappings;
  }

  public List<AccountName> getAccountNames() {
    return List.of(AccountName.values());
  }

  public Map<String, String> getTargets() {
    return targets;
  }

  public Map<String, String> getEmployeeIds() {
    return employeeIds;
  }

  public String getRuleHomePage() {
    return ruleHomePage;
  }

  public void setRuleHomePage(String ruleHomePage) {
    this.ruleHomePage = ruleHomePage;
  }

  public String getRuleAccountName() {
    return ruleAccountName;
  }

  public void setRuleAccountName(String ruleAccountName) {
    this.ruleAccountName = ruleAccountName;
  }

  public String getLinkEmployeeId() {
    return linkEmployeeId;
  }

  public void setLinkEmployeeId(String linkEmployeeId) {
    this.linkEmployeeId = linkEmployeeId;
  }

  public String getLinkHomePage() {
    return linkHomePage;
  }

  public void setLinkHomePage(String linkHomePage) {
    this.linkHomePage = linkHomePage;
  }

  public String getLinkAccountName() {
    return linkAccountName;
  }

  public void setLinkAccountName(String linkAccountName) {
    this.linkAccountName = linkAccountName;
  }
}
