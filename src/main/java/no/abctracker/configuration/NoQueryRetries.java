package no.abctracker.configuration;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query that failed on a broken connection three times with a pause between
 * (about 30 s in all with the pool's own attempts) before failing: during a database outage every
 * page and API call then hung that long. The pool already hands out only validated connections, so
 * a failure is answered at once (503, see {@code problems.DatabaseUnavailable}) and the client
 * retries. Registered in persistence.xml.
 */
public class NoQueryRetries implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
