package no.abctracker.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every black-box IT: the application war exactly as Maven packaged it, so the
 * tests exercise what operators run.
 */
public final class AppDeployment {

  /** Credentials the IT server is started with (see {@code arquillian.xml}). */
  public static final String ADMIN_USER = "it-admin";

  public static final String ADMIN_PASSWORD = "it-admin-password";
  public static final String BOOTSTRAP_KEY = "it-bootstrap";
  public static final String BOOTSTRAP_SECRET = "it-bootstrap-secret";

  private AppDeployment() {}

  public static WebArchive war() {
    File war = new File(System.getProperty("abc.war", "target/abc-tracker.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the ITs through Maven (verify)");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
