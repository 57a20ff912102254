package no.abctracker.training.organisation.entity;

import java.util.Objects;

/**
 * The LMS account {@code accountName} under {@code homePage} is the staff member {@code
 * employeeId}.
 */
public record IdentityLink(String employeeId, String homePage, String accountName) {

  public IdentityLink {
    Objects.requireNonNull(employeeId, "employeeId");
    Objects.requireNonNull(homePage, "homePage");
    Objects.requireNonNull(accountName, "accountName");
  }
}
