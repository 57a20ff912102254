package no.abctracker.web.workspace.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.abctracker.access.control.SignInLinks;
import no.abctracker.access.entity.Role;
import no.abctracker.access.entity.SignInLink;
import no.abctracker.problems.BadRequest;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.IdentityKind;
import no.abctracker.training.organisation.entity.ShiftPattern;
import no.abctracker.web.signin.boundary.CurrentUser;

/**
 * One person: their employments (a unit leader sees those in their units only), their xAPI
 * identities and, for coordinators, the personal sign-in links for the staff pages. Read with the
 * same {@link Staff#get} as {@code GET …/staff/{employeeId}}.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser me;
  @Inject Staff staff;
  @Inject SignInLinks signInLinks;
  @Inject Clock clock;

  /** One employment as the page shows it. */
  public record EmploymentRow(
      String unitCode,
      String unitName,
      String positionCode,
      String positionTitle,
      BigDecimal percent,
      ShiftPattern shiftPattern,
      EmploymentKind kind,
      LocalDate start,
      LocalDate end,
      boolean active)
      implements Serializable {}

  /** One xAPI identity of the person. */
  public record IdentityRow(IdentityKind kind, String value) implements Serializable {}

  /** One sign-in link: when made and by whom, until when, and where it stands. */
  public record LinkRow(
      long id, Instant createdAt, String createdBy, Instant expiresAt, SignInLink.State state)
      implements Serializable {}

  private String id;
  private String fullName;
  private String email;
  private List<EmploymentRow> employments = List.of();
  private List<IdentityRow> identities = List.of();
  private List<LinkRow> links = List.of();
  private String issuedLink;

  public void load() {
    if (id == null || id.isBlank()) {
      throw new BadRequest("Which person? The address needs ?id=<employee id>");
    }
    LocalDate today = LocalDate.now(clock.withZone(Organisation.ZONE));
    Staff.Member member = staff.get(me.municipality(), id, me.visibility());
    fullName = member.person().fullName();
    email = member.person().email().orElse("");
    employments =
        member.employments().stream()
            .map(
                e ->
                    new EmploymentRow(
                        e.unit().code(),
                        e.unit().name(),
                        e.positionCode(),
                        e.positionTitle(),
                        e.employmentPercent(),
                        e.shiftPattern(),
                        e.employmentKind(),
                        e.startDate(),
                        e.endDate().orElse(null),
                        e.isActiveOn(today)))
            .toList();
    identities =
        member.identities().stream().map(i -> new IdentityRow(i.kind(), i.value())).toList();
    loadLinks();
  }

  private void loadLinks() {
    if (!me.isManager()) {
      return;
    }
    Instant now = clock.instant();
    links =
        signInLinks.of(me.municipality(), id).stream()
            .map(
                l ->
                    new LinkRow(
                        l.id(), l.createdAt(), l.createdBy(), l.expiresAt(), l.stateAt(now)))
            .toList();
  }

  /** Makes a personal sign-in link; its address is shown this once. */
  public void createLink() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    staff.get(me.municipality(), id, me.visibility());
    SignInLinks.Issued issued = signInLinks.create(me.municipality(), id, me.user().username());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String port =
        (external.getRequestScheme().equals("https") && external.getRequestServerPort() == 443)
                || (external.getRequestScheme().equals("http")
                    && external.getRequestServerPort() == 80)
            ? ""
            : ":" + external.getRequestServerPort();
    issuedLink =
        external.getRequestScheme()
            + "://"
            + external.getRequestServerName()
            + port
            + external.getRequestContextPath()
            + "/link.xhtml?token="
            + issued.token();
    loadLinks();
  }

  public void revoke(long linkId) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    signInLinks.revoke(me.municipality(), linkId);
    issuedLink = null;
    loadLinks();
  }

  public boolean isEmployed() {
    return employments.stream().anyMatch(EmploymentRow::active);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  public List<EmploymentRow> getEmployments() {
    return employments;
  }

  public List<IdentityRow> getIdentities() {
    return identities;
  }

  public List<LinkRow> getLinks() {
    return links;
  }

  public String getIssuedLink() {
    return issuedLink;
  }
}
