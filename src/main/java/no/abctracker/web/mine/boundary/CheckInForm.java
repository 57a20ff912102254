package no.abctracker.web.mine.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.abctracker.access.boundary.ForwardedHeaders;
import no.abctracker.access.entity.Role;
import no.abctracker.training.cohorts.control.Attendances;
import no.abctracker.training.cohorts.control.CheckIns;
import no.abctracker.web.faces.AfterChange;
import no.abctracker.web.faces.Texts;
import no.abctracker.web.signin.boundary.CurrentUser;

/**
 * A staff member checks in to a group session with the code shown there, typed or brought by the QR
 * code's address ({@code /min/checkin.xhtml?code=…}). The same {@link CheckIns#checkIn} as {@code
 * POST …/check-ins}: a wrong, expired or closed code, too many guesses or not being enrolled comes
 * back as a message and records nothing.
 */
@Named
@RequestScoped
public class CheckInForm {

  @Inject CurrentUser me;
  @Inject CheckIns checkIns;

  private String code;

  public void checkIn() {
    me.require(Role.STAFF);
    jakarta.servlet.http.HttpServletRequest request =
        (jakarta.servlet.http.HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest();
    Attendances.CheckedIn checkedIn =
        checkIns.checkIn(
            me.municipality(), me.user(), code, ForwardedHeaders.clientAddress(request));
    var session = checkedIn.attendance().session();
    String page = request.getServletPath();
    AfterChange.reload(
        Texts.get(
            checkedIn.newlyRecorded() ? "checkin.done" : "checkin.already",
            session.number(),
            session.title(),
            session.cohort().name()),
        page.equals("/min/checkin.xhtml") ? page : "/min/");
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
