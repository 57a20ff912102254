package no.abctracker.access.control;

import java.util.Optional;

/**
 * Whoever reads personal data, as the log of who viewed whose records names them: a user of the API
 * or the pages, or an LRS client reading {@code /xapi}.
 */
public interface Viewer {

  /** The municipality the viewer belongs to; empty for a system administrator. */
  Optional<String> viewerMunicipality();

  /** The name the log keeps: a user name, or {@code lrs-client:KEY}. */
  String viewerName();

  /** A staff member's own employee id: reading one's own record is not logged. */
  default Optional<String> ownEmployeeId() {
    return Optional.empty();
  }
}
