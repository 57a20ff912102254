package no.abctracker.access.control;

import java.security.Principal;
import java.util.Optional;
import no.abctracker.access.entity.Role;

/** The authenticated caller of {@code /api/v1}: an immutable snapshot of the user account. */
public record ApiUser(
    long accountId, String username, Role role, Long municipalityId, String municipalityCode)
    implements Principal {

  @Override
  public String getName() {
    return username;
  }

  public boolean isSystemAdmin() {
    return role == Role.SYSTEM_ADMIN;
  }

  public Optional<String> municipality() {
    return Optional.ofNullable(municipalityCode);
  }
}
