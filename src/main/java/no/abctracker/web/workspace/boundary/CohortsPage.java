package no.abctracker.web.workspace.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.abctracker.access.control.UserAccounts;
import no.abctracker.access.entity.Role;
import no.abctracker.training.cohorts.boundary.CohortRequests;
import no.abctracker.training.cohorts.control.CohortViews;
import no.abctracker.training.cohorts.control.Cohorts;
import no.abctracker.training.cohorts.entity.Cohort;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.web.faces.Formats;
import no.abctracker.web.faces.PageInput;
import no.abctracker.web.signin.boundary.CurrentUser;

/**
 * The cohorts the user may see ({@link CohortViews#visibleTo}: coordinators all, facilitators
 * theirs, unit leaders those with members from their units) and, for coordinators, a new cohort:
 * the form is read by the same {@link CohortRequests#cohort} as {@code POST …/cohorts}.
 */
@Named
@ViewScoped
public class CohortsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser me;
  @Inject CohortViews views;
  @Inject Cohorts cohorts;
  @Inject CourseCatalogue catalogue;
  @Inject UserAccounts userAccounts;
  @Inject Formats fmt;

  /** A line of the list. */
  public record CohortRow(
      String id,
      String name,
      String course,
      LocalDate start,
      LocalDate end,
      int members,
      int sessions,
      Instant nextSession)
      implements Serializable {}

  /** A course version to choose: value {@code COURSE/VERSION}. */
  public record VersionOption(String value, String label) implements Serializable {}

  private List<CohortRow> rows = List.of();
  private List<VersionOption> versions = List.of();
  private List<String> users = List.of();

  private String name;
  private String description;
  private String version;
  private String startDate;
  private String endDate;
  private List<String> facilitators = new ArrayList<>();
  private String contactName;
  private String contactEmail;
  private String contactPhone;

  public void load() {
    rows =
        views.visibleTo(me.user(), me.municipality()).stream()
            .map(
                s ->
                    new CohortRow(
                        s.cohort().publicId(),
                        s.cohort().name(),
                        s.cohort().courseCode() + " " + s.cohort().versionCode(),
                        s.cohort().startDate(),
                        s.cohort().endDate(),
                        s.members(),
                        s.sessions(),
                        s.nextSession().map(n -> n.startsAt()).orElse(null)))
            .toList();
    if (me.isManager()) {
      List<VersionOption> options = new ArrayList<>();
      catalogue
          .courses()
          .forEach(
              c ->
                  c.versions()
                      .forEach(
                          v ->
                              options.add(
                                  new VersionOption(
                                      c.code() + "/" + v.code(),
                                      fmt.text(c.title()) + " – " + fmt.text(v.title())))));
      versions = options;
      users = userAccounts.of(me.municipality()).stream().map(u -> u.username()).sorted().toList();
    }
  }

  /** Creates the cohort and opens its page. */
  public void create() throws IOException {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    JsonObjectBuilder body = Json.createObjectBuilder();
    put(body, "name", name);
    put(body, "description", description);
    if (version != null && version.contains("/")) {
      body.add("courseCode", version.substring(0, version.indexOf('/')));
      body.add("versionCode", version.substring(version.indexOf('/') + 1));
    }
    body.add("startDate", PageInput.date(startDate).toString());
    body.add("endDate", PageInput.date(endDate).toString());
    if (!blank(contactName) || !blank(contactEmail) || !blank(contactPhone)) {
      JsonObjectBuilder contact = Json.createObjectBuilder();
      put(contact, "name", contactName);
      put(contact, "email", contactEmail);
      put(contact, "phone", contactPhone);
      body.add("abcContact", contact);
    }
    JsonArrayBuilder names = Json.createArrayBuilder();
    facilitators.forEach(names::add);
    body.add("facilitators", names);
    Cohort cohort =
        cohorts.create(me.municipality(), me.user(), CohortRequests.cohort(body.build()));
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/app/cohort.xhtml?id=" + cohort.publicId());
  }

  static void put(JsonObjectBuilder body, String field, String value) {
    if (!blank(value)) {
      body.add(field, value.strip());
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  public List<CohortRow> getRows() {
    return rows;
  }

  public List<VersionOption> getVersions() {
    return versions;
  }

  public List<String> getUsers() {
    return users;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getStartDate() {
    return startDate;
  }

  public void setStartDate(String startDate) {
    this.startDate = startDate;
  }

  public String getEndDate() {
    return endDate;
  }

  public void setEndDate(String endDate) {
    this.endDate = endDate;
  }

  public List<String> getFacilitators() {
    return facilitators;
  }

  public void setFacilitators(List<String> facilitators) {
    this.facilitators = facilitators;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }
}
