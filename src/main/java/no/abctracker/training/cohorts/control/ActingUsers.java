package no.abctracker.training.cohorts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import no.abctracker.access.control.ApiUser;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.xapi.statements.control.RecordedStatements;

/**
 * The xAPI agent of the user who acts (authority of the statements they cause, instructor when they
 * facilitate): named after their person when they are staff, else after their user name.
 */
@ApplicationScoped
public class ActingUsers {

  @Inject Staff staff;

  public JsonObject agentOf(ApiUser user, Municipality municipality) {
    String name =
        user.ownEmployeeId()
            .flatMap(id -> staff.find(municipality, id))
            .map(Person::fullName)
            .orElse(user.username());
    return RecordedStatements.userAgent(user.username(), name);
  }
}
