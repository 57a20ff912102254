package no.abctracker.web.mine.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.abctracker.access.entity.Role;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.entity.ShiftPattern;
import no.abctracker.web.signin.boundary.CurrentUser;

/**
 * The staff member's own page on a phone: who I am, my units and positions today. Read with {@link
 * Staff#get} under the staff member's own {@code Visibility}, so only their own record can reach
 * the page.
 */
@Named
@RequestScoped
public class MyPage {

  @Inject CurrentUser me;
  @Inject Staff staff;
  @Inject Clock clock;

  /** One of my employments active today. */
  public record MyEmployment(
      String unitName, String positionTitle, BigDecimal percent, ShiftPattern shiftPattern) {}

  private String fullName;
  private String employeeId;
  private List<MyEmployment> employments = List.of();

  public void load() {
    me.require(Role.STAFF);
    employeeId = me.user().ownEmployeeId().orElseThrow();
    LocalDate today = LocalDate.now(clock.withZone(Organisation.ZONE));
    Staff.Member member = staff.get(me.municipality(), employeeId, me.visibility());
    fullName = member.person().fullName();
    employments =
        member.employments().stream()
            .filter(e -> e.isActiveOn(today))
            .map(
                e ->
                    new MyEmployment(
                        e.unit().name(),
                        e.positionTitle(),
                        e.employmentPercent(),
                        e.shiftPattern()))
            .toList();
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmployeeId() {
    return employeeId;
  }

  public List<MyEmployment> getEmployments() {
    return employments;
  }
}
