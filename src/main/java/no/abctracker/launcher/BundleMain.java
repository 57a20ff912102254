package no.abctracker.launcher;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;
import java.util.List;

/**
 * The main class of {@code target/abc-tracker.jar}: boots Payara Micro as its own main would, then
 * ends the process with status 1 when the application did not deploy. Payara Micro itself stays up
 * answering 404 after any failed deployment (a bad setting, a database still out of reach after the
 * wait, a failed migration, an embedded database that did not start), which a supervisor takes for
 * a healthy process and never restarts. The cause is in the log above this class's line. Uses
 * Payara Micro's embedding API by reflection: the war is compiled without Payara on its class path.
 */
public final class BundleMain {

  /** The name Payara Micro deploys the bundle's {@code ROOT.war} under. */
  static final String APPLICATION = "ROOT";

  private BundleMain() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
    micro.getMethod("main", String[].class).invoke(null, (Object) args);
    if (!booting(args)) {
      return;
    }
    Collection<?> deployed;
    try {
      Object instance = micro.getMethod("getInstance").invoke(null);
      Object runtime = micro.getMethod("getRuntime").invoke(instance);
      deployed =
          (Collection<?>)
              Class.forName("fish.payara.micro.PayaraMicroRuntime")
                  .getMethod("getDeployedApplicationNames")
                  .invoke(runtime);
    } catch (InvocationTargetException notBooted) {
      deployed = List.of();
    }
    if (!deployed.contains(APPLICATION)
        || !Boolean.getBoolean(no.abctracker.configuration.Bootstrap.STARTED)) {
      System.err.println(
          "ABC Tracker did not start (the application was not deployed; its cause is logged above):"
              + " exiting with status 1");
      System.err.flush();
      System.exit(1);
    }
  }

  /** Options after which Payara Micro answers and exits instead of serving. */
  private static boolean booting(String[] args) {
    for (String arg : args) {
      String option = arg.toLowerCase(java.util.Locale.ROOT);
      if (option.equals("--help")
          || option.equals("--version")
          || option.equals("--outputuberjar")) {
        return false;
      }
    }
    return true;
  }
}
