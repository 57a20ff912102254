package no.abctracker.access.control;

import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import no.abctracker.access.entity.Role;

/** The authenticated caller of {@code /api/v1}: an immutable snapshot of the user account. */
public record ApiUser(
    long accountId,
    String username,
    Role role,
    Long municipalityId,
    String municipalityCode,
    Set<String> unitCodes,
    String employeeId)
    implements Principal, Serializable, Viewer {

  public ApiUser {
    unitCodes = Set.copyOf(unitCodes);
  }

  public ApiUser(
      long accountId, String username, Role role, Long municipalityId, String municipalityCode) {
    this(accountId, username, role, municipalityId, municipalityCode, Set.of(), null);
  }

  /** A unit leader's units (each with its subtree); empty for other roles. */
  public Set<String> unitCodes() {
    return unitCodes;
  }

  /** A staff member's own employee id. */
  @Override
  public Optional<String> ownEmployeeId() {
    return Optional.ofNullable(employeeId);
  }

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

  @Override
  public Optional<String> viewerMunicipality() {
    return municipality();
  }

  @Override
  public String viewerName() {
    return username;
  }
}
