package no.abctracker.training.courses.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The profiles in {@code xapi-profiles/} break rules; start-up stops with every violation listed.
 */
public class InvalidProfiles extends RuntimeException {

  private final List<Violation> violations;

  public InvalidProfiles(List<Violation> violations) {
    super(
        "Invalid xAPI profile(s), fix these and restart:\n"
            + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
