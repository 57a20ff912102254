package no.abctracker.web.workspace.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
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
import no.abctracker.progress.boundary.ActivityMappingsDraft;
import no.abctracker.progress.control.ActivityMappings;
import no.abctracker.progress.control.UnmatchedInbox;
import no.abctracker.progress.entity.ActivityMapping;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.organisation.boundary.IdentityRulesDraft;
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
 * and {@code …/activity-mappings}: a rule or mapping added or removed here replaces the whole list
 * through the REST resources' drafts, so the page accepts nothing the API would refuse.
 */
@Named
@ViewScoped
public class LmsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String PAGE = "/app/lms.xhtml";

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
      String name,
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

  /** An activity mapping. */
  public record MappingRow(String activityId, String target, String launchUrl)
      implements Serializable {}

  private List<ActorRow> actors = List.of();
  private List<ActivityRow> activities = List.of();
  private List<TargetOption> targetOptions = List.of();
  private List<RuleRow> rules = List.of();
  private List<LinkRow> links = List.of();
  private List<MappingRow> mappings = List.of();

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
    actors =
        inbox.actors(municipality, UnmatchedInbox.MAX_LIMIT).stream().map(this::actorRow).toList();
    activities =
        inbox.activities(municipality, UnmatchedInbox.MAX_LIMIT).stream()
            .map(this::activityRow)
            .toList();
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
    mappings =
        activityMappings.all(municipality).stream()
            .map(
                m ->
                    new MappingRow(
                        m.activityId(), targetLabel(m.courseCode(), m.moduleCode()), m.launchUrl()))
            .toList();
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

  /** Maps an inbox activity to the course or module chosen on its row. */
  public void mapActivity(String activityId) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    String target = targets.get(activityId);
    if (target == null || target.isBlank()) {
      throw new BadRequest(Texts.get("lms.chooseTarget"));
    }
    int separator = target.indexOf(TARGET_SEPARATOR);
    String course = separator < 0 ? target : target.substring(0, separator);
    String module = separator < 0 ? null : target.substring(separator + 1);
    Municipality municipality = me.municipality();
    List<ActivityMapping> all = new ArrayList<>(activityMappings.all(municipality));
    all.removeIf(m -> m.activityId().equals(activityId));
    all.add(new ActivityMapping(activityId, course, module, null));
    replaceMappings(municipality, all);
    AfterChange.reload(Texts.get("lms.mapped"), PAGE);
  }

  /** Removes an activity mapping: what it gave is withdrawn by the projector. */
  public void removeMapping(String activityId) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    Municipality municipality = me.municipality();
    List<ActivityMapping> all = new ArrayList<>(activityMappings.all(municipality));
    all.removeIf(m -> m.activityId().equals(activityId));
    replaceMappings(municipality, all);
    AfterChange.reload(Texts.get("lms.mappingRemoved"), PAGE);
  }

  /** Validated as a PUT of the REST resource would be. */
  private void replaceMappings(Municipality municipality, List<ActivityMapping> all) {
    JsonArrayBuilder body = JSON.createArrayBuilder();
    for (ActivityMapping m : all) {
      JsonObjectBuilder mapping =
          JSON.createObjectBuilder()
              .add("activityId", m.activityId())
              .add("course", m.courseCode());
      m.module().ifPresent(module -> mapping.add("module", module));
      m.launch().ifPresent(url -> mapping.add("launchUrl", url));
      body.add(mapping);
    }
    activityMappings.replace(municipality, ActivityMappingsDraft.fromJson(body.build(), catalogue));
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
    if (employeeId == null || employeeId.isBlank()) {
      throw new BadRequest(Texts.get("lms.employeeIdRequired"));
    }
    lmsIdentities.addLink(
        me.municipality(),
        new IdentityLink(employeeId.strip(), actor.homePage(), actor.accountName()));
    AfterChange.reload(Texts.get("lms.linked"), PAGE);
  }

  /** Adds one link typed in the form. */
  public void addLink() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    if (blank(linkEmployeeId) || blank(linkHomePage) || blank(linkAccountName)) {
      throw new BadRequest(Texts.get("lms.linkFieldsRequired"));
    }
    requireWebAddress(linkHomePage);
    lmsIdentities.addLink(
        me.municipality(),
        new IdentityLink(linkEmployeeId.strip(), linkHomePage.strip(), linkAccountName.strip()));
    AfterChange.reload(Texts.get("lms.linked"), PAGE);
  }

  public void addRule() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    if (blank(ruleHomePage)) {
      throw new BadRequest(Texts.get("lms.homePageRequired"));
    }
    requireWebAddress(ruleHomePage);
    Municipality municipality = me.municipality();
    JsonArrayBuilder body = rulesJson(lmsIdentities.rules(municipality));
    body.add(
        JSON.createObjectBuilder()
            .add("homePage", ruleHomePage.strip())
            .add("accountName", ruleAccountName == null ? "" : ruleAccountName));
    replaceRules(municipality, body);
    AfterChange.reload(Texts.get("lms.ruleAdded"), PAGE);
  }

  public void removeRule(String homePage) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    Municipality municipality = me.municipality();
    List<IdentityRule> all = new ArrayList<>(lmsIdentities.rules(municipality));
    all.removeIf(r -> r.homePage().equals(homePage));
    replaceRules(municipality, rulesJson(all));
    AfterChange.reload(Texts.get("lms.ruleRemoved"), PAGE);
  }

  private static JsonArrayBuilder rulesJson(List<IdentityRule> rules) {
    JsonArrayBuilder body = JSON.createArrayBuilder();
    rules.forEach(
        r ->
            body.add(
                JSON.createObjectBuilder()
                    .add("homePage", r.homePage())
                    .add("accountName", r.accountName().name())));
    return body;
  }

  /** Validated as a PUT of the REST resource would be (a second rule for a homePage is refused). */
  private void replaceRules(Municipality municipality, JsonArrayBuilder body) {
    lmsIdentities.replaceRules(
        municipality, IdentityRulesDraft.fromJson(body.build(), municipality.accountHomePage()));
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
