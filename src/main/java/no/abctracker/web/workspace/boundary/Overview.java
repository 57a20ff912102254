package no.abctracker.web.workspace.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.abctracker.access.control.UserAccounts;
import no.abctracker.access.entity.Role;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.progress.control.Progress;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.web.signin.boundary.CurrentUser;
import no.abctracker.xapi.credentials.control.LrsClients;

/** The workspace's start page: what the signed-in user can see of the municipality today. */
@Named
@ViewScoped
public class Overview implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser me;
  @Inject Staff staff;
  @Inject Units units;
  @Inject LrsClients lrsClients;
  @Inject UserAccounts userAccounts;
  @Inject Clock clock;
  @Inject Progress progress;

  private LocalDate today;
  private int activeStaff;
  private int openUnits;
  private int clients;
  private int users;
  private long parkedProgress;
  private List<Step> steps = List.of();

  /**
   * One step of "Kom i gang" (getting started): shown with a tick once done; the list is shown at
   * the top of the start page until every step is done, then not at all.
   */
  public record Step(String labelKey, String page, boolean done) implements Serializable {}

  public void load() {
    Municipality municipality = me.municipality();
    today = LocalDate.now(clock.withZone(Organisation.ZONE));
    activeStaff = staff.activeOn(municipality, today, me.visibility(), Optional.empty()).size();
    openUnits = count(units.tree(municipality, UnitsPage.rootsOf(me.user())));
    if (me.isManager()) {
      clients = lrsClients.of(municipality).size();
      List<Role> roles = userAccounts.of(municipality).stream().map(u -> u.role()).toList();
      users = roles.size();
      steps =
          List.of(
              new Step("overview.step.units", "units.xhtml", openUnits > 0),
              new Step("overview.step.roster", "roster.xhtml", activeStaff > 0),
              new Step("overview.step.lrs", "lrs-clients.xhtml", clients > 0),
              new Step(
                  "overview.step.users",
                  "users.xhtml",
                  roles.contains(Role.UNIT_LEADER) || roles.contains(Role.STAFF)));
      parkedProgress = progress.status(municipality).parked();
    }
  }

  /** The getting-started steps; empty for a unit leader, who sets nothing up. */
  public List<Step> getSteps() {
    return steps;
  }

  /** Whether "Kom i gang" is shown: some step is still to do. */
  public boolean isGettingStarted() {
    return steps.stream().anyMatch(s -> !s.done());
  }

  private static int count(List<Units.Node> nodes) {
    return nodes.stream().mapToInt(n -> 1 + count(n.children())).sum();
  }

  public boolean isUnitLeader() {
    return me.getRole() == Role.UNIT_LEADER;
  }

  public LocalDate getToday() {
    return today;
  }

  public int getActiveStaff() {
    return activeStaff;
  }

  public int getOpenUnits() {
    return openUnits;
  }

  public int getClients() {
    return clients;
  }

  public int getUsers() {
    return users;
  }

  /** Queued progress work the projector parked (failed every time); 0 for non-managers. */
  public long getParkedProgress() {
    return parkedProgress;
  }
}
