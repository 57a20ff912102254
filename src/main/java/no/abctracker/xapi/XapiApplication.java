package no.abctracker.xapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import no.abctracker.access.boundary.RecordViewLog;
import no.abctracker.problems.Problems;
import no.abctracker.xapi.about.boundary.AboutResource;
import no.abctracker.xapi.activities.boundary.ActivitiesResource;
import no.abctracker.xapi.agents.boundary.AgentsResource;
import no.abctracker.xapi.boundary.AlternateRequestSyntax;
import no.abctracker.xapi.boundary.XapiVersionNegotiation;
import no.abctracker.xapi.credentials.boundary.LrsAuthentication;
import no.abctracker.xapi.documents.boundary.ActivityProfileResource;
import no.abctracker.xapi.documents.boundary.AgentProfileResource;
import no.abctracker.xapi.documents.boundary.StateResource;
import no.abctracker.xapi.statements.boundary.ConsistentThroughHeader;
import no.abctracker.xapi.statements.boundary.StatementsResource;

/** The LRS at {@code /xapi}: only xAPI resources and their filters; add new xAPI resources here. */
@ApplicationPath("xapi")
public class XapiApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Problems.properties();
  }

  @Override
  public Set<Class<?>> getClasses() {
    return Problems.withMappers(
        XapiVersionNegotiation.class,
        AlternateRequestSyntax.class,
        LrsAuthentication.class,
        RecordViewLog.class,
        AboutResource.class,
        StatementsResource.class,
        ConsistentThroughHeader.class,
        StateResource.class,
        ActivityProfileResource.class,
        AgentProfileResource.class,
        ActivitiesResource.class,
        AgentsResource.class);
  }
}
