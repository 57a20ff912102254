package no.abctracker.configuration;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Why ABC Tracker cannot start, said once in a line an operator reads (a bad setting, a failed
 * migration, start-up rows that could not be written), and the exception that fails the deployment;
 * the bundle's main class ({@code launcher.BundleMain}) then ends the process.
 */
final class FailedStart {

  private static final Logger LOG = Logger.getLogger(FailedStart.class.getName());

  private FailedStart() {}

  static IllegalStateException because(String what, Throwable cause) {
    String message = "ABC Tracker cannot start: " + what + ": " + reasons(cause);
    LOG.log(Level.SEVERE, message, cause);
    return new IllegalStateException(message, cause);
  }

  /** Every message of the cause chain, most general first, each once. */
  static String reasons(Throwable cause) {
    StringBuilder reasons = new StringBuilder();
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      if (reasons.indexOf(message) < 0) {
        reasons.append(reasons.length() == 0 ? "" : " <- ").append(message);
      }
    }
    return reasons.toString();
  }
}
