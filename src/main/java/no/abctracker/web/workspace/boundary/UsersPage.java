package no.abctracker.web.workspace.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.abctracker.access.control.UserAccounts;
import no.abctracker.access.entity.Role;
import no.abctracker.access.entity.UserAccount;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.MessageKey;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.web.faces.Texts;
import no.abctracker.web.signin.boundary.CurrentUser;

/**
 * The municipality's user accounts and a form for a new one: a coordinator, a unit leader (limited
 * to chosen units and everything below them) or a staff member (tied to an imported employee). The
 * same checks as {@code POST …/users}.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser me;
  @Inject UserAccounts userAccounts;
  @Inject Units units;
  @Inject Staff staff;

  /** An account as the table shows it (never its password hash). */
  public record UserRow(
      String username, Role role, String units, String employeeId, boolean enabled)
      implements Serializable {}

  private List<UserRow> users = List.of();
  private List<StaffPage.UnitOption> unitOptions = List.of();
  private String username;
  private String password;
  private Role role = Role.COORDINATOR;
  private List<String> unitCodes = new ArrayList<>();
  private String employeeId;

  public void load() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    Municipality municipality = me.municipality();
    users =
        userAccounts.of(municipality).stream()
            .map(
                (UserAccount a) ->
                    new UserRow(
                        a.username(),
                        a.role(),
                        String.join(", ", new TreeSet<>(a.unitCodes())),
                        a.employeeId().orElse(""),
                        a.enabled()))
            .toList();
    unitOptions = StaffPage.UnitOption.treeOf(units.tree(municipality, Optional.empty()));
  }

  /** The user is refused from now on (the same control as {@code …/users/{name}/disable}). */
  public void disable(String name) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    userAccounts.disable(me.municipality(), name);
    load();
  }

  public void enable(String name) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    userAccounts.enable(me.municipality(), name);
    load();
  }

  public void delete(String name) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    userAccounts.delete(me.municipality(), name);
    load();
  }

  public void create() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    Municipality municipality = me.municipality();
    if (role == null || role == Role.SYSTEM_ADMIN) {
      throw new BadRequest(MessageKey.ROLE_REQUIRED);
    }
    Set<String> codes = new TreeSet<>(unitCodes);
    if (role == Role.UNIT_LEADER) {
      if (codes.isEmpty()) {
        throw new BadRequest(MessageKey.UNIT_LEADER_NEEDS_UNIT);
      }
      units.requireExisting(municipality, codes);
    }
    if (role == Role.STAFF
        && (employeeId == null || staff.find(municipality, employeeId.strip()).isEmpty())) {
      throw new BadRequest(MessageKey.STAFF_NEEDS_EMPLOYEE);
    }
    UserAccount account =
        userAccounts.create(
            username,
            password,
            role,
            municipality,
            codes,
            employeeId == null ? null : employeeId.strip());
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO, Texts.get("users.created", account.username()), null));
    username = null;
    password = null;
    unitCodes = new ArrayList<>();
    employeeId = null;
    load();
  }

  public List<Role> getRoles() {
    return List.of(Role.COORDINATOR, Role.UNIT_LEADER, Role.STAFF);
  }

  public List<UserRow> getUsers() {
    return users;
  }

  public List<StaffPage.UnitOption> getUnitOptions() {
    return unitOptions;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username == null ? null : username.strip();
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public List<String> getUnitCodes() {
    return unitCodes;
  }

  public void setUnitCodes(List<String> unitCodes) {
    this.unitCodes = unitCodes == null ? new ArrayList<>() : new ArrayList<>(unitCodes);
  }

  public String getEmployeeId() {
    return employeeId;
  }

  public void setEmployeeId(String employeeId) {
    this.employeeId = employeeId;
  }
}
