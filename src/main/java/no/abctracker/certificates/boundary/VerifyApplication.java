package no.abctracker.certificates.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import no.abctracker.problems.Problems;

/**
 * Public verification of certificates at {@code /verify}: a JAX-RS application of its own, so the
 * API's authentication does not apply. It answers only whether a code belongs to a valid
 * certificate and what the certificate shows.
 */
@ApplicationPath(VerifyApplication.PATH)
public class VerifyApplication extends Application {

  static final String PATH = "verify";

  @Override
  public Map<String, Object> getProperties() {
    return Problems.properties();
  }

  @Override
  public Set<Class<?>> getClasses() {
    return Problems.withMappers(VerificationResource.class);
  }
}
